using System.Globalization;
using System.Text;
using RulesEngine.Models;
using Screening.Rules;
using Screening.Rules.Model;
using Screening.Rules.RuleFile;

namespace Screening.Benchmarks.Rules;

/// <summary>
/// The same rule set run by Microsoft's RulesEngine: every rule and limit of our rule file is
/// translated into one RulesEngine lambda expression over <see cref="GateInput"/>. RulesEngine says
/// which rules succeeded; the verdict is then combined from their actions exactly as ours is
/// (strictest outcome, union of searches, limits last), so both produce comparable decisions.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string Workflow = "gate";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, RuleDefinition> _rules;
    private readonly Dictionary<string, LimitDefinition> _limits;

    public RulesEnginePeer(RuleSet ruleSet)
    {
        _rules = ruleSet.Rules.ToDictionary(r => r.Id);
        _limits = ruleSet.Limits.ToDictionary(l => l.Id);
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = [
                .. ruleSet.Rules.Select(r => new Rule { RuleName = r.Id, Expression = Translate(r, ruleSet), RuleExpressionType = RuleExpressionType.LambdaExpression }),
                .. ruleSet.Limits.Select(l => new Rule { RuleName = l.Id, Expression = Conditions(l.When, ruleSet), RuleExpressionType = RuleExpressionType.LambdaExpression }),
            ],
        };

        // The fast settings RulesEngine documents: typed input, no formatted messages, no scoped params, FEC.
        var settings = new ReSettings
        {
            EnableFormattedErrorMessage = false,
            EnableScopedParams = false,
            UseFastExpressionCompiler = true,
            EnableExceptionAsErrorMessage = false,
            AutoRegisterInputType = true,
        };
        _engine = new RulesEngine.RulesEngine([workflow], settings);
    }

    /// <summary>Decides one case: RulesEngine runs the expressions, then the actions are combined.</summary>
    public PeerVerdict Decide(RuleParameter[] input)
    {
        // Synchronous completion is RulesEngine's fast path; only fall back to a Task if it really went async.
        var pending = _engine.ExecuteAllRulesAsync(Workflow, input);
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var outcome = Outcome.Clear;
        var searches = Searches.None;
        var conditions = VerdictConditions.None;
        var notify = false;
        var fired = new List<string>();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            if (!result.IsSuccess || !_rules.TryGetValue(result.Rule.RuleName, out var rule))
            {
                continue;
            }

            var then = rule.Then;
            outcome = then.Outcome > outcome ? then.Outcome : outcome;
            searches |= then.Searches;
            conditions |= then.Conditions;
            notify |= then.NotifySecurity;
            fired.Add(rule.Id);
        }

        foreach (var result in results)
        {
            if (result.IsSuccess && _limits.TryGetValue(result.Rule.RuleName, out var limit) && (searches & limit.Replace) != 0)
            {
                searches = (searches & ~limit.Replace) | limit.With;
                fired.Add(limit.Id);
            }
        }

        if (outcome == Outcome.Clear && searches != Searches.None)
        {
            outcome = Outcome.Search;
        }

        // The gate's merge rule: a refused person has no visit, so a Refuse drops any ClosedVisit.
        if (outcome == Outcome.Refuse)
        {
            conditions &= ~VerdictConditions.ClosedVisit;
        }

        return new PeerVerdict(outcome, searches, conditions, notify, fired);
    }

    public static RuleParameter[] Parameters(GateInput input) => [RuleParameter.Create("input1", input)];

    private static string Translate(RuleDefinition rule, RuleSet ruleSet)
    {
        var parts = new List<string>();
        if (rule.Scope.FromState is { } state)
        {
            parts.Add($"input1.StateLevel >= {state.Level}");
        }

        if (rule.Scope.ShutDownOnly)
        {
            parts.Add("input1.ShutDown");
        }

        parts.Add(Conditions(rule.When, ruleSet));
        if (rule.ForEachItem is { } each)
        {
            var listed = Any(each.Lists.Select(l => $"d.List == \"{(l == Screening.Rules.Catalogue.ItemList.Local ? "Local" : l.ToString())}\"")
                .Concat(each.Items.Select(i => $"d.Item == \"{i.Id}\"")));
            const string prohibited = "(d.List == \"A\" || ((d.ProhibitedEverywhere || input1.EstablishmentProhibits.Contains(d.Item)) && !input1.EstablishmentPermits.Contains(d.Item)))";
            var find = Number((float)ruleSet.FindConfidence);
            var suspect = Number((float)ruleSet.SuspectConfidence);
            var band = each.Confidence switch
            {
                ConfidenceBand.Find => $"d.Confidence >= {find}",
                ConfidenceBand.Suspect => $"d.Confidence >= {suspect} && d.Confidence < {find}",
                _ => $"d.Confidence >= {suspect}",
            };
            var authorised = each.UnlessAuthorised ? " && !input1.AuthorisedItems.Contains(d.Item)" : "";
            parts.Add($"input1.Detections.Any(d => {listed} && {prohibited} && {band}{authorised})");
        }

        return string.Join(" && ", parts);
    }

    private static string Conditions(RuleConditions when, RuleSet ruleSet)
    {
        var parts = new List<string> { "true" };
        if (when.Categories.Count > 0)
        {
            parts.Add(Any(when.Categories.Select(c => $"input1.Category == \"{c}\"")));
        }

        if (when.AgeBelow is { } below)
        {
            parts.Add($"(input1.Age >= 0 && input1.Age < {below})");
        }

        if (when.AgeAtLeast is { } atLeast)
        {
            parts.Add($"input1.Age >= {atLeast}");
        }

        if (when.Establishments.Count > 0)
        {
            parts.Add(Any(when.Establishments.Select(e => $"input1.Establishment == \"{e.Id}\"")));
        }

        parts.AddRange(when.Flags.Select(f => $"input1.Flags.Contains(\"{f.Id}\")"));
        parts.AddRange(when.WithoutFlags.Select(f => $"!input1.Flags.Contains(\"{f.Id}\")"));
        if (when.MetalAlarm is { } alarm)
        {
            parts.Add($"input1.MetalAlarm == {Bool(alarm)}");
        }

        if (when.DogIndication is { } dog)
        {
            parts.Add($"input1.DogIndication == {Bool(dog)}");
        }

        if (when.RandomlySelected is { } selected)
        {
            // Selected when the draw is below the larger of the state's rate and the establishment's minimum.
            const string isSelected = "(input1.StateRate >= 1.0 || input1.EstablishmentMinimumRate >= 1.0 || (input1.HasDraw && (input1.Draw < input1.StateRate || input1.Draw < input1.EstablishmentMinimumRate)))";
            parts.Add(selected ? isSelected : "!" + isSelected);
        }

        _ = ruleSet;
        return string.Join(" && ", parts);
    }

    private static string Any(IEnumerable<string> alternatives) => "(" + string.Join(" || ", alternatives) + ")";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(float value) => ((double)value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Describes the translated workflow, for the README and for checking by eye.</summary>
    public static string Describe(RuleSet ruleSet)
    {
        var text = new StringBuilder();
        foreach (var rule in ruleSet.Rules)
        {
            text.Append(rule.Id).Append(": ").Append(Translate(rule, ruleSet)).Append('\n');
        }

        return text.ToString();
    }
}

public sealed record PeerVerdict(Outcome Outcome, Searches Searches, VerdictConditions Conditions, bool NotifySecurity, IReadOnlyList<string> FiredRules);
