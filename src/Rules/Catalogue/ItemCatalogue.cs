using System.Collections.Frozen;

namespace Screening.Rules.Catalogue;

/// <summary>The items a rule set knows, in file order.</summary>
public sealed class ItemCatalogue
{
    /// <summary>The evaluator keeps per-item sets as 256-bit masks.</summary>
    public const int MaxItems = ItemSet.Capacity;

    private readonly FrozenDictionary<string, CatalogueItem> _byId;

    internal ItemCatalogue(IReadOnlyList<CatalogueItem> items)
    {
        Items = items;
        _byId = items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<CatalogueItem> Items { get; }

    public int Count => Items.Count;

    public CatalogueItem this[int index] => Items[index];

    public bool TryFind(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogueItem? item) =>
        _byId.TryGetValue(id, out item);
}
