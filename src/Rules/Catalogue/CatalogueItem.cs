namespace Screening.Rules.Catalogue;

/// <summary>
/// One entry of the prohibited-items catalogue. <see cref="Index"/> is the item's position in
/// its rule set's catalogue; the compiled evaluator addresses items by it.
/// </summary>
public sealed class CatalogueItem
{
    internal CatalogueItem(int index, string id, string name, ItemList list, DetectionMethod detectedBy, bool prohibited)
    {
        Index = index;
        Id = id;
        Name = name;
        List = list;
        DetectedBy = detectedBy;
        ProhibitedEverywhere = prohibited;
        ListLabel = list == ItemList.Local ? "Local" : list.ToString();
    }

    public int Index { get; }

    /// <summary>Kebab-case id used on the wire (`mobile-phone`).</summary>
    public string Id { get; }

    /// <summary>What the officer reads (`Mobile phone`).</summary>
    public string Name { get; }

    public ItemList List { get; }

    /// <summary>`A`, `B`, `C` or `Local`, kept as a string so the decision path never formats.</summary>
    public string ListLabel { get; }

    public DetectionMethod DetectedBy { get; }

    /// <summary>
    /// False for items that only some establishments prohibit (wire-bound notebooks in high security);
    /// an establishment's <c>prohibits</c> list turns them on there.
    /// </summary>
    public bool ProhibitedEverywhere { get; }

    public override string ToString() => Id;
}
