using System.Globalization;
using System.Text;
using Screening.Rules.Contract;
using Screening.Rules.Model;

namespace Screening.Rules.Tests;

/// <summary>
/// The conditions a verdict carries are merged from every rule that fired; a refusal leaves no
/// visit to be closed, so ClosedVisit never survives a Refuse, whichever rule brought it and
/// whichever path decided (precombined person tables, the plain loop, per-item rules).
/// </summary>
public sealed class RuleSetConditionsTests
{
    /// <summary>
    /// A dog indication asks for a closed visit; a named person is refused with the police told; a
    /// knife is refused. <paramref name="fillerFlags"/> person rules on flags of their own make the
    /// precombined tables too big, so the evaluator takes its loop instead.
    /// </summary>
    private static RuleSet Rules(int fillerFlags)
    {
        var yaml = new StringBuilder("""
            schema: 1
            catalogue:
              - { id: knife, name: Knife, list: A }
              - { id: tobacco, name: Tobacco, list: C }
            alertStates:
              - { id: Black, randomSearchRate: 0 }
            flags:
              - { id: named }

            """);
        for (var f = 0; f < fillerFlags; f++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: filler-{f} }}");
        }

        yaml.Append("""
            rules:
              - id: dog-closed-visit
                when: { dogIndication: true }
                then: { searches: [RubDown], conditions: [ClosedVisit], notifySecurity: true, reason: "Dog: closed visit only" }
              - id: named-refused
                when: { flags: [named] }
                then: { outcome: Refuse, conditions: [InformPolice], reason: "Named: refused, police informed" }
              - id: knife-refused
                forEachItem: { items: [knife], unlessAuthorised: false }
                then: { outcome: Refuse, reason: "{item} found: refused" }

            """);
        for (var f = 0; f < fillerFlags; f++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture,
                $"  - {{ id: filler-rule-{f}, when: {{ flags: [filler-{f}] }}, then: {{ searches: [Wand], reason: filler }} }}");
        }

        return RuleSet.Parse(yaml.ToString(), "conditions.rules.yaml");
    }

    private static Verdict Decide(RuleSet rules, string caseJson)
    {
        var verdict = new Verdict();
        rules.Evaluate(CaseReader.Read(caseJson, rules), verdict);
        return verdict;
    }

    [Theory]
    [InlineData(0)] // precombined tables
    [InlineData(12)] // too many combinations: the loop
    public void A_refusal_drops_the_closed_visit_and_keeps_the_police_and_everything_else(int fillerFlags)
    {
        var verdict = Decide(Rules(fillerFlags), """{ "person": { "category": "Visitor", "flags": ["named"] }, "dogIndication": true }""");

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.Equal(VerdictConditions.InformPolice, verdict.Conditions);
        Assert.True(verdict.NotifySecurity);
        Assert.Equal(Searches.RubDown, verdict.Searches);
        Assert.Equal(["dog-closed-visit", "named-refused"], verdict.FiredRules.ToArray());
        Assert.Equal(["Dog: closed visit only", "Named: refused, police informed"], verdict.Reasons.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void A_refusal_by_an_item_rule_drops_the_closed_visit_too(int fillerFlags)
    {
        var verdict = Decide(Rules(fillerFlags),
            """{ "person": { "category": "Visitor" }, "dogIndication": true, "detections": [ { "item": "knife", "confidence": 0.9 } ] }""");

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.Equal(VerdictConditions.None, verdict.Conditions);
        Assert.True(verdict.NotifySecurity);
        Assert.Equal(["dog-closed-visit", "knife-refused"], verdict.FiredRules.ToArray());
        Assert.Contains(verdict.FlaggedItems.ToArray(), f => f.Item.Id == "knife");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Without_a_refusal_the_closed_visit_stays(int fillerFlags)
    {
        var verdict = Decide(Rules(fillerFlags), """{ "person": { "category": "Visitor" }, "dogIndication": true }""");

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Equal(VerdictConditions.ClosedVisit, verdict.Conditions);
    }

    [Fact]
    public void A_reused_verdict_buffer_gets_the_closed_visit_back_after_a_refusal()
    {
        var rules = Rules(0);
        var verdict = new Verdict();

        rules.Evaluate(CaseReader.Read("""{ "person": { "category": "Visitor", "flags": ["named"] }, "dogIndication": true }""", rules), verdict);
        rules.Evaluate(CaseReader.Read("""{ "person": { "category": "Visitor" }, "dogIndication": true }""", rules), verdict);

        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Equal(VerdictConditions.ClosedVisit, verdict.Conditions);
    }
}
