using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>What every crash and fault test checks the same way.</summary>
internal static class CrashSafetyChecks
{
    private static readonly string[] FreeingStatuses = ["Cleared", "Admitted", "AdmittedByOverride"];

    /// <summary>
    /// The first device event of a start is the turnstile locked for StartUp, logged before the search log is
    /// opened, before recovery, and before the lane says it started.
    /// </summary>
    public static void AssertTurnstileLockedBeforeAnythingElse(int run, IReadOnlyList<string> lines)
    {
        var text = string.Join('\n', lines.Take(40));
        var firstDevice = IndexOf(lines, l => l.Contains("Lane device ", StringComparison.Ordinal));
        Assert.True(firstDevice >= 0, $"run {run}: no device line at all\n{text}");
        Assert.True(lines[firstDevice].Contains("TurnstileLocked", StringComparison.Ordinal) && lines[firstDevice].Contains("Reason = StartUp", StringComparison.Ordinal),
            $"run {run}: the first device line is not the turnstile locked at start-up: {lines[firstDevice]}\n{text}");

        string[] later =
        [
            "Search log ",            // the store opened
            "was open at the last stop", // recovery
            " started: ",             // Lane lane-1 started: ...
        ];
        foreach (var marker in later)
        {
            var at = IndexOf(lines, l => l.Contains(marker, StringComparison.Ordinal));
            Assert.True(at < 0 || at > firstDevice,
                $"run {run}: '{lines[Math.Max(at, 0)]}' came before the turnstile was locked at start-up\n{text}");
        }
    }

    /// <summary>Screenings whose record freed the turnstile and that have no closing record after it.</summary>
    public static HashSet<string> OpenScreenings(IReadOnlyList<LoggedRecord> records)
    {
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.Screening is not { } id)
            {
                continue;
            }

            if (record.Kind == "Screening" && FreeingStatuses.Contains(record.Status))
            {
                open.Add(id);
            }
            else if (record.Kind is "ScreeningClosed" or "ScreeningInterrupted" or "Screening")
            {
                open.Remove(id);
            }
        }

        return open;
    }

    public static int IndexOf(IReadOnlyList<string> lines, Func<string, bool> match)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (match(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static int LaneStartedCount(string data)
    {
        try
        {
            return SearchLogFile.Read(data).Count(r => r.Kind == "LaneStarted");
        }
        catch (SqliteException)
        {
            return 0; // being created or locked for a moment
        }
    }

    /// <summary>Polls an observable condition (here: a record in the database) until it holds, bounded.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > within)
            {
                Assert.Fail($"not seen within {within.TotalSeconds:0} s: {what()}");
            }

            await Task.Delay(100);
        }
    }
}
