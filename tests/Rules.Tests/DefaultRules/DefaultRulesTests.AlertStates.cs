using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    [Fact]
    public void The_default_states_are_Black_BlackSpecial_Amber_Red_lowest_first()
    {
        Assert.Equal(["Black", "BlackSpecial", "Amber", "Red"], Gate.Default.AlertStates.Select(s => s.Id));
    }

    [Fact]
    public void Raising_the_state_never_lowers_the_random_search_rate()
    {
        var rates = Gate.Default.AlertStates.Select(s => s.RandomSearchRate).ToArray();

        Assert.Equal([0.10, 0.20, 0.40, 0.40], rates);
    }

    [Theory]
    [InlineData("Black", 0.09, true)]
    [InlineData("Black", 0.11, false)]
    [InlineData("BlackSpecial", 0.15, true)]
    [InlineData("BlackSpecial", 0.21, false)]
    [InlineData("Amber", 0.39, true)]
    [InlineData("Amber", 0.41, false)]
    [InlineData("Red", 0.39, true)]
    [InlineData("Red", 0.41, false)]
    public void Random_selection_follows_the_states_rate(string state, double draw, bool selected)
    {
        var verdict = Gate.Person(PersonCategory.Staff).At(state).Drawn(draw).Decide();

        Assert.Equal(selected, verdict.RandomlySelected);
        Assert.Equal(selected, verdict.Fired("random-selection"));
    }

    [Fact]
    public void A_randomly_selected_person_is_rub_down_searched_with_their_bag()
    {
        var verdict = Gate.Person(PersonCategory.Staff).Drawn(0.0).Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Has(Searches.BagHandSearch));
        Assert.True(verdict.RandomlySelected);
    }

    [Fact]
    public void A_draw_the_state_selects_is_not_selected_one_state_lower()
    {
        var blackSpecial = Gate.Person(PersonCategory.Staff).At("BlackSpecial").Drawn(0.15).Decide();
        var black = Gate.Person(PersonCategory.Staff).At("Black").Drawn(0.15).Decide();

        Assert.Equal(Outcome.Search, blackSpecial.Outcome);
        Assert.Equal(Outcome.Clear, black.Outcome);
    }

    [Fact]
    public void High_security_searches_at_least_one_in_four_at_random_even_at_Black()
    {
        var highSecurity = Gate.Person(PersonCategory.Staff).In("HighSecurity").Drawn(0.2).Decide();
        var categoryB = Gate.Person(PersonCategory.Staff).In("CategoryB").Drawn(0.2).Decide();

        Assert.True(highSecurity.RandomlySelected);
        Assert.False(categoryB.RandomlySelected);
    }

    [Theory]
    [InlineData(PersonCategory.Visitor)]
    [InlineData(PersonCategory.OfficialVisitor)]
    [InlineData(PersonCategory.Contractor)]
    public void At_Amber_visitors_and_contractors_are_rub_down_searched_and_their_bags_hand_searched(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).At("Amber").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Has(Searches.BagHandSearch));
        Assert.True(verdict.Fired("amber-search-non-staff"));
    }

    [Theory]
    [InlineData(PersonCategory.Staff)]
    [InlineData(PersonCategory.Prisoner)]
    public void At_Amber_staff_and_prisoners_not_selected_at_random_pass(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).At("Amber").Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
    }

    [Theory]
    [InlineData("Black")]
    [InlineData("BlackSpecial")]
    public void Below_Amber_visitors_not_selected_at_random_pass(string state)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(40).At(state).Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
    }

    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void At_Red_every_person_is_rub_down_searched_and_every_bag_hand_searched(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).At("Red").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Has(Searches.BagHandSearch));
        Assert.True(verdict.Fired("red-search-everyone"));
    }

    [Fact]
    public void At_Red_the_Amber_overlay_still_applies()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(40).At("Red").Decide();

        Assert.True(verdict.Fired("amber-search-non-staff"));
    }

    [Theory]
    [InlineData(PersonCategory.Visitor)]
    [InlineData(PersonCategory.OfficialVisitor)]
    public void In_a_shut_down_visitors_are_refused(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).DuringShutDown().Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.True(verdict.Fired("shut-down-visitors-refused"));
    }

    [Fact]
    public void In_a_shut_down_contractors_are_searched_every_time()
    {
        var verdict = Gate.Person(PersonCategory.Contractor).Aged(40).DuringShutDown().Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Has(Searches.BagHandSearch));
    }

    [Theory]
    [InlineData(PersonCategory.Staff)]
    [InlineData(PersonCategory.Prisoner)]
    public void In_a_shut_down_staff_and_prisoners_still_come_in(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).DuringShutDown().Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
    }

    [Fact]
    public void Shut_down_rules_do_not_apply_when_the_prison_is_not_shut_down()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(40).At("Red").Decide();

        Assert.DoesNotContain(verdict.FiredRules, r => r.StartsWith("shut-down", StringComparison.Ordinal));
        Assert.NotEqual(Outcome.Refuse, verdict.Outcome);
    }
}
