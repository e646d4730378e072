namespace Screening.Rules.Model;

/// <summary>
/// A person flag known to the rule set (`lost-card`, `medical-exemption`, `intelligence-target`...).
/// Each has a bit in <see cref="PersonFlags"/>.
/// </summary>
public sealed class PersonFlag
{
    internal PersonFlag(int bit, string id, string description)
    {
        Bit = bit;
        Id = id;
        Description = description;
    }

    public int Bit { get; }

    public string Id { get; }

    public string Description { get; }

    public override string ToString() => Id;
}

/// <summary>The flags on one person, as a 64-bit mask over the rule set's <see cref="PersonFlag"/>s.</summary>
public readonly record struct PersonFlags(ulong Mask)
{
    public const int Capacity = 64;

    public static PersonFlags None => default;

    public bool Has(PersonFlag flag) => (Mask & (1UL << flag.Bit)) != 0;

    public PersonFlags With(PersonFlag flag) => new(Mask | (1UL << flag.Bit));
}
