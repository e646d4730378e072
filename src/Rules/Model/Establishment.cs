using Screening.Rules.Catalogue;

namespace Screening.Rules.Model;

/// <summary>A kind of establishment (CategoryB, HighSecurity, Women's...) and its local additions.</summary>
public sealed class Establishment
{
    internal Establishment(int index, string id, string description, double minimumRandomSearchRate, ItemSet prohibits, ItemSet permits)
    {
        Index = index;
        Id = id;
        Description = description;
        MinimumRandomSearchRate = minimumRandomSearchRate;
        Prohibits = prohibits;
        Permits = permits;
    }

    public int Index { get; }

    public string Id { get; }

    public string Description { get; }

    /// <summary>The random search rate never falls below this here, whatever the state.</summary>
    public double MinimumRandomSearchRate { get; }

    /// <summary>Items prohibited here beyond the catalogue's everywhere-prohibited ones.</summary>
    public ItemSet Prohibits { get; }

    /// <summary>Items the catalogue prohibits everywhere that this establishment allows (never List A).</summary>
    public ItemSet Permits { get; }

    public bool IsProhibited(CatalogueItem item) =>
        (item.ProhibitedEverywhere || Prohibits.Contains(item)) && !Permits.Contains(item);

    public override string ToString() => Id;
}
