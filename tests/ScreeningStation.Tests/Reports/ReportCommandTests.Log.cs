using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.Reports;

/// <summary>Who sees references, corrections applied, and a changed record caught by the period's chain check.</summary>
public sealed partial class ReportCommandTests
{
    private const string AuditorPassword = "auditor-passphrase-2026";
    private const string OfficerPassword = "officer-passphrase-2026";

    [Fact]
    public async Task References_are_withheld_without_a_signed_in_auditor_and_shown_with_one()
    {
        var data = log.CopyTo(Out("roles"));
        Assert.Equal(0, (await _screening.RunWithInputAsync(AuditorPassword + "\n", "accounts", "add", "au-khan", "--role", "Auditor", "--data", data)).ExitCode);
        var expected = new LogOracle(ReportLog.Read(data)).Screenings.Select(s => s.Text("person", "reference")).ToList();

        var anonymous = await _screening.RunAsync("report", "--data", data, "--from", Day, "--to", Day, "--format", "json", "--out", Out("anon.json"));
        Assert.True(anonymous.ExitCode == 0, anonymous.ToString());
        var withheld = Rows(Out("anon.json")).Select(r => r.GetProperty("reference").GetString()).ToList();
        Assert.All(withheld, r => Assert.Equal("withheld", r));
        Assert.DoesNotContain("V-8001", File.ReadAllText(Out("anon.json")), StringComparison.Ordinal);

        var auditor = await _screening.RunWithInputAsync(AuditorPassword + "\n", "report", "--data", data, "--from", Day, "--to", Day,
            "--format", "json", "--out", Out("auditor.json"), "--user", "au-khan");
        Assert.True(auditor.ExitCode == 0, auditor.ToString());
        Assert.Equal(expected, Rows(Out("auditor.json")).Select(r => r.GetProperty("reference").GetString()).ToList());
    }

    [Fact]
    public async Task A_search_officer_or_a_wrong_password_is_refused_with_exit_3_and_nothing_written()
    {
        var data = log.CopyTo(Out("denied"));
        Assert.Equal(0, (await _screening.RunWithInputAsync(OfficerPassword + "\n", "accounts", "add", "so-brown", "--role", "SearchOfficer", "--data", data)).ExitCode);

        var officer = await _screening.RunWithInputAsync(OfficerPassword + "\n", "report", "--data", data, "--from", Day, "--to", Day,
            "--format", "csv", "--out", Out("o.csv"), "--user", "so-brown");
        Assert.True(officer.ExitCode == 3, officer.ToString());
        Assert.Contains("only an Auditor or a SecurityManager may see person references", officer.Stderr, StringComparison.Ordinal);

        var wrong = await _screening.RunWithInputAsync("not-the-password\n", "report", "--data", data, "--from", Day, "--to", Day,
            "--format", "csv", "--out", Out("w.csv"), "--user", "so-brown");
        Assert.True(wrong.ExitCode == 3, wrong.ToString());
        Assert.Contains("wrong account name or password", wrong.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("o.csv")) || File.Exists(Out("w.csv")));
    }

    [Fact]
    public async Task A_correction_written_later_is_applied_to_the_row_and_the_figures()
    {
        var data = log.CopyTo(Out("corrected"));
        var target = new LogOracle(ReportLog.Read(data)).Screenings.First(s => s.Text("status") == "Admitted" && s.Names("outcome", "itemsFound").Count == 0);
        long correction;
        await using (var store = SearchLogStore.Open(data))
        {
            var record = await store.AppendAsync(new NewRecord("lane-8", RecordKind.Correction, new JsonObject
            {
                ["reason"] = "tobacco found in the bag, recorded after review of the search",
                ["by"] = "sm-jones",
                ["set"] = new JsonObject { ["outcome"] = new JsonObject { ["itemsFound"] = new JsonArray("tobacco"), ["disposal"] = "Confiscated" } },
            }, Corrects: target.Sequence));
            correction = record.Sequence;
        }

        var before = new LogOracle(ReportLog.Read(log.Data));
        var result = await _screening.RunAsync("report", "--data", data, "--from", Day, "--to", Day, "--format", "json", "--out", Out("c.json"), "--json");
        Assert.True(result.ExitCode == 0, result.ToString());

        var row = Rows(Out("c.json")).Single(r => r.GetProperty("sequence").GetInt64() == target.Sequence);
        Assert.Equal("tobacco", row.GetProperty("itemsFound")[0].GetProperty("item").GetString());
        Assert.Equal("C", row.GetProperty("itemsFound")[0].GetProperty("list").GetString());
        Assert.Equal("Confiscated", row.GetProperty("disposal").GetString());
        Assert.Equal([correction], row.GetProperty("corrections").EnumerateArray().Select(c => c.GetInt64()));
        Assert.Equal(target.Hash, row.GetProperty("recordHash").GetString()); // the chain's hash of the record as written
        Assert.Equal(target.Text("outcome", "officer"), row.GetProperty("officer").GetString()); // fields the correction did not name stay

        using var json = JsonDocument.Parse(result.Stdout);
        var s = json.RootElement.GetProperty("summary");
        Assert.Equal(1, s.GetProperty("findsByItem").GetProperty("tobacco").GetInt32());
        Assert.Equal(before.Found.Count(f => LogOracle.ListOf(f) == "C") + 1, s.GetProperty("findsByList").GetProperty("C").GetInt32());
        Assert.Equal(before.SirDrafts + 1, s.GetProperty("securityInformationReportDrafts").GetInt32());
        Assert.Equal(1, s.GetProperty("correctionsApplied").GetInt32());
        Assert.True(s.GetProperty("chain").GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task A_record_changed_behind_the_logs_back_makes_the_chain_BROKEN_and_exits_1()
    {
        var data = log.CopyTo(Out("tampered"));
        var victim = new LogOracle(ReportLog.Read(data)).Screenings.First(s => s.Text("status") == "Refused");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "searchlog.db"), Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER records_no_update; UPDATE records SET body = replace(body, '\"Refused\"', '\"Admitted\"') WHERE sequence = $s";
            command.Parameters.AddWithValue("$s", victim.Sequence);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var result = await _screening.RunAsync("report", "--data", data, "--from", Day, "--to", Day, "--format", "pdf", "--out", Out("t.pdf"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"BROKEN in this period: record {victim.Sequence.ToString(CultureInfo.InvariantCulture)} (Screening)", result.Stderr, StringComparison.Ordinal);
        var text = PdfText(Out("t.pdf"));
        Assert.Contains("Chain: BROKEN", text, StringComparison.Ordinal);

        // Asked not to check, the report claims nothing either way.
        var quick = await _screening.RunAsync("report", "--data", data, "--from", Day, "--to", Day, "--format", "pdf", "--out", Out("q.pdf"), "--skip-chain-check");
        Assert.True(quick.ExitCode == 0, quick.ToString());
        Assert.Contains("Chain: NOT CHECKED", PdfText(Out("q.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_export_is_logged_as_one_event_with_who_what_and_how_many()
    {
        var data = log.CopyTo(Out("logged"));
        var result = await _screening.RunAsync("report", "--data", data, "--from", Day, "--to", Day, "--lane", "lane-8", "--format", "csv", "--out", Out("l.csv"));
        Assert.True(result.ExitCode == 0, result.ToString());

        var lines = Directory.GetFiles(Path.Combine(data, "logs"), "reports-*.clef").SelectMany(File.ReadAllLines).ToList();
        var line = Assert.Single(lines);
        using var e = JsonDocument.Parse(line);
        Assert.Equal("Csv", e.RootElement.GetProperty("Format").GetString());
        Assert.Equal("lane-8", e.RootElement.GetProperty("Lane").GetString());
        Assert.Equal("anonymous", e.RootElement.GetProperty("User").GetString());
        Assert.Equal(new LogOracle(ReportLog.Read(data), lane: "lane-8").Screenings.Count, e.RootElement.GetProperty("Screenings").GetInt32());
        Assert.Equal("VERIFIED", e.RootElement.GetProperty("Chain").GetString());
    }

    private static List<JsonElement> Rows(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        return [.. doc.RootElement.GetProperty("screenings").EnumerateArray().Select(r => r.Clone())];
    }
}
