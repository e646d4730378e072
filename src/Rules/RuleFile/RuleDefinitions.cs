using Screening.Rules.Catalogue;
using Screening.Rules.Model;

namespace Screening.Rules.RuleFile;

// The rule file as parsed and validated, before compilation. Public and immutable so that tools
// (the benchmark's translation to another engine, the console's rule viewer) can read what the
// compiled evaluator decides from. Ids are resolved; line numbers are kept for messages.

/// <summary>Which detections a per-item rule looks at.</summary>
public enum ConfidenceBand
{
    /// <summary>At or above the find confidence: treated as the item being there.</summary>
    Find,

    /// <summary>At or above the suspect confidence but below the find confidence: the image is ambiguous.</summary>
    Suspect,

    /// <summary>At or above the suspect confidence.</summary>
    Any,
}

/// <summary>The conditions of a rule or limit; an absent condition always holds.</summary>
public sealed record RuleConditions(
    IReadOnlyList<PersonCategory> Categories,
    int? AgeBelow,
    int? AgeAtLeast,
    IReadOnlyList<Establishment> Establishments,
    IReadOnlyList<PersonFlag> Flags,
    IReadOnlyList<PersonFlag> WithoutFlags,
    bool? MetalAlarm,
    bool? DogIndication,
    bool? RandomlySelected);

/// <summary>Makes a rule fire once per matching x-ray detection.</summary>
public sealed record ItemCondition(
    IReadOnlyList<ItemList> Lists,
    IReadOnlyList<CatalogueItem> Items,
    ConfidenceBand Confidence,
    bool UnlessAuthorised);

/// <summary>What a rule does when it fires.</summary>
public sealed record RuleActions(
    Outcome Outcome,
    Searches Searches,
    bool NotifySecurity,
    bool Surrender,
    VerdictConditions Conditions,
    string Reason);

/// <summary>Where a rule applies: always, from an alert state upward, or during a shut-down.</summary>
public sealed record RuleScope(AlertState? FromState, bool ShutDownOnly)
{
    public static RuleScope Always { get; } = new(null, false);
}

public sealed record RuleDefinition(
    string Id,
    int Line,
    RuleScope Scope,
    RuleConditions When,
    ItemCondition? ForEachItem,
    RuleActions Then);

/// <summary>A limit replaces a search that must never be done on some people (FullSearch on a child).</summary>
public sealed record LimitDefinition(
    string Id,
    int Line,
    RuleConditions When,
    Searches Replace,
    Searches With,
    string Reason);
