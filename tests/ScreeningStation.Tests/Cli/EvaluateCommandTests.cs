using System.Security.Cryptography;
using System.Text.Json;
using Screening.Rules;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>`screening evaluate [--rules FILE] --input CASE.json|- [--json]`: DESIGN.md's decision contract.</summary>
public sealed partial class EvaluateCommandTests : IDisposable
{
    private const string DesignExample = """
        { "establishment": "CategoryB", "alertState": "Amber", "shutDown": false,
          "person": { "category": "Visitor", "reference": "V-1234", "ageYears": 34,
                      "authorisedItems": ["prescribed-medication"], "flags": ["lost-card"] },
          "metalDetector": { "alarm": true, "zones": ["left-low"] },
          "detections": [ { "item": "mobile-phone", "confidence": 0.93 } ],
          "dogIndication": false, "randomDraw": 0.42 }
        """;

    private const string PhoneAtAmber = """
        { "establishment": "CategoryB", "alertState": "Amber",
          "person": { "category": "Visitor", "ageYears": 34 },
          "detections": [ { "item": "mobile-phone", "confidence": 0.93 } ],
          "randomDraw": 0.95 }
        """;

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private async Task<JsonElement> DecideAsync(string caseJson, params string[] extra)
    {
        var input = _screening.WriteFile("case.json", caseJson);
        var result = await _screening.RunAsync(["evaluate", "--input", input, "--json", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public async Task A_search_decision_is_printed_as_the_contract_says()
    {
        var json = await DecideAsync(PhoneAtAmber);

        Assert.Equal("Search", json.GetProperty("outcome").GetString());
        Assert.Equal("Locked", json.GetProperty("turnstile").GetString());
        Assert.Contains("RubDown", Strings(json.GetProperty("searches")));
        Assert.Contains("BagHandSearch", Strings(json.GetProperty("searches")));
        var flagged = Assert.Single(json.GetProperty("flaggedItems").EnumerateArray());
        Assert.Equal("mobile-phone", flagged.GetProperty("item").GetString());
        Assert.Equal("B", flagged.GetProperty("list").GetString());
        Assert.Contains("list-b-item", Strings(json.GetProperty("firedRules")));
        Assert.NotEmpty(Strings(json.GetProperty("reasons")));
    }

    [Fact]
    public async Task Without_rules_the_default_rule_file_decides()
    {
        var json = await DecideAsync(PhoneAtAmber);

        Assert.Equal(RuleSet.LoadDefault().Hash, json.GetProperty("ruleSetHash").GetString());
    }

    [Fact]
    public async Task With_rules_that_file_decides_and_its_hash_is_in_the_verdict()
    {
        // Fifteen in a hundred at random at Black: the draw of 0.12 is now selected.
        var text = RuleSet.DefaultRulesText.Replace("    randomSearchRate: 0.10\n", "    randomSearchRate: 0.15\n", StringComparison.Ordinal);
        var rules = _screening.WriteFile("strict.rules.yaml", text);
        const string staff = """{ "alertState": "Black", "person": { "category": "Staff" }, "randomDraw": 0.12 }""";

        var withDefault = await DecideAsync(staff);
        var withFile = await DecideAsync(staff, "--rules", rules);

        Assert.Equal("Clear", withDefault.GetProperty("outcome").GetString());
        Assert.Equal("Search", withFile.GetProperty("outcome").GetString());
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(rules))),
            withFile.GetProperty("ruleSetHash").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task The_design_example_is_decided_with_exit_0_and_the_lost_card_keeps_it_locked()
    {
        var json = await DecideAsync(DesignExample);

        Assert.Equal("Locked", json.GetProperty("turnstile").GetString());
        Assert.NotEqual("Clear", json.GetProperty("outcome").GetString());
        Assert.Contains("lost-card", Strings(json.GetProperty("firedRules")));
    }

    [Fact]
    public async Task A_refusal_is_still_a_decision_with_exit_0()
    {
        var json = await DecideAsync("""{ "person": { "category": "Visitor" }, "detections": [ { "item": "firearm", "confidence": 0.95 } ], "randomDraw": 0.9 }""");

        Assert.Equal("Refuse", json.GetProperty("outcome").GetString());
        Assert.Equal("Locked", json.GetProperty("turnstile").GetString());
    }

    [Fact]
    public async Task A_clear_frees_the_turnstile_once()
    {
        var json = await DecideAsync("""{ "person": { "category": "Staff" }, "alertState": "Black", "randomDraw": 0.9 }""");

        Assert.Equal("Clear", json.GetProperty("outcome").GetString());
        Assert.Equal("FreeOnce", json.GetProperty("turnstile").GetString());
        Assert.Empty(Strings(json.GetProperty("searches")));
    }

    [Fact]
    public async Task The_case_can_come_from_standard_input()
    {
        var result = await _screening.RunWithInputAsync(PhoneAtAmber, "evaluate", "--input", "-", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Search", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Without_json_the_decision_is_printed_for_a_person_to_read()
    {
        var input = _screening.WriteFile("case.json", PhoneAtAmber);

        var result = await _screening.RunAsync("evaluate", "--input", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Search", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mobile phone", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_case_gives_the_same_decision_every_time()
    {
        var first = await DecideAsync(DesignExample);
        var second = await DecideAsync(DesignExample);

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }
}
