using System.Text.Json;
using Screening.Rules.Contract;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Contract;

/// <summary>DESIGN.md's output JSON, as the lane and `screening evaluate --json` print it.</summary>
public sealed class VerdictWriterTests
{
    private static readonly string[] ContractSearches = ["RubDown", "Wand", "BagHandSearch", "XrayRescan", "Dog", "FullSearch"];

    private static JsonElement Write(ScreeningCase c)
    {
        var verdict = new Verdict();
        c.RuleSet.Evaluate(c, verdict);
        return JsonDocument.Parse(VerdictWriter.ToJson(verdict)).RootElement;
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void A_search_is_written_as_the_contract_says()
    {
        var json = Write(Gate.Person(PersonCategory.Visitor).Aged(34).At("Amber").Carrying("mobile-phone"));

        Assert.Equal("Search", json.GetProperty("outcome").GetString());
        Assert.Equal("Locked", json.GetProperty("turnstile").GetString());
        var searches = Strings(json.GetProperty("searches"));
        Assert.Contains("RubDown", searches);
        Assert.Contains("BagHandSearch", searches);
        Assert.Subset(ContractSearches.ToHashSet(), searches.ToHashSet());
        var flagged = Assert.Single(json.GetProperty("flaggedItems").EnumerateArray());
        Assert.Equal("mobile-phone", flagged.GetProperty("item").GetString());
        Assert.Equal("B", flagged.GetProperty("list").GetString());
        Assert.NotEmpty(Strings(json.GetProperty("reasons")));
        var fired = Strings(json.GetProperty("firedRules"));
        Assert.Contains("list-b-item", fired);
        Assert.Contains("amber-search-non-staff", fired);
        Assert.Equal(Gate.Default.Hash, json.GetProperty("ruleSetHash").GetString());
    }

    [Fact]
    public void A_clear_is_written_with_the_turnstile_freed_once_and_nothing_to_do()
    {
        var json = Write(Gate.Person(PersonCategory.Staff));

        Assert.Equal("Clear", json.GetProperty("outcome").GetString());
        Assert.Equal("FreeOnce", json.GetProperty("turnstile").GetString());
        Assert.Empty(Strings(json.GetProperty("searches")));
        Assert.Empty(json.GetProperty("flaggedItems").EnumerateArray());
        Assert.Empty(Strings(json.GetProperty("firedRules")));
        Assert.StartsWith("sha256:", json.GetProperty("ruleSetHash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_written_with_the_turnstile_locked()
    {
        var json = Write(Gate.Person(PersonCategory.Visitor).Carrying("firearm"));

        Assert.Equal("Refuse", json.GetProperty("outcome").GetString());
        Assert.Equal("Locked", json.GetProperty("turnstile").GetString());
        Assert.Contains(json.GetProperty("flaggedItems").EnumerateArray(),
            f => f.GetProperty("item").GetString() == "firearm" && f.GetProperty("list").GetString() == "A");
    }

    [Fact]
    public void A_local_list_item_is_written_with_list_Local()
    {
        var json = Write(Gate.Person(PersonCategory.Visitor).Carrying("umbrella"));

        Assert.Contains(json.GetProperty("flaggedItems").EnumerateArray(),
            f => f.GetProperty("item").GetString() == "umbrella" && f.GetProperty("list").GetString() == "Local");
    }

    [Fact]
    public void Every_required_search_is_written_by_its_contract_name()
    {
        // Wand and rub-down (alarm), x-ray re-scan (suspected), full search and bag search (intelligence).
        var json = Write(Gate.Person(PersonCategory.Prisoner).Aged(30).Alarming().Carrying("tobacco", 0.4f).Flagged("intelligence-target"));

        var searches = Strings(json.GetProperty("searches"));
        Assert.Subset(searches.ToHashSet(), new HashSet<string> { "RubDown", "Wand", "BagHandSearch", "XrayRescan", "FullSearch" });
    }
}
