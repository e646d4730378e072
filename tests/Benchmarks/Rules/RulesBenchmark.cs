using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using Screening.Rules;
using Screening.Rules.Model;

namespace Screening.Benchmarks.Rules;

/// <summary>
/// Our compiled evaluator against Microsoft's RulesEngine 6.0.1 on the default rule set and the
/// same 10,000 generated cases. One operation is one decision (OperationsPerInvoke), so the
/// Mean column is ns per decision and Allocated is bytes per decision.
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmark
{
    public const int Cases = 10_000;
    public const int Seed = 20261123;

    private RuleSet _ruleSet = null!;
    private ScreeningCase[] _ours = [];
    private RuleParameter[][] _peerInputs = [];
    private RulesEnginePeer _peer = null!;
    private readonly Verdict _verdict = new();

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = RuleSet.LoadDefault();
        var (ours, peer) = GateCases.Generate(_ruleSet, Cases, Seed);
        _ours = ours;
        _peerInputs = [.. peer.Select(RulesEnginePeer.Parameters)];
        _peer = new RulesEnginePeer(_ruleSet);

        // Only compare engines that agree: a fast wrong answer is no answer.
        var disagreements = RulesAgreement.Compare(_ruleSet, _ours, peer, _peer);
        if (disagreements.Count > 0)
        {
            throw new InvalidOperationException($"the engines disagree on {disagreements.Count} cases; first: {disagreements[0]}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int RulesEngine()
    {
        var searched = 0;
        foreach (var input in _peerInputs)
        {
            searched += (int)_peer.Decide(input).Outcome;
        }

        return searched;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int CompiledEvaluator()
    {
        var searched = 0;
        foreach (var screening in _ours)
        {
            _ruleSet.Evaluate(screening, _verdict);
            searched += (int)_verdict.Outcome;
        }

        return searched;
    }
}
