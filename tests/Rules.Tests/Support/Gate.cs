using Screening.Rules.Catalogue;
using Screening.Rules.Model;

namespace Screening.Rules.Tests.Support;

/// <summary>
/// The default rule set and short ways to describe a person at the gate, so each test reads as
/// the situation an officer would describe ("a visitor at Amber with a phone in her bag").
/// </summary>
internal static class Gate
{
    /// <summary>A draw that no rate in the default file selects: random selection stays out of the way.</summary>
    public const double NotSelected = 0.99;

    public static RuleSet Default { get; } = RuleSet.LoadDefault();

    public static ScreeningCase Person(PersonCategory category, RuleSet? rules = null)
    {
        var ruleSet = rules ?? Default;
        return new ScreeningCase(ruleSet)
        {
            Category = category,
            AlertState = State("Black", ruleSet),
            Establishment = Establishment("CategoryB", ruleSet),
            RandomDraw = NotSelected,
        };
    }

    public static AlertState State(string id, RuleSet? rules = null) =>
        (rules ?? Default).TryFindAlertState(id, out var state) ? state : throw new ArgumentException($"no state {id}");

    public static Establishment Establishment(string id, RuleSet? rules = null) =>
        (rules ?? Default).TryFindEstablishment(id, out var e) ? e : throw new ArgumentException($"no establishment {id}");

    public static PersonFlag Flag(string id, RuleSet? rules = null) =>
        (rules ?? Default).TryFindFlag(id, out var flag) ? flag : throw new ArgumentException($"no flag {id}");

    public static CatalogueItem Item(string id, RuleSet? rules = null) =>
        (rules ?? Default).Catalogue.TryFind(id, out var item) ? item : throw new ArgumentException($"no item {id}");

    public static ScreeningCase At(this ScreeningCase c, string state)
    {
        c.AlertState = State(state, c.RuleSet);
        return c;
    }

    public static ScreeningCase In(this ScreeningCase c, string establishment)
    {
        c.Establishment = Establishment(establishment, c.RuleSet);
        return c;
    }

    public static ScreeningCase Flagged(this ScreeningCase c, string flag)
    {
        c.Flags = c.Flags.With(Flag(flag, c.RuleSet));
        return c;
    }

    public static ScreeningCase Authorised(this ScreeningCase c, string item)
    {
        c.AuthorisedItems = c.AuthorisedItems.With(Item(item, c.RuleSet));
        return c;
    }

    public static ScreeningCase Carrying(this ScreeningCase c, string item, float confidence = 0.93f)
    {
        c.Detections = [.. c.Detections, new Detection(Item(item, c.RuleSet), confidence)];
        return c;
    }

    public static ScreeningCase Aged(this ScreeningCase c, int years)
    {
        c.AgeYears = years;
        return c;
    }

    public static ScreeningCase Alarming(this ScreeningCase c, params string[] zones)
    {
        c.MetalAlarm = true;
        c.MetalZones = zones;
        return c;
    }

    public static ScreeningCase DogIndicates(this ScreeningCase c)
    {
        c.DogIndication = true;
        return c;
    }

    public static ScreeningCase Drawn(this ScreeningCase c, double? draw)
    {
        c.RandomDraw = draw;
        return c;
    }

    public static ScreeningCase DuringShutDown(this ScreeningCase c)
    {
        c.ShutDown = true;
        return c;
    }

    /// <summary>Decides with a fresh buffer and keeps a copy of the verdict.</summary>
    public static VerdictSnapshot Decide(this ScreeningCase c)
    {
        var verdict = new Verdict();
        c.RuleSet.Evaluate(c, verdict);
        return verdict.ToSnapshot();
    }

    public static bool Has(this VerdictSnapshot v, Searches search) => (v.Searches & search) == search;

    public static bool Fired(this VerdictSnapshot v, string ruleId) => v.FiredRules.Contains(ruleId);
}
