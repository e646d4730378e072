using Screening.Rules.Catalogue;

namespace Screening.Rules.Model;

/// <summary>An item the verdict draws the officer's attention to.</summary>
/// <param name="Item">The catalogue item.</param>
/// <param name="Confidence">The highest detection confidence for the item.</param>
/// <param name="Suspected">True when the image only suggests the item (below the find confidence).</param>
/// <param name="Surrender">True when the item must be handed over (locker) before the person passes.</param>
public readonly record struct FlaggedItem(CatalogueItem Item, float Confidence, bool Suspected, bool Surrender);

/// <summary>
/// The decision for one screening. A verdict is a reusable buffer: the evaluator overwrites it
/// on every call so that deciding allocates nothing. Copy what you keep (see <see cref="ToSnapshot"/>).
/// Written by the thread that calls <see cref="RuleSet.Evaluate"/>; not for sharing across threads.
/// </summary>
public sealed class Verdict
{
    private FlaggedItem[] _flagged = new FlaggedItem[8];
    private string[] _reasons = new string[16];
    private string[] _fired = new string[16];

    public Outcome Outcome { get; private set; }

    public TurnstileCommand Turnstile => Outcome == Outcome.Clear ? TurnstileCommand.FreeOnce : TurnstileCommand.Locked;

    public Searches Searches { get; private set; }

    /// <summary>Merged from every rule that fired; never <see cref="VerdictConditions.ClosedVisit"/> on a Refuse.</summary>
    public VerdictConditions Conditions { get; private set; }

    public bool NotifySecurity { get; private set; }

    /// <summary>True when the random draw selected this person.</summary>
    public bool RandomlySelected { get; private set; }

    /// <summary>The state and establishment the decision was made under (after defaults).</summary>
    public AlertState AlertState { get; private set; } = null!;

    public Establishment Establishment { get; private set; } = null!;

    public string RuleSetHash { get; private set; } = "";

    public int FlaggedCount { get; private set; }

    public int ReasonCount { get; private set; }

    public int FiredCount { get; private set; }

    public ReadOnlySpan<FlaggedItem> FlaggedItems => _flagged.AsSpan(0, FlaggedCount);

    /// <summary>Human reasons, one per fired rule (and item), in rule-file order.</summary>
    public ReadOnlySpan<string> Reasons => _reasons.AsSpan(0, ReasonCount);

    /// <summary>Ids of the rules that fired, each once, in rule-file order.</summary>
    public ReadOnlySpan<string> FiredRules => _fired.AsSpan(0, FiredCount);

    internal void Reset(string hash, AlertState state, Establishment establishment, bool randomlySelected)
    {
        Outcome = Outcome.Clear;
        Searches = Searches.None;
        Conditions = VerdictConditions.None;
        NotifySecurity = false;
        FlaggedCount = 0;
        ReasonCount = 0;
        FiredCount = 0;
        RuleSetHash = hash;
        AlertState = state;
        Establishment = establishment;
        RandomlySelected = randomlySelected;
    }

    /// <summary>Applies a precombined set of fired rules (the first thing written after <see cref="Reset"/>).</summary>
    internal void Apply(Outcome outcome, Searches searches, VerdictConditions conditions, bool notify, string[] fired, string[] reasons)
    {
        Tighten(outcome);
        Searches |= searches;
        Conditions |= conditions;
        NotifySecurity |= notify;
        Append(ref _fired, FiredCount, fired);
        FiredCount += fired.Length;
        Append(ref _reasons, ReasonCount, reasons);
        ReasonCount += reasons.Length;
    }

    private static void Append(ref string[] buffer, int count, string[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        if (count + values.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, count + values.Length));
        }

        values.CopyTo(buffer, count);
    }

    internal void Tighten(Outcome outcome)
    {
        if (outcome > Outcome)
        {
            Outcome = outcome;
        }
    }

    internal void Require(Searches searches) => Searches |= searches;

    internal void Replace(Searches from, Searches to) => Searches = (Searches & ~from) | to;

    internal void Attach(VerdictConditions conditions) => Conditions |= conditions;

    internal void Notify() => NotifySecurity = true;

    /// <summary>Adds a reason unless the same text is already there (two phones give one reason).</summary>
    /// <param name="reason">The text; the same finding always comes as the same string instance.</param>
    /// <param name="unique">The caller knows it cannot be there yet (a rule about the person fires once).</param>
    internal void AddReason(string reason, bool unique)
    {
        for (var i = 0; !unique && i < ReasonCount; i++)
        {
            if (ReferenceEquals(_reasons[i], reason))
            {
                return;
            }
        }

        if (ReasonCount == _reasons.Length)
        {
            Array.Resize(ref _reasons, _reasons.Length * 2); // grows once to the largest case seen, then never again
        }

        _reasons[ReasonCount++] = reason;
    }

    internal void AddFired(string ruleId, bool unique)
    {
        for (var i = 0; !unique && i < FiredCount; i++)
        {
            if (ReferenceEquals(_fired[i], ruleId))
            {
                return;
            }
        }

        if (FiredCount == _fired.Length)
        {
            Array.Resize(ref _fired, _fired.Length * 2);
        }

        _fired[FiredCount++] = ruleId;
    }

    /// <summary>Flags an item, merging with an earlier flag on the same item (highest confidence, strongest finding).</summary>
    internal void Flag(CatalogueItem item, float confidence, bool suspected, bool surrender)
    {
        for (var i = 0; i < FlaggedCount; i++)
        {
            ref var existing = ref _flagged[i];
            if (ReferenceEquals(existing.Item, item))
            {
                existing = new FlaggedItem(
                    item,
                    Math.Max(existing.Confidence, confidence),
                    existing.Suspected && suspected,
                    existing.Surrender || surrender);
                return;
            }
        }

        if (FlaggedCount == _flagged.Length)
        {
            Array.Resize(ref _flagged, _flagged.Length * 2);
        }

        _flagged[FlaggedCount++] = new FlaggedItem(item, confidence, suspected, surrender);
    }

    internal void Complete()
    {
        // Searches imply the person cannot simply walk through.
        if (Outcome == Outcome.Clear && Searches != Searches.None)
        {
            Outcome = Outcome.Search;
        }

        // A refused person has no visit at all, closed or open. One rule may refuse while another
        // (a dog indication) offers a closed visit; the file cannot rule that out, so the merge does.
        // Everything else the rules said (reasons, fired rules, security, police) stays on the record.
        if (Outcome == Outcome.Refuse)
        {
            Conditions &= ~VerdictConditions.ClosedVisit;
        }
    }

    /// <summary>An immutable copy for keeping (the lane's record, the console).</summary>
    public VerdictSnapshot ToSnapshot() => new(
        Outcome,
        Turnstile,
        Searches,
        Conditions,
        NotifySecurity,
        RandomlySelected,
        AlertState.Id,
        Establishment.Id,
        FlaggedItems.ToArray(),
        Reasons.ToArray(),
        FiredRules.ToArray(),
        RuleSetHash);
}

/// <summary>A verdict copied out of the reusable buffer.</summary>
public sealed record VerdictSnapshot(
    Outcome Outcome,
    TurnstileCommand Turnstile,
    Searches Searches,
    VerdictConditions Conditions,
    bool NotifySecurity,
    bool RandomlySelected,
    string AlertState,
    string Establishment,
    IReadOnlyList<FlaggedItem> FlaggedItems,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> FiredRules,
    string RuleSetHash);
