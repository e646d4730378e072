using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Catalogue;

/// <summary>An establishment adds items of its own and prohibits more than the base catalogue.</summary>
public sealed class LocalItemsTests
{
    [Fact]
    public void An_establishment_can_prohibit_an_item_that_is_allowed_elsewhere()
    {
        var text = RuleFiles.Default.Replace(
            "  - id: CategoryD\n    description: Open prison.\n",
            "  - id: CategoryD\n    description: Open prison.\n    prohibits: [wire-bound-notebook]\n",
            StringComparison.Ordinal);
        Assert.NotEqual(RuleFiles.Default, text);
        var rules = RuleSet.Parse(text, "local.rules.yaml");

        var open = Gate.Person(PersonCategory.Visitor, rules).In("CategoryD").Carrying("wire-bound-notebook").Decide();
        var categoryB = Gate.Person(PersonCategory.Visitor, rules).In("CategoryB").Carrying("wire-bound-notebook").Decide();

        Assert.Equal(Outcome.Search, open.Outcome);
        Assert.Contains(open.FlaggedItems, f => f.Item.Id == "wire-bound-notebook");
        Assert.Equal(Outcome.Clear, categoryB.Outcome);
    }

    [Fact]
    public void An_establishment_can_add_a_local_item_to_the_catalogue()
    {
        var text = RuleFiles.Default.Replace(
            "  - id: Women\n    description: Women's prison.\n",
            "  - id: Women\n    description: Women's prison.\n    localItems:\n      - { id: hair-dye, name: Hair dye, list: Local, detectedBy: [Xray] }\n",
            StringComparison.Ordinal);
        Assert.NotEqual(RuleFiles.Default, text);
        var rules = RuleSet.Parse(text, "local.rules.yaml");

        Assert.True(rules.Catalogue.TryFind("hair-dye", out var dye));
        var women = Gate.Person(PersonCategory.Visitor, rules).In("Women").Carrying("hair-dye").Decide();
        var local = Gate.Person(PersonCategory.Visitor, rules).In("Local").Carrying("hair-dye").Decide();

        Assert.Contains(women.FlaggedItems, f => f.Item == dye);
        Assert.Equal(Outcome.Search, women.Outcome);
        Assert.Equal(Outcome.Clear, local.Outcome);
    }
}
