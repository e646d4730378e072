using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Screening.Rules.Model;

namespace Screening.Rules.Tests.Support;

/// <summary>
/// A person at the gate described by ids, so FsCheck can print a counterexample an officer could
/// read; <see cref="Build"/> turns it into a case at a given state of alert.
/// </summary>
public sealed record CaseSpec(
    PersonCategory Category,
    int? Age,
    string Establishment,
    bool ShutDown,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Authorised,
    bool MetalAlarm,
    IReadOnlyList<(string Item, float Confidence)> Detections,
    bool Dog,
    double? Draw)
{
    public ScreeningCase Build(string state, bool? shutDown = null)
    {
        var c = Gate.Person(Category).At(state).In(Establishment).Drawn(Draw);
        c.AgeYears = Age;
        c.ShutDown = shutDown ?? ShutDown;
        c.MetalAlarm = MetalAlarm;
        c.DogIndication = Dog;
        foreach (var flag in Flags)
        {
            c.Flagged(flag);
        }

        foreach (var item in Authorised)
        {
            c.Authorised(item);
        }

        foreach (var (item, confidence) in Detections)
        {
            c.Carrying(item, confidence);
        }

        return c;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Category} age={Age?.ToString(CultureInfo.InvariantCulture) ?? "?"} at {Establishment}{(ShutDown ? " SHUT-DOWN" : "")} " +
        $"flags=[{string.Join(",", Flags)}] authorised=[{string.Join(",", Authorised)}] alarm={MetalAlarm} dog={Dog} " +
        $"detections=[{string.Join(",", Detections.Select(d => $"{d.Item}@{d.Confidence:0.###}"))}] draw={Draw?.ToString("0.####", CultureInfo.InvariantCulture) ?? "none"}");
}

/// <summary>FsCheck generators over everything the default file knows.</summary>
public static class GateArbitraries
{
    private static readonly string[] ItemIds = [.. Gate.Default.Catalogue.Items.Select(i => i.Id)];

    private static readonly string[] FlagIds = [.. Gate.Default.Flags.Select(f => f.Id)];

    private static readonly string[] EstablishmentIds = [.. Gate.Default.Establishments.Select(e => e.Id)];

    // Thresholds and rates of the default file, where off-by-one mistakes live.
    private static readonly float[] EdgeConfidences = [0f, 0.2499f, 0.25f, 0.2501f, 0.5999f, 0.6f, 0.6001f, 1f];

    private static readonly double[] EdgeDraws = [0.0, 0.0999, 0.1, 0.1999, 0.2, 0.2499, 0.25, 0.3999, 0.4, 0.9999];

    private static Gen<float> Confidence =>
        Gen.OneOf(Gen.Choose(0, 1000).Select(x => x / 1000f), Gen.Elements(EdgeConfidences));

    private static Gen<double?> Draw =>
        Gen.Frequency(
            (6, Gen.Choose(0, 9999).Select(x => (double?)(x / 10000.0))),
            (3, Gen.Elements(EdgeDraws).Select(x => (double?)x)),
            (1, Gen.Constant((double?)null)));

    private static Gen<int?> Age =>
        Gen.Frequency(
            (4, Gen.Choose(0, 90).Select(x => (int?)x)),
            (2, Gen.Elements(16, 17, 18, 19).Select(x => (int?)x)),
            (1, Gen.Constant((int?)null)));

    private static Gen<(string, float)> Detection =>
        from item in Gen.Elements(ItemIds)
        from confidence in Confidence
        select (item, confidence);

    public static Gen<CaseSpec> Cases =>
        from category in Gen.Elements(Enum.GetValues<PersonCategory>())
        from age in Age
        from establishment in Gen.Elements(EstablishmentIds)
        from shutDown in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from flags in Gen.SubListOf(FlagIds)
        from authorised in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(ItemIds), n))
        from alarm in Gen.Elements(false, true)
        from detections in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Detection, n))
        from dog in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from draw in Draw
        select new CaseSpec(category, age, establishment, shutDown, [.. flags], [.. authorised.Distinct()], alarm, detections, dog, draw);

    public static Arbitrary<CaseSpec> CaseSpec() => Cases.ToArbitrary();
}
