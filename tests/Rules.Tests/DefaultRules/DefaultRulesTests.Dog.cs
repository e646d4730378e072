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
