using Screening.Station.SearchLog;
using Screening.Station.Simulation;

namespace Screening.Station.Tests.Support;

/// <summary>Plays a scenario through the real lane on a data folder and reads back what the search log holds.</summary>
internal static class ScenarioPlay
{
    /// <summary>Plays <paramref name="scenario"/>; fails the test, with the run's lines, when an expectation did not hold.</summary>
    public static async Task<(IReadOnlyList<ScenarioLine> Lines, List<StoredRecord> Records)> PlayAsync(Scenario scenario, string data)
    {
        IReadOnlyList<ScenarioLine> lines;
        await using (var runner = new ScenarioRunner(scenario, data, rulesFile: null))
        {
            await runner.RunAsync(CancellationToken.None);
            lines = runner.Lines;
            Assert.True(runner.Failures == 0, string.Join('\n', lines.Select(l => $"{l.Seconds} {l.Kind} {l.Text}")));
        }

        await using var log = SearchLogStore.Open(data);
        return (lines, [.. log.ReadFrom(1)]);
    }

    /// <summary>The screenings' records in order, as "Kind status".</summary>
    public static List<string> ScreeningStory(IEnumerable<StoredRecord> records) =>
        [.. records.Where(r => r.Kind is RecordKind.Screening or RecordKind.ScreeningClosed or RecordKind.ScreeningInterrupted)
            .Select(r => $"{r.Kind} {r.ParseBody()["status"]?.GetValue<string>()}")];
}
