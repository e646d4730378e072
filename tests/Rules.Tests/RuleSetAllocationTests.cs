using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests;

/// <summary>The lane decides in microseconds with no garbage: the compiled evaluator allocates nothing per decision.</summary>
public sealed class RuleSetAllocationTests
{
    private static ScreeningCase[] VariedCases() =>
    [
        Gate.Person(PersonCategory.Staff),
        Gate.Person(PersonCategory.Staff).Flagged("lost-card"),
        Gate.Person(PersonCategory.Visitor).Aged(15).Flagged("intelligence-target").DogIndicates(),
        Gate.Person(PersonCategory.Visitor).Aged(40).DogIndicates().Flagged("intelligence-target"),
        Gate.Person(PersonCategory.Contractor).Alarming("left-low").Carrying("tool").Authorised("tool").Carrying("mobile-phone"),
        Gate.Person(PersonCategory.OfficialVisitor).Flagged("medical-exemption").Alarming("chest").At("Amber"),
        Gate.Person(PersonCategory.Prisoner).DogIndicates().At("Red").Drawn(0.01),
        Gate.Person(PersonCategory.Visitor).Carrying("knife").Carrying("mobile-phone", 0.4f).Carrying("tobacco", 0.1f).In("HighSecurity"),
        Gate.Person(PersonCategory.Visitor).Carrying("wire-bound-notebook").In("HighSecurity").Drawn(null),
        Gate.Person(PersonCategory.Visitor).DuringShutDown().At("BlackSpecial").Drawn(0.15),
        Gate.Person(PersonCategory.Contractor).DuringShutDown().Carrying("firearm", 0.3f),
    ];

    [Fact]
    public void Deciding_allocates_nothing_after_warm_up()
    {
        var cases = VariedCases();
        var verdict = new Verdict();
        foreach (var c in cases)
        {
            Gate.Default.Evaluate(c, verdict);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 2_000; round++)
        {
            foreach (var c in cases)
            {
                Gate.Default.Evaluate(c, verdict);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Reading_the_verdict_allocates_nothing()
    {
        var c = Gate.Person(PersonCategory.Visitor).Carrying("mobile-phone").Alarming();
        var verdict = new Verdict();
        Gate.Default.Evaluate(c, verdict);
        var seen = 0;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Gate.Default.Evaluate(c, verdict);
            seen += verdict.FlaggedItems.Length + verdict.Reasons.Length + verdict.FiredRules.Length + (int)verdict.Turnstile;
            seen += verdict.RuleSetHash.Length;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(seen > 0);
        Assert.Equal(0, allocated);
    }
}
