using Screening.Station.Reports;

namespace Screening.Station.Tests.Reports;

/// <summary>Bad input: exit 2 with a message naming what was wrong, and no report file left behind.</summary>
public sealed partial class ReportCommandTests
{
    [Theory]
    [InlineData("2026-02-01", "2026-01-01", null, "must be after --from")]
    [InlineData("2026-01-05T09:00:00Z", "2026-01-05T09:00:00Z", null, "inverted or empty")]
    [InlineData("yesterday", "2026-01-05", null, "--from: 'yesterday' is not a date")]
    [InlineData("2026-01-05", "2026-13-40", null, "--to: '2026-13-40' is not a date")]
    [InlineData("2026-01-05T08:00:00", "2026-01-06", null, "--from: '2026-01-05T08:00:00' is not a date")] // an instant needs its offset
    [InlineData("2026-01-05", "2026-01-05", "lane-99", "--lane: unknown lane 'lane-99'")]
    public async Task A_bad_range_or_lane_exits_2_naming_it(string from, string to, string? lane, string message)
    {
        var file = Out("bad.csv");
        string[] args = ["report", "--data", log.Data, "--from", from, "--to", to, "--format", "csv", "--out", file];
        var result = await _screening.RunAsync(lane is null ? args : [.. args, "--lane", lane]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(_screening.Folder, "*.partial"));
    }

    /// <summary>
    /// The console streams a report straight into the download, and can still turn it into a message on
    /// the page only while nothing has been sent: a report refused before its first row must leave its
    /// output untouched. The copy to the output races the refusal, so it is tried many times (before the fix,
    /// two busy cores made the CSV header and the JSON opening leak within 400 tries).
    /// </summary>
    [Theory]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Pdf)]
    public async Task A_report_refused_before_its_first_row_writes_nothing(ReportFormat format)
    {
        var writer = new ReportWriter(log.Data, Screening.Rules.RuleSet.LoadDefault().Catalogue);
        var query = ReportQuery.Parse(Day, Day, "lane-99", includeReferences: false);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var output = new MemoryStream();
            var refused = await Assert.ThrowsAsync<ReportException>(() => writer.WriteAsync(format, output, query));
            Assert.Contains("unknown lane 'lane-99'", refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, output.Length);
        }
    }

    [Fact]
    public async Task An_unknown_lane_is_named_with_the_lanes_the_log_knows()
    {
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", Day, "--to", Day, "--lane", "lane-99", "--format", "pdf", "--out", Out("x.pdf"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lanes: lane-1, lane-7, lane-8", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_in_a_missing_folder_exits_2_naming_out()
    {
        var file = Path.Combine(_screening.Folder, "no-such-folder", "report.csv");
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", Day, "--to", Day, "--format", "csv", "--out", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--out: cannot write '{file}'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_is_a_folder_exits_2_naming_out()
    {
        var folder = Directory.CreateDirectory(Out("a-folder")).FullName;
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", Day, "--to", Day, "--format", "json", "--out", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--out: '{folder}' is a folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_on_a_read_only_file_system_exits_2_naming_out()
    {
        // /proc is read-only even for root, unlike a folder without write permission.
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", Day, "--to", Day, "--format", "csv", "--out", "/proc/report.csv");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--out: cannot write '/proc/report.csv'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_a_search_log_exits_2_naming_data()
    {
        var empty = Directory.CreateDirectory(Out("empty")).FullName;
        var result = await _screening.RunAsync("report", "--data", empty, "--from", Day, "--to", Day, "--format", "csv", "--out", Out("r.csv"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--data: there is no search log at", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("r.csv")));
    }

    [Fact]
    public async Task An_unknown_format_exits_2_naming_it()
    {
        var result = await _screening.RunAsync("report", "--data", log.Data, "--from", Day, "--to", Day, "--format", "xlsx", "--out", Out("r.xlsx"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("xlsx", result.Stderr, StringComparison.Ordinal);
    }
}
