using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void A_reported_lost_card_never_opens_the_turnstile(PersonCategory category)
    {
        var verdict = Gate.Person(category).Flagged("lost-card").Decide();

        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.True(verdict.Fired("lost-card"));
    }

    [Fact]
    public void A_reported_lost_card_tells_security()
    {
        var verdict = Gate.Person(PersonCategory.Staff).Flagged("lost-card").Decide();

        Assert.True(verdict.NotifySecurity);
        Assert.NotEmpty(verdict.Reasons);
    }

    [Fact]
    public void A_reported_lost_card_stays_locked_whatever_else_is_true_of_the_holder()
    {
        var verdict = Gate.Person(PersonCategory.Staff)
            .Flagged("lost-card")
            .Flagged("medical-exemption")
            .Authorised("tool")
            .In("CategoryD")
            .Drawn(Gate.NotSelected)
            .Decide();

        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
    }
}
