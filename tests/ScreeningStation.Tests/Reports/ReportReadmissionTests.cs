using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Screening.Station.Reports;
using Screening.Station.SearchLog;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// A screening whose turnstile free the devices refused (ScreeningClosed NotFreed) goes back to the officer
/// and gets a second Screening record under the same id: the report counts that person once, by the last
/// record. Records are written to a real search log as the lane writes them, and the report reads them back.
/// </summary>
public sealed class ReportReadmissionTests : IDisposable
{
    private readonly TimedLog _log = new("readmission");

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task A_screening_admitted_again_after_a_refused_free_counts_once_by_its_last_record()
    {
        await WriteAsync(
            Screening(10, "lane-1", "lane-1-1", "Admitted", "Visitor", alarm: true, done: ["Wand", "RubDown"], found: ["mobile-phone"]),
            Screening(12, "lane-2", "lane-2-1", "Admitted", "Staff", alarm: true, done: ["Wand"]),
            Closed(13, "lane-1", "lane-1-1", "NotFreed"),
            Closed(14, "lane-2", "lane-2-1", "Passed"),
            Screening(40, "lane-1", "lane-1-1", "Refused", "Visitor", alarm: true, done: ["Wand", "RubDown", "BagHandSearch"], found: ["mobile-phone"]),
            Screening(50, "lane-1", "lane-1-2", "Cleared", "Staff", alarm: false),
            Closed(52, "lane-1", "lane-1-2", "Passed"));

        var (summary, json) = await ReportAsync();

        Assert.Equal(3, summary.Screenings);
        Assert.Equal(new Dictionary<string, long> { ["Refused"] = 1 }, summary.CategoryByStatus["Visitor"]);
        Assert.Equal(new Dictionary<string, long> { ["Admitted"] = 1, ["Cleared"] = 1 }, summary.CategoryByStatus["Staff"]);
        Assert.Equal(2, summary.SearchesDone["Wand"]);
        Assert.Equal(1, summary.SearchesDone["RubDown"]);
        Assert.Equal(1, summary.SearchesDone["BagHandSearch"]);
        Assert.Equal(1, summary.ScreeningsWithFinds);
        Assert.Equal(1, summary.FindsByItem["mobile-phone"]);
        Assert.Equal(1, summary.SirDrafts);
        Assert.Equal((2, 1), (summary.DetectorByLane["lane-1"].Walks, summary.DetectorByLane["lane-1"].Alarms));

        // The closures themselves are still counted as written: the NotFreed one says nobody passed.
        Assert.Equal(new Dictionary<string, long> { ["NotFreed"] = 1, ["Passed"] = 2 }, summary.ClosedBy);

        // One row per screening, in log order, the re-admitted one as its last record says.
        var rows = json.GetProperty("screenings").EnumerateArray().Select(r => (r.GetProperty("screening").GetString(), r.GetProperty("status").GetString())).ToList();
        Assert.Equal([("lane-2-1", "Admitted"), ("lane-1-1", "Refused"), ("lane-1-2", "Cleared")], rows);
        Assert.Single(json.GetProperty("securityInformationReports").EnumerateArray());
        Assert.Equal(3, json.GetProperty("summary").GetProperty("screenings").GetInt32());
    }

    [Fact]
    public async Task Ordinary_screenings_each_count_once_with_their_own_outcome()
    {
        // One person per screening id, including one re-screened under a new id after a NoPassage, and one
        // still awaiting its passage when the period ends.
        await WriteAsync(
            Screening(10, "lane-1", "lane-1-1", "Cleared", "Staff", alarm: false),
            Closed(12, "lane-1", "lane-1-1", "Passed"),
            Screening(20, "lane-1", "lane-1-2", "Admitted", "Visitor", alarm: true, done: ["Wand"]),
            Closed(25, "lane-1", "lane-1-2", "NoPassage"),
            Screening(30, "lane-1", "lane-1-3", "Admitted", "Visitor", alarm: true, done: ["Wand"]),
            Closed(32, "lane-1", "lane-1-3", "Passed"),
            Screening(40, "lane-1", "lane-1-4", "Refused", "Contractor", alarm: true, done: ["RubDown"], found: ["knife"]),
            Screening(50, "lane-1", "lane-1-5", "Cleared", "Staff", alarm: false));

        var (summary, json) = await ReportAsync();

        Assert.Equal(5, summary.Screenings);
        Assert.Equal(new Dictionary<string, long> { ["Cleared"] = 2 }, summary.CategoryByStatus["Staff"]);
        Assert.Equal(new Dictionary<string, long> { ["Admitted"] = 2 }, summary.CategoryByStatus["Visitor"]);
        Assert.Equal(new Dictionary<string, long> { ["Refused"] = 1 }, summary.CategoryByStatus["Contractor"]);
        Assert.Equal(2, summary.SearchesDone["Wand"]);
        Assert.Equal(1, summary.SirDrafts);
        var rows = json.GetProperty("screenings").EnumerateArray().Select(r => r.GetProperty("screening").GetString()).ToList();
        Assert.Equal(["lane-1-1", "lane-1-2", "lane-1-3", "lane-1-4", "lane-1-5"], rows);
    }

    [Fact]
    public async Task The_fault_during_admit_scenario_reports_one_screening()
    {
        using var cli = new ScreeningCli();
        var data = Path.Combine(cli.Folder, "log");
        var played = await cli.RunAsync("simulate", Path.Combine(ReportLog.ScenarioFolder, "fault-during-admit.yaml"), "--data", data);
        Assert.True(played.ExitCode == 0, played.ToString());

        // The log holds two Screening records for the one person: Admitted, NotFreed, Admitted, Passed.
        var records = ReportLog.Read(data);
        var screenings = records.Where(r => r.Kind == RecordKind.Screening).ToList();
        Assert.Equal(2, screenings.Count);
        Assert.Single(screenings.Select(r => r.Text("screening")).Distinct());

        var day = DateTimeOffset.Parse(records[0].Time, CultureInfo.InvariantCulture).UtcDateTime.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Path.Combine(cli.Folder, "r.json");
        var report = await cli.RunAsync("report", "--data", data, "--from", day, "--to", day, "--format", "json", "--out", file, "--json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using var json = JsonDocument.Parse(report.Stdout);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("screenings").GetInt32());
        Assert.Equal(1, summary.GetProperty("byCategoryAndStatus").GetProperty("Staff").GetProperty("Admitted").GetInt32());
        Assert.Equal(1, summary.GetProperty("searchesDone").GetProperty("Wand").GetInt32());
        Assert.Equal(1, summary.GetProperty("metalDetector").GetProperty("lane-1").GetProperty("walks").GetInt32());

        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var row = Assert.Single(exported.RootElement.GetProperty("screenings").EnumerateArray());
        Assert.Equal(screenings[1].Sequence, row.GetProperty("sequence").GetInt64());
    }

    private static (double Seconds, string Lane, string Kind, JsonObject Body) Screening(double seconds, string lane, string id, string status, string category,
        bool alarm, string[]? done = null, string[]? found = null)
    {
        var body = new JsonObject
        {
            ["screening"] = id,
            ["status"] = status,
            ["person"] = new JsonObject { ["category"] = category, ["reference"] = $"{category[0]}-{id}" },
            ["identifiedBy"] = "officer",
            ["officer"] = "officer-jones",
            ["detections"] = new JsonArray(),
            ["metalDetector"] = new JsonObject { ["alarm"] = alarm, ["zones"] = alarm ? new JsonArray("torso") : new JsonArray() },
            ["alertState"] = "Black",
            ["shutDown"] = false,
            ["verdict"] = new JsonObject
            {
                ["outcome"] = status == "Cleared" ? "Clear" : "Search",
                ["searches"] = new JsonArray([.. (done ?? []).Select(s => (JsonNode)s)]),
                ["randomlySelected"] = false,
            },
        };
        if (status != "Cleared")
        {
            body["outcome"] = new JsonObject
            {
                ["officer"] = "officer-jones",
                ["admit"] = status == "Admitted",
                ["searchesDone"] = new JsonArray([.. (done ?? []).Select(s => (JsonNode)s)]),
                ["itemsFound"] = new JsonArray([.. (found ?? []).Select(s => (JsonNode)s)]),
                ["disposal"] = found is null ? null : "Locker",
            };
        }

        return (seconds, lane, RecordKind.Screening, body);
    }

    private static (double Seconds, string Lane, string Kind, JsonObject Body) Closed(double seconds, string lane, string id, string status) =>
        (seconds, lane, RecordKind.ScreeningClosed, new JsonObject { ["screening"] = id, ["status"] = status });

    private Task WriteAsync(params (double Seconds, string Lane, string Kind, JsonObject Body)[] records) => _log.WriteAsync(records);

    /// <summary>The period's JSON export (rows, SIR drafts, summary) and its figures.</summary>
    private async Task<(ReportSummary Summary, JsonElement Json)> ReportAsync()
    {
        using var output = new MemoryStream();
        var summary = await _log.Writer().WriteJsonAsync(output, TimedLog.Period);
        using var json = JsonDocument.Parse(output.ToArray());
        return (summary, json.RootElement.Clone());
    }
}
