using System.Globalization;
using System.Net;
using System.Text.Json;
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
        var rest = await events.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(rest);

        var from = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var export = await _screening.RunAsync("report", "--data", _lane.Data, "--from", from, "--to", to, "--format", "csv",
            "--out", Path.Combine(_screening.Folder, "stop.csv"), "--json");
        Assert.True(export.ExitCode == 0, export.ToString());
        using var json = JsonDocument.Parse(export.Stdout);
        var visitors = json.RootElement.GetProperty("summary").GetProperty("byCategoryAndStatus").GetProperty("Visitor");
        Assert.True(visitors.TryGetProperty("Interrupted", out var interrupted) && interrupted.GetInt64() == 1,
            $"the visitor being searched is not one Interrupted screening: {visitors}\n{_lane.Output}");
    }
}
