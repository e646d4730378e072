using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(17)]
    public void A_visitor_under_18_is_never_full_searched(int age)
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(age).Flagged("intelligence-target").DogIndicates().At("Red").Decide();

        Assert.False(verdict.Has(Searches.FullSearch), $"a {age}-year-old visitor was full searched");
        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
    }

    [Fact]
    public void A_visitor_under_18_is_rub_down_searched_instead_of_full_searched()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(16).Flagged("intelligence-target").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Fired("under-18-never-full-search"));
        Assert.Contains(verdict.Reasons, r => r.Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visitor_of_18_can_be_full_searched()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Aged(18).Flagged("intelligence-target").Decide();

        Assert.True(verdict.Has(Searches.FullSearch));
    }

    [Fact]
    public void A_prisoner_under_18_is_not_covered_by_the_visitor_limit()
    {
        var verdict = Gate.Person(PersonCategory.Prisoner).Aged(17).DogIndicates().Decide();

        Assert.True(verdict.Has(Searches.FullSearch));
    }
}
