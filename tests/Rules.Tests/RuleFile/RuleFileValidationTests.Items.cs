using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed partial class RuleFileValidationTests
{
    // The List A find rule's item condition, to loosen one way at a time.
    private const string ListAFind = "      lists: [A]\n      confidence: find\n      unlessAuthorised: false\n";

    [Fact]
    public void A_List_A_rule_that_lets_an_authorisation_through_is_refused()
    {
        var text = RuleFiles.Replacing(ListAFind, "      lists: [A]\n      confidence: find\n      unlessAuthorised: true\n");

        RefusedAt(text, RuleFiles.LineOf(text, "unlessAuthorised: true"), "List A", "unlessAuthorised");
    }

    [Fact]
    public void A_List_A_rule_left_at_the_default_authorisation_is_refused()
    {
        // unlessAuthorised defaults to true, so saying nothing lets an authorised firearm through.
        var text = RuleFiles.Replacing(ListAFind, "      lists: [A]\n      confidence: find\n");

        RefusedAt(text, RuleFiles.LineOf(text, "      lists: [A]\n      confidence: find\n"), "List A", "unlessAuthorised");
    }

    [Fact]
    public void A_rule_naming_a_List_A_item_among_others_that_allows_authorisation_is_refused()
    {
        var text = RuleFiles.Replacing("      lists: [B]\n      confidence: find\n", "      lists: [B]\n      items: [mobile-phone, firearm]\n      confidence: find\n");

        RefusedAt(text, RuleFiles.LineOf(text, "items: [mobile-phone, firearm]"), "firearm", "List A");
    }

    [Fact]
    public void A_rule_adding_List_A_to_other_lists_that_allows_authorisation_is_refused()
    {
        var text = RuleFiles.Replacing("      lists: [B]\n      confidence: find\n", "      lists: [B, A]\n      confidence: find\n");

        RefusedAt(text, RuleFiles.LineOf(text, "lists: [B, A]"), "List A");
    }

    [Fact]
    public void A_rule_on_List_A_items_that_ignores_authorisations_loads()
    {
        var text = RuleFiles.Replacing("      lists: [B]\n      confidence: find\n", "      lists: [B]\n      items: [firearm]\n      confidence: find\n      unlessAuthorised: false\n");

        var rules = RuleSet.Parse(text, Source);

        Assert.Contains(rules.Rules, r => r.Id == "list-b-item" && r.ForEachItem is { UnlessAuthorised: false });
    }
}
