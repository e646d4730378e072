using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

public sealed partial class EvaluateCommandTests
{
    /// <summary>Bad cases and the field the message on stderr must name.</summary>
    public static TheoryData<string, string, string> BadCases => new()
    {
        { "not JSON", "{ person: ", "JSON" },
        { "no category", """{ "person": { "reference": "S-1" } }""", "category" },
        { "unknown category", """{ "person": { "category": "Alien" } }""", "category" },
        { "unknown item", """{ "person": { "category": "Staff" }, "detections": [ { "item": "teleporter", "confidence": 0.9 } ] }""", "item" },
        { "unknown authorised item", """{ "person": { "category": "Staff", "authorisedItems": ["teleporter"] } }""", "authorisedItems" },
        { "unknown flag", """{ "person": { "category": "Staff", "flags": ["lost-cards"] } }""", "flags" },
        { "unknown state", """{ "person": { "category": "Staff" }, "alertState": "Purple" }""", "alertState" },
        { "unknown establishment", """{ "person": { "category": "Staff" }, "establishment": "Alcatraz" }""", "establishment" },
        { "draw of 1", """{ "person": { "category": "Staff" }, "randomDraw": 1 }""", "randomDraw" },
        { "negative draw", """{ "person": { "category": "Staff" }, "randomDraw": -0.5 }""", "randomDraw" },
        { "confidence above 1", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": 1.01 } ] }""", "confidence" },
        { "confidence below 0", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": -1 } ] }""", "confidence" },
        { "duplicate key", """{ "person": { "category": "Staff" }, "randomDraw": 0.9, "randomDraw": 0.01 }""", "randomDraw" },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public async Task Bad_input_exits_2_naming_the_field_on_stderr(string what, string json, string field)
    {
        var input = _screening.WriteFile("case.json", json);

        var result = await _screening.RunAsync("evaluate", "--input", input, "--json");

        Assert.True(result.ExitCode == 2, $"{what}: {result}");
        Assert.True(result.Stderr.Contains(field, StringComparison.Ordinal), $"{what}: stderr does not name '{field}': {result.Stderr}");
        Assert.DoesNotContain("\"outcome\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_case_exits_2()
    {
        var padding = new string(' ', 2 << 20);
        var input = _screening.WriteFile("case.json", $$"""{ "person": { "category": "Staff" }, "reference": "{{padding}}" }""");

        var result = await _screening.RunAsync("evaluate", "--input", input);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public async Task A_missing_case_file_exits_2_naming_the_input()
    {
        var result = await _screening.RunAsync("evaluate", "--input", Path.Combine(_screening.Folder, "absent.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.json", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_without_an_input_is_a_usage_error()
    {
        var result = await _screening.RunAsync("evaluate", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--input", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_rule_file_exits_2_with_its_errors_and_no_decision()
    {
        var text = Screening.Rules.RuleSet.DefaultRulesText.Replace("defaultAlertState: Black", "defaultAlertState: Purple", StringComparison.Ordinal);
        var rules = _screening.WriteFile("bad.rules.yaml", text);
        var input = _screening.WriteFile("case.json", """{ "person": { "category": "Staff" } }""");

        var result = await _screening.RunAsync("evaluate", "--rules", rules, "--input", input, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.rules.yaml:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Purple", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"outcome\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_case_on_standard_input_exits_2_naming_the_field()
    {
        var result = await _screening.RunWithInputAsync("""{ "person": { "category": "Staff" }, "alertState": "Purple" }""", "evaluate", "--input", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("alertState", result.Stderr, StringComparison.Ordinal);
    }
}
