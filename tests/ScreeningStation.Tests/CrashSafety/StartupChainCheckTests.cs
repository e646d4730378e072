using Microsoft.Data.Sqlite;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>
/// Issue 5, "Crash and fault safety": at start-up, after locking the turnstile and closing interrupted
/// screenings, "the chain is verified". A record altered while the lane was down (by someone with the
/// database and a SQLite tool, who puts the append-only triggers back so nothing looks touched) must be
/// reported loudly by the lane as it starts, naming the broken record.
/// </summary>
/// <remarks>About 5 s.</remarks>
public sealed class StartupChainCheckTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(45);

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    [Fact]
    public async Task A_record_altered_while_the_lane_was_down_is_reported_loudly_when_the_lane_starts()
    {
        var data = Path.Combine(_screening.Folder, "lane-data");
        await StartAndStopAsync(data, expectedStarts: 1);

        // Alter record 1 the way an insider would: drop the guard, edit, put the guard back.
        var builder = new SqliteConnectionStringBuilder { DataSource = SearchLogFile.PathIn(data), Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        using (var connection = new SqliteConnection(builder.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'records_no_update';
                """;
            var trigger = (string)command.ExecuteScalar()!;
            command.CommandText = $"""
                DROP TRIGGER records_no_update;
                UPDATE records SET body = replace(body, '"driver":"Simulated"', '"driver":"Gpio"') WHERE sequence = 1;
                {trigger};
                """;
            command.ExecuteNonQuery();
        }

        var broken = await _screening.RunAsync("log", "verify", "--data", data, "--json");
        Assert.True(broken.ExitCode == 2, $"the alteration should break the chain at record 1 (the test's own premise):\n{broken}");

        var lines = await StartAndStopAsync(data, expectedStarts: 2);
        var loud = lines.Where(l => (l.Contains(" FTL]", StringComparison.Ordinal) || l.Contains(" ERR]", StringComparison.Ordinal))
            && l.Contains("chain", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(loud.Count > 0 && loud.Any(l => l.Contains('1', StringComparison.Ordinal)),
            "the lane started on a search log whose record 1 had been altered and said nothing about the broken chain " +
            $"(issue 5: at start-up \"the chain is verified\"):\n{string.Join('\n', lines)}");
    }

    private async Task<IReadOnlyList<string>> StartAndStopAsync(string data, int expectedStarts)
    {
        using var lane = LaneRun.Start(_screening, data, "--Lane:Simulation:PersonsPerHour=0");
        // Resuming (a LaneStarted record) or refusing to run (exiting) are both answers; silence is not.
        await CrashSafetyChecks.WaitUntilAsync(() => lane.HasExited || CrashSafetyChecks.LaneStartedCount(data) >= expectedStarts, Step,
            () => $"LaneStarted record number {expectedStarts}\n{lane.Output}");
        if (!lane.HasExited)
        {
            await lane.SigtermAsync();
        }

        await lane.WaitForExitAsync(TimeSpan.FromSeconds(20));
        return lane.Lines;
    }
}
