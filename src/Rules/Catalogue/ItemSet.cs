namespace Screening.Rules.Catalogue;

/// <summary>
/// A set of catalogue items as a fixed 256-bit mask, so a case can carry its authorised items
/// and the evaluator can test membership without allocating.
/// </summary>
public readonly record struct ItemSet
{
    public const int Capacity = 256;

    private readonly ulong _w0, _w1, _w2, _w3;

    private ItemSet(ulong w0, ulong w1, ulong w2, ulong w3) => (_w0, _w1, _w2, _w3) = (w0, w1, w2, w3);

    public static ItemSet Empty => default;

    public bool IsEmpty => (_w0 | _w1 | _w2 | _w3) == 0;

    public bool Contains(int index)
    {
        var word = (index >> 6) switch { 0 => _w0, 1 => _w1, 2 => _w2, _ => _w3 };
        return (word & (1UL << (index & 63))) != 0;
    }

    public bool Contains(CatalogueItem item) => Contains(item.Index);

    public ItemSet With(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity);
        var bit = 1UL << (index & 63);
        return (index >> 6) switch
        {
            0 => new ItemSet(_w0 | bit, _w1, _w2, _w3),
            1 => new ItemSet(_w0, _w1 | bit, _w2, _w3),
            2 => new ItemSet(_w0, _w1, _w2 | bit, _w3),
            _ => new ItemSet(_w0, _w1, _w2, _w3 | bit),
        };
    }

    public ItemSet With(CatalogueItem item) => With(item.Index);
}
