using System.Text.Json;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>
/// Crash safety of the live lane (issue 5, "Crash and fault safety"): the process is killed with SIGKILL
/// in the middle of busy simulated traffic, repeatedly, on the same search log; after each restart no
/// record that freed the turnstile is lost, screenings left open are closed as interrupted, the chain
/// verifies, and the restarted lane locked its turnstile before anything else.
/// </summary>
/// <remarks>LONG TEST: about 40-50 s (twelve people through a simulated lane, three crashes, four starts).</remarks>
public sealed class SigkillRecoveryTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Exit = TimeSpan.FromSeconds(20);

    // People back to back (the generator's gap is 0.1 s; each person still takes 2-3 s through the lane), and quick searches.
    private static readonly string[] BusyTraffic =
    [
        "--Lane:Simulation:PersonsPerHour=36000",
        "--Lane:Simulation:SearchSeconds=0.5",
    ];

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    // The traffic is random: a refused person, or a card a loaded machine reads short, frees nothing and holds the lane
    // for several seconds, so the wait for freed screenings grows with how many are wanted (5 took 45 s on a slow CI machine).
    private static TimeSpan FreedWithin(int count) => TimeSpan.FromSeconds(30 + (20 * count));

    /// <summary>When, around a freed screening, the kill lands.</summary>
    private enum KillMoment
    {
        /// <summary>The instant the officer is told CLEAR/ADMITTED: the person has not walked through, the screening is open.</summary>
        OnFreedLine,

        /// <summary>When the passage is sensed: the screening's closing record is being written.</summary>
        OnPassage,

        /// <summary>When the next person walks the arch: that person's decision and record are being made.</summary>
        OnNextArchWalk,
    }

    private sealed record Crash(int Run, KillMoment Moment, IReadOnlyList<FreedLine> Printed, IReadOnlyList<LoggedRecord> AtKill, string? Kept);

    /// <summary>
    /// The screening the lane's journal kept at the kill (a person awaiting the officer's search outcome, whose
    /// verdict is in no record yet), unless the log closed it after the journal was written.
    /// </summary>
    private static string? KeptAtKill(string data, IReadOnlyList<LoggedRecord> atKill)
    {
        var path = Path.Combine(data, "journal", "lane-1.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var journal = JsonDocument.Parse(File.ReadAllBytes(path));
        if (journal.RootElement.GetProperty("screening").ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var screening = journal.RootElement.GetProperty("screening").GetProperty("body").GetProperty("screening").GetString()!;
        var after = journal.RootElement.GetProperty("afterSequence").GetInt64();
        return atKill.Any(r => r.Screening == screening && r.Sequence > after) ? null : screening;
    }

    [Fact]
    public async Task Killing_the_lane_mid_traffic_loses_no_record_that_freed_the_turnstile_and_the_restart_closes_open_screenings_as_interrupted()
    {
        var data = Path.Combine(_screening.Folder, "lane-data");
        (int FreedTotal, KillMoment Moment)[] plan = [(3, KillMoment.OnFreedLine), (7, KillMoment.OnPassage), (12, KillMoment.OnNextArchWalk)];
        var crashes = new List<Crash>();
        var starts = new List<(int Run, IReadOnlyList<string> Lines)>();
        var freedSoFar = 0;

        for (var run = 1; run <= plan.Length; run++)
        {
            var (freedTotal, moment) = plan[run - 1];
            // Killed on the freed line, the person must still be short of the turnstile: they take 5 s to reach it,
            // so a loaded machine printing the line late cannot let the passage in first.
            using var lane = LaneRun.Start(_screening, data, moment == KillMoment.OnFreedLine ? [.. BusyTraffic, "--Lane:Simulation:PassSeconds=5"] : BusyTraffic);
            var last = await lane.WaitForFreedAsync(freedTotal - freedSoFar, FreedWithin(freedTotal - freedSoFar));
            switch (moment)
            {
                case KillMoment.OnPassage:
                    await lane.WaitForLineAsync(l => l.Contains("Lane device PassageSensed", StringComparison.Ordinal), last.Line + 1, Step,
                        $"the passage of screening {last.ScreeningId}");
                    break;
                case KillMoment.OnNextArchWalk:
                    await lane.WaitForLineAsync(l => l.Contains("Lane device ArchTransit", StringComparison.Ordinal), last.Line + 1, Step,
                        $"the next person walking the arch after screening {last.ScreeningId}");
                    break;
            }

            await lane.SigkillAsync();
            var exit = await lane.WaitForExitAsync(Exit);
            Assert.True(exit == 137, $"run {run}: the lane was SIGKILLed, so exit 137 (128 + 9) was expected, got {exit}\n{lane.Output}");

            var printed = lane.Freed;
            freedSoFar += printed.Count;
            starts.Add((run, lane.Lines));

            // The log as the crash left it, before any restart touches it: it already verifies.
            var atKill = SearchLogFile.Read(data);
            crashes.Add(new Crash(run, moment, printed, atKill, KeptAtKill(data, atKill)));
            var crashedVerify = await _screening.RunAsync("log", "verify", "--data", data, "--json");
            Assert.True(crashedVerify.ExitCode == 0, $"after the SIGKILL of run {run} ({moment}) the log does not verify:\n{crashedVerify}");
        }

        // The last restart, without traffic: it recovers, records that it started, and is stopped by systemd.
        using (var final = LaneRun.Start(_screening, data, "--Lane:Simulation:PersonsPerHour=0"))
        {
            await CrashSafetyChecks.WaitUntilAsync(
                () => CrashSafetyChecks.LaneStartedCount(data) >= plan.Length + 1,
                Step,
                () => $"the final restart's LaneStarted record\n{final.Output}");
            await final.SigtermAsync();
            var exit = await final.WaitForExitAsync(Exit);
            Assert.True(exit == 0, $"the restarted lane did not stop cleanly on SIGTERM: exit {exit}\n{final.Output}");
            starts.Add((plan.Length + 1, final.Lines));
        }

        // (b) The chain and the images verify after the crashes and restarts.
        var verify = await _screening.RunAsync("log", "verify", "--data", data, "--json");
        Assert.True(verify.ExitCode == 0, $"the search log does not verify after {plan.Length} crashes and restarts:\n{verify}");
        using (var report = JsonDocument.Parse(verify.Stdout))
        {
            Assert.True(report.RootElement.GetProperty("verified").GetBoolean(), verify.ToString());
        }

        var records = SearchLogFile.Read(data);
        var log = SearchLogFile.Describe(records);
        var laneStarts = records.Where(r => r.Kind == "LaneStarted").ToList();
        Assert.True(laneStarts.Count == plan.Length + 1, $"expected one LaneStarted per start ({plan.Length + 1}), found {laneStarts.Count}\n{log}");
        Assert.True(freedSoFar >= 12, $"only {freedSoFar} screenings freed the turnstile across the runs");

        foreach (var crash in crashes)
        {
            var bySequence = records.ToDictionary(r => r.Sequence);
            var lastAtKill = crash.AtKill.Count == 0 ? 0 : crash.AtKill[^1].Sequence;

            // Nothing committed before the kill is lost or rewritten by the restart.
            foreach (var before in crash.AtKill)
            {
                Assert.True(bySequence.TryGetValue(before.Sequence, out var after) && after == before,
                    $"crash {crash.Run}: record {before.Sequence} ({before.Kind} {before.Screening}) committed before the kill is missing or changed after the restart\n{log}");
            }

            // (a) Every screening the officer saw freed has its Screening record, committed before the kill.
            foreach (var freed in crash.Printed)
            {
                var expected = freed.Verdict == "CLEAR" ? new[] { "Cleared" } : new[] { "Admitted", "AdmittedByOverride" };
                Assert.True(
                    crash.AtKill.Any(r => r.Kind == "Screening" && r.Screening == freed.ScreeningId && expected.Contains(r.Status)),
                    $"crash {crash.Run} ({crash.Moment}): the lane printed {freed.Verdict} for screening {freed.ScreeningId}, freeing the turnstile, " +
                    $"but the search log holds no committed Screening record with status {string.Join('/', expected)} for it\n{SearchLogFile.Describe(crash.AtKill)}");
            }

            // (c) Exactly the screenings that had freed the turnstile and were not closed at the kill, and the one awaiting
            // its search outcome (kept in the lane's journal), are closed as interrupted by the restart, before it records
            // that it started.
            var open = CrashSafetyChecks.OpenScreenings(crash.AtKill);
            if (crash.Kept is { } kept)
            {
                open.Add(kept);
            }

            var restartStarted = laneStarts[crash.Run].Sequence;
            var recovery = records.Where(r => r.Sequence > lastAtKill && r.Sequence < restartStarted).ToList();
            var interrupted = recovery.Where(r => r.Kind == "ScreeningInterrupted").Select(r => r.Screening).ToHashSet();
            Assert.True(open.SetEquals(interrupted!),
                $"crash {crash.Run} ({crash.Moment}): open at the kill [{string.Join(", ", open)}], closed as interrupted by the restart " +
                $"[{string.Join(", ", interrupted)}]\n{log}");
            Assert.All(recovery, r => Assert.Equal("ScreeningInterrupted", r.Kind));
            Assert.True(records.Count(r => r.Kind == "ScreeningInterrupted" && open.Contains(r.Screening!)) == open.Count,
                $"crash {crash.Run}: a screening was closed as interrupted more than once\n{log}");

            if (crash.Moment == KillMoment.OnFreedLine)
            {
                // Killed the instant the turnstile freed: that person cannot have walked through yet.
                var lastFreed = crash.Printed[^1].ScreeningId;
                Assert.True(open.Contains(lastFreed),
                    $"crash {crash.Run}: killed as screening {lastFreed} freed the turnstile, yet it was not open at the kill\n{SearchLogFile.Describe(crash.AtKill)}");
            }

            // The restart logged each interrupted screening for the operator.
            var restartLines = starts.Single(s => s.Run == crash.Run + 1).Lines;
            foreach (var id in open)
            {
                Assert.True(restartLines.Any(l => l.Contains(id, StringComparison.Ordinal) && l.Contains("interrupted", StringComparison.OrdinalIgnoreCase)),
                    $"run {crash.Run + 1} did not log that screening {id} was closed as interrupted\n{string.Join('\n', restartLines)}");
            }
        }

        // (d) Every start, first and restarts, locked the turnstile before anything else.
        foreach (var (run, lines) in starts)
        {
            CrashSafetyChecks.AssertTurnstileLockedBeforeAnythingElse(run, lines);
        }
    }
}
