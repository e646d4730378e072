using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

/// <summary>The set of states is data in the rule file, ordered lowest first, not an enum in code.</summary>
public sealed class AlertStatesAsDataTests
{
    // The defence estate scale's lowest state, added below Black.
    private static readonly RuleSet WithWhite = RuleSet.Parse(RuleFiles.Replacing(
        "alertStates:\n  - id: Black\n",
        "alertStates:\n  - id: White\n    description: Lowest state.\n    randomSearchRate: 0.05\n\n  - id: Black\n"), "white.rules.yaml");

    [Fact]
    public void A_file_can_add_a_state_below_Black()
    {
        Assert.Equal(["White", "Black", "BlackSpecial", "Amber", "Red"], WithWhite.AlertStates.Select(s => s.Id));
        Assert.True(WithWhite.TryFindAlertState("White", out var white));
        Assert.Equal(0.05, white.RandomSearchRate, 3);
    }

    [Fact]
    public void The_added_state_selects_at_its_own_rate()
    {
        var white = Gate.Person(PersonCategory.Staff, WithWhite).At("White").Drawn(0.07).Decide();
        var black = Gate.Person(PersonCategory.Staff, WithWhite).At("Black").Drawn(0.07).Decide();

        Assert.Equal(Outcome.Clear, white.Outcome);
        Assert.Equal(Outcome.Search, black.Outcome);
    }

    [Fact]
    public void A_state_rule_applies_at_that_state_and_every_higher_one_in_the_files_order()
    {
        var text = RuleFiles.Replacing(
            "    randomSearchRate: 0.20\n",
            "    randomSearchRate: 0.20\n    rules:\n      - id: black-special-wand-contractors\n        when:\n          category: [Contractor]\n        then:\n          searches: [Wand]\n          reason: \"BlackSpecial: contractors are wanded\"\n");
        var rules = RuleSet.Parse(text, "overlay.rules.yaml");

        Assert.Equal(Outcome.Clear, Gate.Person(PersonCategory.Contractor, rules).At("Black").Decide().Outcome);
        foreach (var state in new[] { "BlackSpecial", "Amber", "Red" })
        {
            var verdict = Gate.Person(PersonCategory.Contractor, rules).At(state).Decide();
            Assert.True(verdict.Has(Searches.Wand), $"the BlackSpecial overlay did not apply at {state}");
            Assert.Contains("black-special-wand-contractors", verdict.FiredRules);
        }
    }

    [Fact]
    public void A_file_without_any_state_is_refused()
    {
        var start = RuleFiles.Default.IndexOf("alertStates:", StringComparison.Ordinal);
        var end = RuleFiles.Default.IndexOf("defaultAlertState:", StringComparison.Ordinal);
        var text = string.Concat(RuleFiles.Default.AsSpan(0, start), "alertStates: []\n\n", RuleFiles.Default.AsSpan(end));

        Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => RuleSet.Parse(text, "none.rules.yaml"));
    }
}
