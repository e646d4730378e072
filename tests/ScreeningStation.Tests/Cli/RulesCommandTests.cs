using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Screening.Rules;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>`screening rules check FILE` and `screening rules show-default`.</summary>
public sealed class RulesCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private static string Broken(string find, string with) =>
        RuleSet.DefaultRulesText.ReplaceLineEndings("\n").Replace(find, with, StringComparison.Ordinal);

    private static int LineOf(string text, string marker) =>
        1 + text.AsSpan(0, text.IndexOf(marker, StringComparison.Ordinal)).Count('\n');

    [Fact]
    public async Task Show_default_prints_the_shipped_rule_file()
    {
        var result = await _screening.RunAsync("rules", "show-default");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RuleSet.DefaultRulesText, result.Stdout);
    }

    [Fact]
    public async Task Check_accepts_the_default_file_with_exit_0()
    {
        var shown = await _screening.RunAsync("rules", "show-default");
        var path = _screening.WriteFile("my.rules.yaml", shown.Stdout);

        var result = await _screening.RunAsync("rules", "check", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task Check_with_json_reports_a_valid_file_and_its_hash()
    {
        var path = _screening.WriteFile("my.rules.yaml", RuleSet.DefaultRulesText);

        var result = await _screening.RunAsync("rules", "check", path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
            json.GetProperty("ruleSetHash").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task Check_refuses_a_bad_file_with_exit_2_and_file_line_reason_on_stderr()
    {
        var text = Broken("defaultAlertState: Black", "defaultAlertState: Purple");
        var path = _screening.WriteFile("bad.rules.yaml", text);

        var result = await _screening.RunAsync("rules", "check", path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"bad.rules.yaml:{LineOf(text, "defaultAlertState")}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Purple", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_lists_every_error_in_the_file()
    {
        var text = Broken("defaultAlertState: Black", "defaultAlertState: Purple")
            .Replace("prohibits: [wire-bound-notebook]", "prohibits: [wire-bound-notepad]", StringComparison.Ordinal);
        var path = _screening.WriteFile("bad.rules.yaml", text);

        var result = await _screening.RunAsync("rules", "check", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"bad.rules.yaml:{LineOf(text, "defaultAlertState")}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"bad.rules.yaml:{LineOf(text, "wire-bound-notepad")}: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_json_lists_the_errors_with_their_lines()
    {
        var text = Broken("    randomSearchRate: 0.10\n", "    randomSearchRate: 1.5\n");
        var path = _screening.WriteFile("bad.rules.yaml", text);

        var result = await _screening.RunAsync("rules", "check", path, "--json");

        Assert.Equal(2, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Contains(json.GetProperty("errors").EnumerateArray(), e => e.GetProperty("line").GetInt32() == LineOf(text, "randomSearchRate: 1.5"));
    }

    [Fact]
    public async Task Check_refuses_broken_YAML_with_exit_2_not_a_crash()
    {
        var path = _screening.WriteFile("broken.rules.yaml", Broken("    prohibits: [wire-bound-notebook]", "    prohibits: [wire-bound-notebook"));

        var result = await _screening.RunAsync("rules", "check", path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("broken.rules.yaml:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_missing_file_exits_2_naming_it()
    {
        var result = await _screening.RunAsync("rules", "check", Path.Combine(_screening.Folder, "absent.rules.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.rules.yaml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_a_file_is_a_usage_error()
    {
        var result = await _screening.RunAsync("rules", "check");

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }
}
