using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.DefaultRules;

/// <summary>
/// The default rule file, one behaviour per test, as the issue lists them. Split by theme into
/// partial files (identity, detector, items, dog, states, limits).
/// </summary>
public sealed partial class DefaultRulesTests
{
    public static TheoryData<PersonCategory> EveryCategory => [.. Enum.GetValues<PersonCategory>()];

    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void Nobody_with_nothing_against_them_is_stopped_at_Black(PersonCategory category)
    {
        var verdict = Gate.Person(category).Aged(40).Decide();

        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Equal(TurnstileCommand.FreeOnce, verdict.Turnstile);
        Assert.Equal(Searches.None, verdict.Searches);
        Assert.Empty(verdict.FiredRules);
        Assert.Empty(verdict.FlaggedItems);
        Assert.False(verdict.NotifySecurity);
    }

    [Fact]
    public void A_case_without_a_state_or_establishment_is_decided_at_the_files_defaults()
    {
        var c = new ScreeningCase(Gate.Default) { Category = PersonCategory.Staff, RandomDraw = Gate.NotSelected };

        var verdict = c.Decide();

        Assert.Equal("Black", verdict.AlertState);
        Assert.Equal("CategoryB", verdict.Establishment);
        Assert.Equal(Outcome.Clear, verdict.Outcome);
    }

    [Fact]
    public void Every_verdict_names_the_rule_set_it_was_decided_by()
    {
        var verdict = Gate.Person(PersonCategory.Visitor).Carrying("mobile-phone").Decide();

        Assert.Equal(Gate.Default.Hash, verdict.RuleSetHash);
        Assert.StartsWith("sha256:", verdict.RuleSetHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fired_rule_gives_the_officer_a_reason()
    {
        var verdict = Gate.Person(PersonCategory.Visitor)
            .Alarming("left-low")
            .Carrying("mobile-phone")
            .DogIndicates()
            .Drawn(0.01)
            .Decide();

        Assert.Contains("metal-detector-alarm", verdict.FiredRules);
        Assert.Contains("list-b-item", verdict.FiredRules);
        Assert.Contains("dog-indication-visitor", verdict.FiredRules);
        Assert.Contains("random-selection", verdict.FiredRules);
        Assert.True(verdict.Reasons.Count >= verdict.FiredRules.Distinct().Count(),
            $"{verdict.FiredRules.Count} rules fired but only {verdict.Reasons.Count} reasons: {string.Join(" | ", verdict.Reasons)}");
        Assert.All(verdict.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r)));
    }

    [Fact]
    public void A_reused_verdict_buffer_forgets_the_previous_person()
    {
        var verdict = new Verdict();
        Gate.Default.Evaluate(Gate.Person(PersonCategory.Visitor).Flagged("lost-card").Carrying("knife").Alarming(), verdict);
        Assert.Equal(Outcome.Refuse, verdict.Outcome);

        Gate.Default.Evaluate(Gate.Person(PersonCategory.Staff), verdict);

        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Equal(TurnstileCommand.FreeOnce, verdict.Turnstile);
        Assert.Equal(Searches.None, verdict.Searches);
        Assert.Equal(0, verdict.FlaggedItems.Length);
        Assert.Equal(0, verdict.Reasons.Length);
        Assert.Equal(0, verdict.FiredRules.Length);
        Assert.False(verdict.NotifySecurity);
        Assert.Equal(VerdictConditions.None, verdict.Conditions);
    }
}
