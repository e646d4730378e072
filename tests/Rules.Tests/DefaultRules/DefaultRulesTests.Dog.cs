using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    [Fact]
    public void A_dog_indication_on_a_visitor_never_clears()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().Decide();

        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.True(verdict.NotifySecurity);
    }

    [Fact]
    public void A_dog_indication_on_a_visitor_is_searched_and_allowed_a_closed_visit_only()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Conditions.HasFlag(VerdictConditions.ClosedVisit));
        Assert.True(verdict.Fired("dog-indication-visitor"));
    }

    [Fact]
    public void A_dog_indication_on_a_visitor_named_by_intelligence_is_refused_and_the_police_informed()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().Flagged("intelligence-target").Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.True(verdict.Conditions.HasFlag(VerdictConditions.InformPolice));
        Assert.True(verdict.NotifySecurity);
    }

    [Fact]
    public void A_visitor_the_dog_indicates_on_during_a_shut_down_is_refused_with_no_closed_visit()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().DuringShutDown().Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.False(verdict.Conditions.HasFlag(VerdictConditions.ClosedVisit), "a refused visitor was offered a closed visit");
        Assert.True(verdict.NotifySecurity);
        Assert.True(verdict.Fired("shut-down-visitors-refused"));
        Assert.True(verdict.Fired("dog-indication-visitor"));
        Assert.Equal(2, verdict.Reasons.Count);
    }

    [Fact]
    public void A_visitor_the_dog_indicates_on_with_a_lost_card_is_refused_with_no_closed_visit()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().Flagged("lost-card").Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.False(verdict.Conditions.HasFlag(VerdictConditions.ClosedVisit), "a refused visitor was offered a closed visit");
        Assert.True(verdict.NotifySecurity);
        Assert.True(verdict.Fired("lost-card"));
        Assert.True(verdict.Fired("dog-indication-visitor"));
        Assert.True(verdict.Has(Searches.RubDown | Searches.BagHandSearch));
    }

    [Fact]
    public void A_visitor_the_dog_indicates_on_with_a_List_A_find_is_refused_with_no_closed_visit()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(30).DogIndicates().Carrying("controlled-drugs", 0.9f).Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.False(verdict.Conditions.HasFlag(VerdictConditions.ClosedVisit), "a refused visitor was offered a closed visit");
        Assert.True(verdict.Fired("list-a-item"));
        Assert.True(verdict.Fired("dog-indication-visitor"));
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "controlled-drugs");
    }

    [Fact]
    public void A_dog_indication_on_a_child_visitor_never_clears_either()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(12).DogIndicates().Decide();

        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
        Assert.False(verdict.Has(Searches.FullSearch));
    }

    [Theory]
    [InlineData(PersonCategory.Staff)]
    [InlineData(PersonCategory.Contractor)]
    [InlineData(PersonCategory.OfficialVisitor)]
    [InlineData(PersonCategory.Prisoner)]
    public void A_dog_indication_on_anyone_else_is_searched_and_reported(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(30).DogIndicates().Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.NotifySecurity);
    }

    [Fact]
    public void A_dog_indication_on_a_returning_prisoner_means_a_full_search()
    {
        var verdict = Gate.Person(PersonCategory.Prisoner).Aged(30).DogIndicates().Decide();

        Assert.True(verdict.Has(Searches.FullSearch));
    }

    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void An_intelligence_target_is_full_searched_and_security_told(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(30).Flagged("intelligence-target").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.FullSearch));
        Assert.True(verdict.Has(Searches.BagHandSearch));
        Assert.True(verdict.NotifySecurity);
        Assert.True(verdict.Fired("intelligence-target"));
    }
}
