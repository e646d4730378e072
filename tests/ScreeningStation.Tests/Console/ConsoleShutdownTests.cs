using System.Net;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Console;

/// <summary>
/// The lane is stopped (SIGTERM, as systemd does) while an officer's console page is open and a person is
/// being searched: the stop is orderly, not cut short, and that person is in the search log.
/// </summary>
public sealed class ConsoleShutdownTests : IAsyncLifetime, IDisposable
{
    private readonly ConsoleLane _lane = new();
    private readonly ScreeningCli _screening = new();

    public Task InitializeAsync() => _lane.InitializeAsync();

    public Task DisposeAsync() => _lane.DisposeAsync();

    public void Dispose()
    {
        _lane.Dispose();
        _screening.Dispose();
    }

    [Fact]
    public async Task Stopping_with_a_live_console_page_open_exits_cleanly_and_records_the_person_being_searched()
    {
        using var officer = await _lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ConsoleOutcomeTests.IdentifyAndAlarmAsync(officer, "V-STOP-1");

        // The page's live feed stays open, as it does in a browser, until the lane stops.
        using var feed = await officer.Http.GetAsync("/console/events?page=lane", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        using var events = new StreamReader(await feed.Content.ReadAsStreamAsync());
        Assert.StartsWith("event: state", await events.ReadLineAsync());

        var exit = await _lane.StopAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, $"the lane exited {exit} on SIGTERM with a console page open\n{_lane.Output}");
        // The server ended the feed (a page left waiting on it would time out here).
        await events.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));

        var summary = await _screening.RecentReportSummaryAsync(_lane.Data);
        var visitors = summary.GetProperty("byCategoryAndStatus").GetProperty("Visitor");
        Assert.True(visitors.TryGetProperty("Interrupted", out var interrupted) && interrupted.GetInt64() == 1,
            $"the visitor being searched is not one Interrupted screening: {visitors}\n{_lane.Output}");
    }
}
