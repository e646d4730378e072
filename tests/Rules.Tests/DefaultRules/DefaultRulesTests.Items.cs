using Screening.Rules.Catalogue;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    public static TheoryData<string> ListAItems => [.. Gate.Default.Catalogue.Items.Where(i => i.List == ItemList.A).Select(i => i.Id)];

    public static TheoryData<string> ListBAndCItems =>
        [.. Gate.Default.Catalogue.Items.Where(i => i.List is ItemList.B or ItemList.C).Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(ListAItems))]
    public void A_List_A_find_refuses_entry_and_notifies_security(string item)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying(item, 0.9f).Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.True(verdict.NotifySecurity);
        Assert.True(verdict.Fired("list-a-item"));
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == item && !f.Suspected);
    }

    [Fact]
    public void A_List_A_find_is_refused_even_when_the_person_claims_it_is_authorised()
    {
        var verdict = Gate.Person(PersonCategory.Contractor).Authorised("knife").Carrying("knife").Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.True(verdict.NotifySecurity);
    }

    [Fact]
    public void A_List_A_find_is_refused_for_staff_too()
    {
        var verdict = Gate.Person(PersonCategory.Staff).Carrying("controlled-drugs", 0.6f).Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
    }

    [Theory]
    [MemberData(nameof(ListBAndCItems))]
    public void A_List_B_or_C_find_is_flagged_and_surrendered_to_a_locker(string item)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying(item, 0.8f).Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        var flagged = Assert.Single(verdict.FlaggedItems, f => f.Item.Id == item);
        Assert.True(flagged.Surrender, $"{item} was flagged but not marked for surrender");
        Assert.False(flagged.Suspected);
    }

    [Fact]
    public void A_List_B_find_names_the_item_and_its_list_in_the_reason()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("mobile-phone").Decide();

        Assert.True(verdict.Fired("list-b-item"));
        Assert.Contains(verdict.Reasons, r => r.Contains("Mobile phone", StringComparison.Ordinal) && r.Contains('B', StringComparison.Ordinal));
        Assert.True(verdict.Has(Searches.BagHandSearch));
    }

    [Fact]
    public void A_List_C_find_fires_the_List_C_rule()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("tobacco").Decide();

        Assert.True(verdict.Fired("list-c-item"));
        Assert.Contains(verdict.Reasons, r => r.Contains("Tobacco", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tool", PersonCategory.Contractor)]
    [InlineData("laptop", PersonCategory.OfficialVisitor)]
    [InlineData("mobile-phone", PersonCategory.Staff)]
    [InlineData("prescribed-medication", PersonCategory.Visitor)]
    public void An_item_authorised_for_that_person_is_not_flagged(string item, PersonCategory category)
    {
        var verdict = Gate.Person(category).Authorised(item).Carrying(item).Decide();

        Assert.DoesNotContain(verdict.FlaggedItems, f => f.Item.Id == item);
        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Equal(TurnstileCommand.FreeOnce, verdict.Turnstile);
    }

    [Fact]
    public void An_authorisation_covers_only_the_item_named()
    {
        var verdict = Gate.Person(PersonCategory.Contractor).Authorised("tool").Carrying("tool").Carrying("mobile-phone").Decide();

        Assert.DoesNotContain(verdict.FlaggedItems, f => f.Item.Id == "tool");
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "mobile-phone" && f.Surrender);
        Assert.Equal(Outcome.Search, verdict.Outcome);
    }

    [Fact]
    public void A_local_list_find_is_surrendered_too()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("chewing-gum").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "chewing-gum" && f.Surrender);
    }

    [Theory]
    [InlineData("mobile-phone", 0.25f)]
    [InlineData("mobile-phone", 0.59f)]
    [InlineData("tobacco", 0.4f)]
    [InlineData("knife", 0.3f)]
    [InlineData("firearm", 0.59f)]
    public void A_suspected_item_is_rescanned_and_hand_searched_and_never_cleared(string item, float confidence)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying(item, confidence).Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.XrayRescan));
        Assert.True(verdict.Has(Searches.BagHandSearch));
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == item && f.Suspected);
    }

    [Fact]
    public void A_suspected_List_A_item_tells_security_but_does_not_refuse()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("explosives", 0.4f).Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.NotifySecurity);
        Assert.True(verdict.Fired("list-a-suspected"));
    }

    [Theory]
    [InlineData("knife")]
    [InlineData("mobile-phone")]
    [InlineData("tobacco")]
    public void A_detection_below_the_noise_floor_decides_nothing(string item)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying(item, 0.24f).Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Empty(verdict.FlaggedItems);
    }

    [Fact]
    public void A_detection_at_the_find_threshold_is_a_find()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("knife", 0.60f).Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "knife" && !f.Suspected);
    }

    [Fact]
    public void Wire_bound_notebooks_are_flagged_in_high_security()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).In("HighSecurity").Carrying("wire-bound-notebook").Drawn(0.99).Decide();

        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "wire-bound-notebook");
    }

    [Fact]
    public void Wire_bound_notebooks_pass_at_a_category_B_prison()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).In("CategoryB").Carrying("wire-bound-notebook").Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Empty(verdict.FlaggedItems);
    }

    [Fact]
    public void Two_items_in_one_bag_are_both_flagged()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("mobile-phone").Carrying("alcohol").Decide();

        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "mobile-phone");
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "alcohol");
    }

    [Fact]
    public void A_List_A_find_outranks_a_List_B_find_in_the_same_bag()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("mobile-phone").Carrying("firearm").Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "mobile-phone");
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "firearm");
    }
}
