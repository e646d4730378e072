using Screening.Rules.Catalogue;

namespace Screening.Rules.Model;

/// <summary>One x-ray detection attached to a screening: an item from the catalogue and how sure the analyser is.</summary>
public readonly record struct Detection(CatalogueItem Item, float Confidence);

/// <summary>
/// Everything the rules decide from, for one person in the lane (DESIGN.md's decision contract).
/// Built against one <see cref="RuleSet"/> (its items, flags, states and establishments); the
/// evaluator refuses a case built against another.
/// </summary>
public sealed class ScreeningCase
{
    public ScreeningCase(RuleSet ruleSet) => RuleSet = ruleSet;

    public RuleSet RuleSet { get; }

    public PersonCategory Category { get; set; }

    /// <summary>Not part of the decision; carried so a verdict can be traced to the person.</summary>
    public string? Reference { get; set; }

    /// <summary>Known age in whole years, or null when not recorded.</summary>
    public int? AgeYears { get; set; }

    /// <summary>Null means the rule set's default establishment.</summary>
    public Establishment? Establishment { get; set; }

    /// <summary>Null means the rule set's default (lowest) state.</summary>
    public AlertState? AlertState { get; set; }

    public bool ShutDown { get; set; }

    public PersonFlags Flags { get; set; }

    public ItemSet AuthorisedItems { get; set; }

    public bool MetalAlarm { get; set; }

    public IReadOnlyList<string> MetalZones { get; set; } = [];

    public Detection[] Detections { get; set; } = [];

    public bool DogIndication { get; set; }

    /// <summary>The lane's random number in [0, 1) for selection; null when no draw was made.</summary>
    public double? RandomDraw { get; set; }
}
