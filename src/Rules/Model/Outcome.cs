namespace Screening.Rules.Model;

/// <summary>What the lane does with the person. Ordered: a later value is stricter.</summary>
public enum Outcome
{
    /// <summary>Nothing to do: the turnstile frees one passage.</summary>
    Clear,

    /// <summary>Searches are required; the turnstile stays locked until the officer records the outcome.</summary>
    Search,

    /// <summary>Entry refused; the turnstile stays locked.</summary>
    Refuse,
}

/// <summary>What the verdict tells the turnstile.</summary>
public enum TurnstileCommand
{
    Locked,
    FreeOnce,
}

/// <summary>Conditions attached to a verdict beyond searches.</summary>
[Flags]
public enum VerdictConditions : byte
{
    None = 0,

    /// <summary>The visit may only go ahead as a closed (non-contact) visit.</summary>
    ClosedVisit = 1,

    /// <summary>The police are to be called.</summary>
    InformPolice = 2,
}

public static class VerdictConditionsExtensions
{
    public static ReadOnlySpan<VerdictConditions> All => [VerdictConditions.ClosedVisit, VerdictConditions.InformPolice];

    public static string Name(this VerdictConditions one) => one switch
    {
        VerdictConditions.ClosedVisit => "ClosedVisit",
        VerdictConditions.InformPolice => "InformPolice",
        _ => throw new ArgumentOutOfRangeException(nameof(one), one, "not a one condition"),
    };

    public static bool TryParse(string name, out VerdictConditions one)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.Name(), name, StringComparison.Ordinal))
            {
                one = c;
                return true;
            }
        }

        one = VerdictConditions.None;
        return false;
    }
}
