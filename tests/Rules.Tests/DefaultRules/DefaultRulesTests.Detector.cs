using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

public sealed partial class DefaultRulesTests
{
    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void Every_metal_detector_alarm_needs_a_search_before_the_person_passes(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).Alarming("left-low").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.True(verdict.Fired("metal-detector-alarm"));
    }

    [Fact]
    public void A_metal_detector_alarm_is_resolved_with_the_wand_and_a_rub_down()
    {
        var verdict = Gate.Person(PersonCategory.Contractor).Alarming("right-high").Decide();

        Assert.True(verdict.Has(Searches.Wand));
        Assert.True(verdict.Has(Searches.RubDown));
    }

    [Fact]
    public void A_metal_detector_alarm_without_zones_still_needs_a_search()
    {
        var verdict = Gate.Person(PersonCategory.Staff).Alarming().Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
    }

    [Fact]
    public void A_medical_exemption_gets_wand_and_rub_down_instead_of_the_arch()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Flagged("medical-exemption").Decide();

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.True(verdict.Has(Searches.Wand));
        Assert.True(verdict.Has(Searches.RubDown));
        Assert.True(verdict.Fired("medical-exemption"));
    }

    [Fact]
    public void A_medical_exemption_ignores_the_detector_result()
    {
        var withAlarm = Gate.Person(PersonCategory.Staff).Flagged("medical-exemption").Alarming("chest").Decide();
        var withoutAlarm = Gate.Person(PersonCategory.Staff).Flagged("medical-exemption").Decide();

        Assert.False(withAlarm.Fired("metal-detector-alarm"), "the alarm of someone who did not walk the arch was used");
        Assert.Equal(withoutAlarm.Outcome, withAlarm.Outcome);
        Assert.Equal(withoutAlarm.Searches, withAlarm.Searches);
        Assert.Equal(withoutAlarm.FiredRules, withAlarm.FiredRules);
    }
}
