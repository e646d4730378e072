using Screening.Rules;
using Screening.Rules.Model;

namespace Screening.Benchmarks.Rules;

/// <summary>
/// Checks that our evaluator and the RulesEngine translation decide every case alike (outcome,
/// searches, conditions, security notice and the set of fired rules). Run before the benchmark,
/// and on its own by `rules-agree`, so the speed figures compare two engines giving the same answers.
/// </summary>
public static class RulesAgreement
{
    public static List<string> Compare(RuleSet ruleSet, ScreeningCase[] ours, GateInput[] peerInputs, RulesEnginePeer peer)
    {
        var disagreements = new List<string>();
        var verdict = new Verdict();
        for (var i = 0; i < ours.Length; i++)
        {
            ruleSet.Evaluate(ours[i], verdict);
            var theirs = peer.Decide(RulesEnginePeer.Parameters(peerInputs[i]));
            var ourFired = verdict.FiredRules.ToArray().Order(StringComparer.Ordinal);
            var theirFired = theirs.FiredRules.Order(StringComparer.Ordinal);
            if (verdict.Outcome != theirs.Outcome || verdict.Searches != theirs.Searches || verdict.Conditions != theirs.Conditions
                || verdict.NotifySecurity != theirs.NotifySecurity || !ourFired.SequenceEqual(theirFired))
            {
                disagreements.Add($"case {i}: ours {verdict.Outcome} {verdict.Searches} [{string.Join(",", ourFired)}], " +
                    $"RulesEngine {theirs.Outcome} {theirs.Searches} [{string.Join(",", theirFired)}]");
            }
        }

        return disagreements;
    }

    /// <summary>`rules-agree [count]`: prints the outcome mix and any disagreement; exit 1 if any.</summary>
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : RulesBenchmark.Cases;
        var ruleSet = RuleSet.LoadDefault();
        var (ours, peerInputs) = GateCases.Generate(ruleSet, count, RulesBenchmark.Seed);
        var peer = new RulesEnginePeer(ruleSet);
        var disagreements = Compare(ruleSet, ours, peerInputs, peer);

        var verdict = new Verdict();
        var outcomes = new Dictionary<Outcome, int>();
        var fired = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var screening in ours)
        {
            ruleSet.Evaluate(screening, verdict);
            outcomes[verdict.Outcome] = outcomes.GetValueOrDefault(verdict.Outcome) + 1;
            foreach (var id in verdict.FiredRules)
            {
                fired[id] = fired.GetValueOrDefault(id) + 1;
            }
        }

        Console.WriteLine($"{count} generated cases (seed {RulesBenchmark.Seed}), rule set {ruleSet.Hash}");
        Console.WriteLine("outcomes: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        foreach (var rule in ruleSet.Rules.Select(r => r.Id).Concat(ruleSet.Limits.Select(l => l.Id)))
        {
            Console.WriteLine($"  {rule,-40} fired {fired.GetValueOrDefault(rule),6}");
        }

        foreach (var d in disagreements.Take(20))
        {
            Console.WriteLine("DISAGREE " + d);
        }

        Console.WriteLine(disagreements.Count == 0
            ? $"rules-agree: our evaluator and RulesEngine agree on all {count} cases"
            : $"rules-agree: {disagreements.Count} of {count} cases differ");
        return disagreements.Count == 0 ? 0 : 1;
    }
}
