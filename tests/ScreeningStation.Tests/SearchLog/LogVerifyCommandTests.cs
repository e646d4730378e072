using System.Text.Json;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.SearchLog;

/// <summary>`screening log verify [--data DIR] [--json]`, run as the operator would.</summary>
public sealed class LogVerifyCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();
    private readonly SearchLogFolder _folder = new();

    public void Dispose()
    {
        _screening.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_good_log_verifies_with_exit_0_and_its_count_times_and_last_hash()
    {
        var written = await _folder.WriteScreeningsAsync(12);

        var result = await _screening.RunAsync("log", "verify", "--data", _folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("verified", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("12 records", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(written[0].Time.ToString("O"), result.Stdout, StringComparison.Ordinal);
        Assert.Contains(written[^1].Hash, result.Stdout, StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task A_good_log_with_json_reports_its_totals()
    {
        var written = await _folder.WriteScreeningsAsync(3);

        var result = await _screening.RunAsync("log", "verify", "--data", _folder.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(json.GetProperty("verified").GetBoolean());
        Assert.Equal(3, json.GetProperty("records").GetInt64());
        Assert.Equal(3, json.GetProperty("lastSequence").GetInt64());
        Assert.Equal(written[^1].Hash, json.GetProperty("lastHash").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("firstBroken").ValueKind);
    }

    [Fact]
    public async Task A_tampered_log_fails_with_exit_2_naming_the_broken_record()
    {
        await _folder.WriteScreeningsAsync(8);
        _folder.Tamper("""UPDATE records SET body = '{"person":"V-5","category":"Staff","outcome":"Clear"}' WHERE sequence = 5;""");

        var text = await _screening.RunAsync("log", "verify", "--data", _folder.Path);
        var json = await _screening.RunAsync("log", "verify", "--data", _folder.Path, "--json");

        Assert.True(text.ExitCode == 2, text.ToString());
        Assert.Contains("BROKEN at record 5 (Screening)", text.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, json.ExitCode);
        var broken = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.False(broken.GetProperty("verified").GetBoolean());
        Assert.Equal(5, broken.GetProperty("firstBroken").GetProperty("sequence").GetInt64());
        Assert.Equal("Screening", broken.GetProperty("firstBroken").GetProperty("kind").GetString());
        Assert.Contains("hash", broken.GetProperty("firstBroken").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_log_fails_with_exit_2()
    {
        var result = await _screening.RunAsync("log", "verify", "--data", _folder.Path, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no search log", result.Stderr, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(result.Stdout).RootElement.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task The_default_data_folder_is_data_in_the_working_folder()
    {
        var data = Path.Combine(_screening.Folder, "data");
        await using (var store = Screening.Station.SearchLog.SearchLogStore.Open(data))
        {
            await store.AppendAsync(SearchLogFolder.Screening(1));
        }

        var result = await _screening.RunAsync("log", "verify");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 records", result.Stdout, StringComparison.Ordinal);
    }
}
