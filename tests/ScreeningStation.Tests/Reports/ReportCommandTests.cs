using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// `screening report`: a log built through the real lane is exported, and every figure is checked
/// against counts computed independently from the records (<see cref="LogOracle"/>).
/// </summary>
public sealed partial class ReportCommandTests(ReportLog log) : IClassFixture<ReportLog>, IDisposable
{
    private const string Day = "2026-01-05";
    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private string Out(string name) => Path.Combine(_screening.Folder, name);

    private async Task<(CliResult Result, JsonElement Summary)> ExportAsync(string format, string file, params string[] extra)
    {
        var result = await _screening.RunAsync(["report", "--data", log.Data, "--from", Day, "--to", Day, "--format", format, "--out", file, "--json", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return (result, json.RootElement.GetProperty("summary").Clone());
    }

    [Fact]
    public async Task Csv_parses_back_to_one_row_per_screening_with_the_records_fields()
    {
        var file = Out("report.csv");
        await ExportAsync("csv", file);
        var expected = new LogOracle(ReportLog.Read(log.Data)).Screenings;

        using var csv = CsvReader.Create(File.OpenRead(file), new CsvReaderOptions(), leaveOpen: false);
        var rows = 0;
        while (csv.Read())
        {
            var record = expected[rows++];
            Assert.Equal(record.Sequence.ToString(CultureInfo.InvariantCulture), csv.GetString("sequence"));
            Assert.Equal(record.Time, csv.GetString("time"));
            Assert.Equal(record.Lane, csv.GetString("lane"));
            Assert.Equal(record.Text("screening"), csv.GetString("screening"));
            Assert.Equal(record.Text("status"), csv.GetString("status"));
            Assert.Equal(record.Text("person", "category"), csv.GetString("category"));
            Assert.Equal("withheld", csv.GetString("reference"));
            Assert.Equal(record.Text("alertState") ?? "", csv.GetString("alertState"));
            Assert.Equal(record.Text("metalDetector", "alarm") switch { "true" => "alarm", "false" => "clear", _ => "" }, csv.GetString("metalDetector"));
            Assert.Equal(string.Join(";", record.Names("metalDetector", "zones")), csv.GetString("alarmZones"));
            Assert.Equal(record.Text("verdict", "outcome") ?? "", csv.GetString("verdict"));
            Assert.Equal(string.Join(";", record.Names("verdict", "searches")), csv.GetString("searchesRequired"));
            Assert.Equal(string.Join(";", record.Names("outcome", "searchesDone")), csv.GetString("searchesDone"));
            Assert.Equal(string.Join(";", record.Names("outcome", "itemsFound").Select(i => $"{i}:{LogOracle.ListOf(i)}")), csv.GetString("itemsFound"));
            Assert.Equal(record.Text("outcome", "disposal") ?? "", csv.GetString("disposal"));
            Assert.Equal(record.Text("outcome", "officer") ?? record.Text("officer") ?? "", csv.GetString("officer"));
            Assert.Equal(record.Text("outcome", "authorisedBy") ?? "", csv.GetString("authorisedBy"));
            Assert.Equal(string.Join(";", record.Body.GetProperty("detections").EnumerateArray()
                .Select(d => $"{d.GetProperty("item").GetString()}:{d.GetProperty("confidence").GetDouble().ToString("0.###", CultureInfo.InvariantCulture)}")), csv.GetString("detections"));
            Assert.Equal(record.Hash, csv.GetString("recordHash"));
        }

        Assert.Equal(expected.Count, rows);
        Assert.True(rows >= 10, $"the scenarios should give at least 10 screenings, got {rows}");
    }

    [Fact]
    public async Task Json_figures_equal_the_counts_computed_from_the_records()
    {
        var (_, s) = await ExportAsync("json", Out("report.json"));
        var o = new LogOracle(ReportLog.Read(log.Data));

        Assert.Equal(o.Screenings.Count, s.GetProperty("screenings").GetInt32());
        foreach (var category in o.Categories)
        {
            var expected = o.ByCategoryAndVerdict(category);
            var actual = s.GetProperty("byCategoryAndVerdict").GetProperty(category).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        }

        foreach (var search in new[] { "RubDown", "Wand", "BagHandSearch", "XrayRescan", "Dog", "FullSearch" })
        {
            Assert.Equal(o.Required(search), Count(s, "searchesRequired", search));
            Assert.Equal(o.Done(search), Count(s, "searchesDone", search));
        }

        Assert.NotEmpty(o.Found);
        Assert.Equal(o.ScreeningsWithFinds, s.GetProperty("screeningsWithFinds").GetInt32());
        foreach (var item in o.Found.Distinct())
        {
            Assert.Equal(o.Found.Count(f => f == item), Count(s, "findsByItem", item));
        }

        foreach (var list in new[] { "A", "B", "C", "Local" })
        {
            Assert.Equal(o.Found.Count(f => LogOracle.ListOf(f) == list), Count(s, "findsByList", list));
        }

        foreach (var lane in new[] { "lane-1", "lane-7", "lane-8" })
        {
            var detector = s.GetProperty("metalDetector").GetProperty(lane);
            Assert.Equal(o.Walks(lane), detector.GetProperty("walks").GetInt32());
            Assert.Equal(o.Alarms(lane), detector.GetProperty("alarms").GetInt32());
            foreach (var zone in new[] { "head", "torso", "left-low", "right-low" })
            {
                Assert.Equal(o.ZoneAlarms(lane, zone), Count(detector, "alarmsByZone", zone));
            }
        }

        Assert.True(o.RandomSelected > o.RandomSearched && o.RandomSearched > 0, "the scenarios select people who were, and were not, searched");
        Assert.Equal(o.RandomSelected, s.GetProperty("randomSearch").GetProperty("selected").GetInt32());
        Assert.Equal(o.RandomSearched, s.GetProperty("randomSearch").GetProperty("searchedAsRequired").GetInt32());
        Assert.Equal(o.Count("Override"), s.GetProperty("overrides").GetInt32());
        Assert.Equal(o.Count("ForcedPassage"), s.GetProperty("forcedPassages").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(o.Count("RefusedFrame"), s.GetProperty("refusedFrames").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(o.FaultsStarted, s.GetProperty("deviceFaults").EnumerateObject().Sum(p => p.Value.GetProperty("events").GetInt32()));
        Assert.Equal(o.FireReleases, s.GetProperty("fireReleases").EnumerateObject().Sum(p => p.Value.GetProperty("events").GetInt32()));
        Assert.Equal(o.Count("AlertStateChanged"), s.GetProperty("alertState").GetProperty("changes").GetInt32());
        Assert.Equal(o.SirDrafts, s.GetProperty("securityInformationReportDrafts").GetInt32());
        Assert.True(s.GetProperty("chain").GetProperty("verified").GetBoolean());
        Assert.Equal(o.Records.Count, s.GetProperty("chain").GetProperty("recordsChecked").GetInt32());

        // The file itself: one row per screening, then the SIR drafts.
        using var file = JsonDocument.Parse(File.ReadAllText(Out("report.json")));
        Assert.Equal(o.Screenings.Select(r => r.Sequence), file.RootElement.GetProperty("screenings").EnumerateArray().Select(r => r.GetProperty("sequence").GetInt64()));
        Assert.Equal(o.SirDrafts, file.RootElement.GetProperty("securityInformationReports").GetArrayLength());
    }

    [Fact]
    public async Task The_device_downtime_is_the_time_between_fault_and_recovery_in_the_records()
    {
        var (_, s) = await ExportAsync("json", Out("downtime.json"));
        var day = DateTimeOffset.Parse(Day, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var expected = new LogOracle(ReportLog.Read(log.Data)).Downtime(day, day.AddDays(1));
        Assert.True(expected["lane-8 MetalDetector"] > TimeSpan.Zero);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), s.GetProperty("deviceFaults").EnumerateObject().Select(p => p.Name));
        foreach (var (device, downtime) in expected)
        {
            Assert.Equal(downtime.TotalMinutes, s.GetProperty("deviceFaults").GetProperty(device).GetProperty("minutes").GetDouble(), 2);
        }
    }

    [Fact]
    public async Task Sir_drafts_name_every_find_and_forced_passage_with_what_when_where_who_items_and_action()
    {
        var file = Out("sir.json");
        await ExportAsync("sir", file);
        var o = new LogOracle(ReportLog.Read(log.Data));
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var drafts = doc.RootElement.EnumerateArray().ToList();

        Assert.Equal(o.SirDrafts, drafts.Count);
        foreach (var find in o.Screenings.Where(s => s.Names("outcome", "itemsFound").Count > 0))
        {
            var draft = drafts.Single(d => d.GetProperty("record").GetProperty("sequence").GetInt64() == find.Sequence);
            Assert.Equal("Find", draft.GetProperty("kind").GetString());
            Assert.Equal(find.Time, draft.GetProperty("when").GetString());
            Assert.Equal(find.Lane, draft.GetProperty("where").GetProperty("lane").GetString());
            Assert.Equal(find.Text("outcome", "officer"), draft.GetProperty("reportedBy").GetString());
            Assert.Equal(find.Names("outcome", "itemsFound"), draft.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item").GetString()!));
            Assert.Contains(find.Text("outcome", "disposal")!, draft.GetProperty("action").GetString(), StringComparison.Ordinal);
            Assert.Equal(find.Hash, draft.GetProperty("record").GetProperty("hash").GetString());
            Assert.False(string.IsNullOrWhiteSpace(draft.GetProperty("what").GetString()));
        }

        foreach (var forced in o.Records.Where(r => r.Kind == "ForcedPassage"))
        {
            var draft = drafts.Single(d => d.GetProperty("record").GetProperty("sequence").GetInt64() == forced.Sequence);
            Assert.Equal("ForcedPassage", draft.GetProperty("kind").GetString());
            Assert.Equal(forced.Lane, draft.GetProperty("where").GetProperty("lane").GetString());
        }
    }

    [Fact]
    public async Task Pdf_renders_and_pdftotext_finds_the_totals()
    {
        var file = Out("report.pdf");
        await ExportAsync("pdf", file);
        var o = new LogOracle(ReportLog.Read(log.Data));
        var text = PdfText(file);

        Assert.Contains($"Screenings: {o.Screenings.Count:N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Items found: {o.Found.Count:N0} in {o.ScreeningsWithFinds:N0} screenings", text, StringComparison.Ordinal);
        Assert.Contains($"Security Information Report drafts: {o.SirDrafts:N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Overrides: {o.Count("Override"):N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Forced passages: {o.Count("ForcedPassage"):N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Fire releases: {o.FireReleases:N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Refused x-ray frames: {o.Count("RefusedFrame"):N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Randomly selected: {o.RandomSelected:N0}", text, StringComparison.Ordinal);
        Assert.Contains($"Searched as required: {o.RandomSearched:N0}", text, StringComparison.Ordinal);
        Assert.Contains("Chain: VERIFIED", text, StringComparison.Ordinal);
        foreach (var lane in new[] { "lane-1", "lane-7", "lane-8" })
        {
            var ratio = o.Walks(lane) == 0 ? 0 : (double)o.Alarms(lane) / o.Walks(lane);
            Assert.Matches(new Regex($@"{lane}\s+{o.Walks(lane)}\s+{o.Alarms(lane)}\s+{Regex.Escape(ratio.ToString("P1", CultureInfo.InvariantCulture))}"), text);
        }

        foreach (var category in o.Categories)
        {
            var v = o.ByCategoryAndVerdict(category);
            Assert.Matches(new Regex($@"{category}\s+{v.Values.Sum()}\s+{v.GetValueOrDefault("Clear")}\s+{v.GetValueOrDefault("Search")}\s+{v.GetValueOrDefault("Refuse")}\s+{v.GetValueOrDefault("None")}"), text);
        }

        foreach (var search in new[] { "RubDown", "Wand", "BagHandSearch" })
        {
            Assert.Matches(new Regex($@"{search}\s+{o.Required(search)}\s+{o.Done(search)}"), text);
        }

        // Each SIR draft is in the PDF, by its id (the record it is drawn from).
        foreach (var find in o.Screenings.Where(s => s.Names("outcome", "itemsFound").Count > 0))
        {
            Assert.Contains($"SIR-{find.Sequence} Find", text, StringComparison.Ordinal);
        }

        Assert.Contains("SO-Smith", text, StringComparison.Ordinal);
        Assert.Contains("SSO-Patel", text, StringComparison.Ordinal); // the override's authorising officer
    }

    [Fact]
    public async Task A_lane_report_counts_only_that_lane()
    {
        var (_, s) = await ExportAsync("json", Out("lane7.json"), "--lane", "lane-7");
        var o = new LogOracle(ReportLog.Read(log.Data), lane: "lane-7");

        Assert.Equal(o.Screenings.Count, s.GetProperty("screenings").GetInt32());
        Assert.Equal(["lane-7"], s.GetProperty("metalDetector").EnumerateObject().Select(p => p.Name));
        Assert.Equal(o.Count("Override"), s.GetProperty("overrides").GetInt32());
        Assert.Empty(s.GetProperty("forcedPassages").EnumerateObject());
        using var file = JsonDocument.Parse(File.ReadAllText(Out("lane7.json")));
        Assert.All(file.RootElement.GetProperty("screenings").EnumerateArray(), r => Assert.Equal("lane-7", r.GetProperty("lane").GetString()));
    }

    [Fact]
    public async Task An_instant_range_includes_records_from_its_start_up_to_but_not_its_end()
    {
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", "2026-01-05T08:01:00Z", "--to", "2026-01-05T08:02:00Z",
            "--format", "json", "--out", Out("minute.json"), "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var o = new LogOracle(ReportLog.Read(log.Data), from: "2026-01-05T08:01:00.0000000Z", to: "2026-01-05T08:02:00.0000000Z");
        Assert.NotEmpty(o.Screenings);
        Assert.True(o.Screenings.Count < new LogOracle(ReportLog.Read(log.Data)).Screenings.Count);
        Assert.Equal(o.Screenings.Count, json.RootElement.GetProperty("summary").GetProperty("screenings").GetInt32());
    }

    private static int Count(JsonElement parent, string table, string key) =>
        parent.GetProperty(table).TryGetProperty(key, out var value) ? value.GetInt32() : 0;

    internal static string PdfText(string file)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {process.StandardError.ReadToEnd()}");
        return text;
    }
}
