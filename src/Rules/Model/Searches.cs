namespace Screening.Rules.Model;

/// <summary>
/// The searches a verdict can require, as a set. The declaration order is the order the officer
/// sees them in and the order they are written in a verdict.
/// </summary>
[Flags]
public enum Searches : byte
{
    None = 0,
    RubDown = 1,
    Wand = 2,
    BagHandSearch = 4,
    XrayRescan = 8,
    Dog = 16,
    FullSearch = 32,
}

public static class SearchesExtensions
{
    /// <summary>Every one search, in display order.</summary>
    public static ReadOnlySpan<Searches> All =>
        [Searches.RubDown, Searches.Wand, Searches.BagHandSearch, Searches.XrayRescan, Searches.Dog, Searches.FullSearch];

    public static bool Has(this Searches set, Searches search) => (set & search) == search;

    /// <summary>Wire names; a table rather than ToString so the decision path never allocates.</summary>
    public static string Name(this Searches one) => one switch
    {
        Searches.RubDown => "RubDown",
        Searches.Wand => "Wand",
        Searches.BagHandSearch => "BagHandSearch",
        Searches.XrayRescan => "XrayRescan",
        Searches.Dog => "Dog",
        Searches.FullSearch => "FullSearch",
        _ => throw new ArgumentOutOfRangeException(nameof(one), one, "not a one search"),
    };

    public static bool TryParse(string name, out Searches one)
    {
        foreach (var s in All)
        {
            if (string.Equals(s.Name(), name, StringComparison.Ordinal))
            {
                one = s;
                return true;
            }
        }

        one = Searches.None;
        return false;
    }
}
