using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Screening.Station.Reports;
using Screening.Station.SearchLog;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// Device downtime in a report: a device is down from its first standing fault to its last clear, whatever
/// kinds stand together (the detector's StuckAlarm and NotReady, the turnstile's In and Out sensors). Records
/// are written to a real search log at set times, as the lane writes them, and the report reads them back.
/// </summary>
public sealed class ReportDowntimeTests : IDisposable
{
    private const string Detector = "MetalDetector";
    private const string Turnstile = "Turnstile";
    private const string StuckIn = "PassageSensorStuck (In)";
    private const string StuckOut = "PassageSensorStuck (Out)";

    private readonly TimedLog _log = new("downtime");

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Overlapping_fault_kinds_count_once_from_the_first_raise_to_the_last_clear()
    {
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(12, Detector, "NotReady", true),
            Fault(20, Detector, "StuckAlarm", false),
            Fault(30, Detector, "NotReady", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(20), detector.Downtime);
        Assert.Equal(2, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_fault_kind_raised_and_cleared_inside_another_adds_nothing()
    {
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(20, Detector, "NotReady", true),
            Fault(30, Detector, "NotReady", false),
            Fault(50, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(40), detector.Downtime);
        Assert.Equal(2, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task Disjoint_faults_add_up_and_the_time_between_them_is_not_downtime()
    {
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(20, Detector, "StuckAlarm", false),
            Fault(40, Detector, "NotReady", true),
            Fault(45, Detector, "NotReady", false),
            Fault(100, Detector, "StuckAlarm", true),
            Fault(130, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(10 + 5 + 30), detector.Downtime);
        Assert.Equal(3, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_clear_without_a_raise_in_the_period_counts_from_the_period_start()
    {
        await WriteAsync(Fault(30, Detector, "NotReady", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(30), detector.Downtime);
        Assert.Equal(0, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_kind_standing_since_before_the_period_joins_the_kinds_raised_in_it()
    {
        // NotReady stood when the period began; StuckAlarm came and went while it stood, and outlasted it.
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(30, Detector, "NotReady", false),
            Fault(40, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(40), detector.Downtime);
        Assert.Equal(1, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_second_clear_of_a_kind_already_cleared_in_the_period_adds_nothing()
    {
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(20, Detector, "StuckAlarm", false),
            Fault(25, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(10), detector.Downtime);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_fault_still_standing_at_the_period_end_counts_to_the_period_end()
    {
        // StuckAlarm clears while NotReady stands: the detector is still down when the period ends.
        await WriteAsync(
            Fault(600, Detector, "StuckAlarm", true),
            Fault(1200, Detector, "NotReady", true),
            Fault(1800, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromMinutes(50), detector.Downtime);
        Assert.Equal(2, detector.Events);
        Assert.True(detector.OpenAtEnd);
    }

    [Fact]
    public async Task The_detector_and_the_turnstile_are_down_independently_and_each_direction_is_a_kind()
    {
        await WriteAsync(
            Fault(10, Detector, "StuckAlarm", true),
            Fault(15, Turnstile, StuckIn, true),
            Fault(20, Detector, "StuckAlarm", false),
            Fault(25, Turnstile, StuckOut, true),
            Fault(30, Turnstile, StuckIn, false),
            Fault(40, Turnstile, StuckOut, false),
            Fault(50, Detector, "NotReady", true),
            Fault(55, Detector, "NotReady", false));

        var faults = await ReportAsync();

        Assert.Equal(TimeSpan.FromSeconds(10 + 5), faults["lane-1 MetalDetector"].Downtime);
        Assert.Equal(TimeSpan.FromSeconds(25), faults["lane-1 Turnstile"].Downtime);
        Assert.Equal(2, faults["lane-1 Turnstile"].Events);
    }

    [Fact]
    public async Task A_fire_release_runs_from_the_first_opening_to_the_acknowledgement()
    {
        // The loop opens, opens again before anyone acknowledges, is acknowledged; opens once more and stands at the end.
        await WriteAsync(
            Fire(10, true),
            Fire(20, true),
            Fire(40, false),
            Fire(3000, true));

        var summary = await SummaryAsync();
        var fire = summary.FireReleases["lane-1"];

        Assert.Equal(TimeSpan.FromSeconds(30 + 600), fire.Downtime);
        Assert.Equal(2, fire.Events);
        Assert.True(fire.OpenAtEnd);
    }

    [Fact]
    public async Task A_fault_raised_before_the_period_and_never_cleared_is_down_the_whole_period()
    {
        // Nothing at all is recorded in the period: the detector simply stays stuck through it.
        await WriteAsync(
            Fault(-7200, Detector, "StuckAlarm", true),
            Fault(-3600, Turnstile, StuckIn, true),
            Fault(-1800, Turnstile, StuckIn, false));

        var faults = await ReportAsync();

        var detector = faults["lane-1 MetalDetector"];
        Assert.Equal(TimedLog.To - TimedLog.From, detector.Downtime);
        Assert.Equal(0, detector.Events);
        Assert.True(detector.OpenAtEnd);
        Assert.False(faults.ContainsKey("lane-1 Turnstile"), "a fault cleared before the period is not in it");
    }

    [Fact]
    public async Task A_fault_standing_since_before_the_period_counts_from_its_start_to_its_clear()
    {
        await WriteAsync(
            Fault(-600, Detector, "NotReady", true),
            Fault(-300, Detector, "NotReady", true),
            Fault(900, Detector, "NotReady", false),
            Fault(1000, Detector, "NotReady", true),
            Fault(1060, Detector, "NotReady", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.FromSeconds(900 + 60), detector.Downtime);
        Assert.Equal(1, detector.Events);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_fault_raised_before_the_period_and_corrected_as_never_raised_is_not_down()
    {
        await WriteAsync(Fault(-900, Detector, "StuckAlarm", true));
        await using (var store = SearchLogStore.Open(_log.Data))
        {
            await store.AppendAsync(new NewRecord("lane-1", RecordKind.Correction, new JsonObject
            {
                ["reason"] = "the detector was switched off for its service, not stuck",
                ["by"] = "sm-jones",
                ["set"] = new JsonObject { ["faulted"] = false },
            }, Corrects: 1));
        }

        Assert.False((await ReportAsync()).ContainsKey("lane-1 MetalDetector"), "the corrected raise still counted");
    }

    [Fact]
    public async Task A_stray_clear_in_the_period_of_a_fault_cleared_before_it_adds_no_downtime()
    {
        // Raised and cleared before the period, then cleared once more in it: nothing stood at its start.
        await WriteAsync(
            Fault(-900, Detector, "StuckAlarm", true),
            Fault(-800, Detector, "StuckAlarm", false),
            Fault(900, Detector, "StuckAlarm", false));

        var detector = (await ReportAsync())["lane-1 MetalDetector"];

        Assert.Equal(TimeSpan.Zero, detector.Downtime);
        Assert.False(detector.OpenAtEnd);
    }

    [Fact]
    public async Task A_lane_start_ends_the_faults_its_lane_had_standing_before_the_period_and_in_it()
    {
        // Before the period: lane-1's detector stuck, then lane-1 restarted; lane-2's stayed stuck.
        // In it: lane-1's detector stuck again and the lane restarted once more.
        await _log.WriteAsync([
            (-900, "lane-1", RecordKind.DeviceFault, FaultBody(Detector, "StuckAlarm", true)),
            (-800, "lane-2", RecordKind.DeviceFault, FaultBody(Detector, "StuckAlarm", true)),
            (-600, "lane-1", RecordKind.LaneStarted, new JsonObject { ["driver"] = "simulated" }),
            (100, "lane-1", RecordKind.DeviceFault, FaultBody(Detector, "StuckAlarm", true)),
            (400, "lane-1", RecordKind.LaneStarted, new JsonObject { ["driver"] = "simulated" }),
        ]);

        var faults = await ReportAsync();

        Assert.Equal(TimeSpan.FromSeconds(300), faults["lane-1 MetalDetector"].Downtime);
        Assert.False(faults["lane-1 MetalDetector"].OpenAtEnd);
        Assert.Equal(TimedLog.To - TimedLog.From, faults["lane-2 MetalDetector"].Downtime);
        Assert.True(faults["lane-2 MetalDetector"].OpenAtEnd);
    }

    [Fact]
    public async Task A_report_for_one_lane_does_not_take_another_lanes_standing_fault()
    {
        await _log.WriteAsync([
            (-900, "lane-1", RecordKind.DeviceFault, FaultBody(Detector, "NotReady", true)),
            (-800, "lane-2", RecordKind.DeviceFault, FaultBody(Detector, "StuckAlarm", true)),
            (10, "lane-1", RecordKind.DeviceFault, FaultBody(Turnstile, StuckOut, true)),
            (70, "lane-1", RecordKind.DeviceFault, FaultBody(Turnstile, StuckOut, false)),
        ]);

        var faults = (await _log.Writer().SummariseAsync(TimedLog.Period with { Lane = "lane-1" })).DeviceFaults;

        Assert.Equal(["lane-1 MetalDetector", "lane-1 Turnstile"], faults.Keys);
        Assert.Equal(TimedLog.To - TimedLog.From, faults["lane-1 MetalDetector"].Downtime);
        Assert.Equal(TimeSpan.FromSeconds(60), faults["lane-1 Turnstile"].Downtime);
    }

    [Fact]
    public async Task A_fire_release_never_acknowledged_before_the_period_stands_through_a_lane_start()
    {
        await WriteAsync(Fire(-5000, true));
        await _log.WriteAsync([(-4000, "lane-1", RecordKind.LaneStarted, new JsonObject { ["driver"] = "simulated" })]);

        var fire = (await SummaryAsync()).FireReleases["lane-1"];

        Assert.Equal(TimedLog.To - TimedLog.From, fire.Downtime);
        Assert.Equal(0, fire.Events);
        Assert.True(fire.OpenAtEnd);
    }

    [Fact]
    public async Task The_fault_during_admit_scenario_reports_the_detector_down_from_its_first_fault_to_its_last_clear()
    {
        using var cli = new ScreeningCli();
        var data = Path.Combine(cli.Folder, "log");
        var played = await cli.RunAsync("simulate", Path.Combine(ReportLog.ScenarioFolder, "fault-during-admit.yaml"), "--data", data);
        Assert.True(played.ExitCode == 0, played.ToString());

        // The pattern the scenario exists for: StuckAlarm, then NotReady as well, StuckAlarm clears first.
        var records = ReportLog.Read(data);
        var faults = records.Where(r => r.Kind == "DeviceFault").ToList();
        Assert.Equal(["StuckAlarm true", "NotReady true", "StuckAlarm false", "NotReady false"], faults.Select(f => $"{f.Text("detail")} {f.Text("faulted")}"));

        var day = DateTimeOffset.Parse(records[0].Time, CultureInfo.InvariantCulture).UtcDateTime.Date;
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = await cli.RunAsync("report", "--data", data, "--from", dayText, "--to", dayText, "--format", "json", "--out", Path.Combine(cli.Folder, "r.json"), "--json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using var json = JsonDocument.Parse(report.Stdout);
        var detector = json.RootElement.GetProperty("summary").GetProperty("deviceFaults").GetProperty("lane-1 MetalDetector");

        var from = new DateTimeOffset(day, TimeSpan.Zero);
        var expected = new LogOracle(records).Downtime(from, from.AddDays(1))["lane-1 MetalDetector"];
        var firstRaise = DateTimeOffset.Parse(faults[0].Time, CultureInfo.InvariantCulture);
        var lastClear = DateTimeOffset.Parse(faults[^1].Time, CultureInfo.InvariantCulture);
        Assert.Equal(lastClear - firstRaise, expected);
        Assert.Equal(expected.TotalMinutes, detector.GetProperty("minutes").GetDouble(), 2);
        Assert.Equal(2, detector.GetProperty("events").GetInt32());
        Assert.False(detector.GetProperty("openAtEnd").GetBoolean());
    }

    private static (double Seconds, string Kind, JsonObject Body) Fault(double seconds, string device, string kind, bool faulted) =>
        (seconds, RecordKind.DeviceFault, FaultBody(device, kind, faulted));

    private static JsonObject FaultBody(string device, string kind, bool faulted) =>
        new() { ["device"] = device, ["faulted"] = faulted, ["detail"] = kind };

    private static (double Seconds, string Kind, JsonObject Body) Fire(double seconds, bool active) =>
        (seconds, RecordKind.FireRelease, new JsonObject { ["active"] = active, ["officer"] = active ? null : "officer-jones" });

    /// <summary>Appends each record on lane-1, stamped <c>Seconds</c> after the period's start.</summary>
    private Task WriteAsync(params (double Seconds, string Kind, JsonObject Body)[] records) =>
        _log.WriteAsync(records.Select(r => (r.Seconds, "lane-1", r.Kind, r.Body)));

    private Task<ReportSummary> SummaryAsync() => _log.Writer().SummariseAsync(TimedLog.Period);

    private async Task<IReadOnlyDictionary<string, DowntimeCounts>> ReportAsync() => (await SummaryAsync()).DeviceFaults;
}
