namespace Screening.Devices.Xray;

/// <summary>Everyday things the synthetic scanner packs into bags.</summary>
public enum ClutterKind
{
    Clothes,
    Cable,
    Charger,
    Coins,
    Keys,
    PlasticBottle,
    Toiletries,
    Book,
    Shoes,
    TrolleyFrame,
    Pen,

    // Evaluation only (variant set B): never drawn while tuning the analyser.
    Belt,
    Headphones,
    LaptopCharger,
    TinCan,
    Cutlery,
    Watch,
}

/// <summary>How a threat is drawn; each shape belongs to one catalogue item (<see cref="SyntheticVariants.ItemOf"/>).</summary>
public enum ThreatShape
{
    // Tuning shapes (variant set A).
    KitchenKnife,
    Dagger,
    Pistol,
    Smartphone,
    PistolRounds,
    SimCard,
    Syringe,
    Cell18650,
    Screwdriver,
    Spanner,
    WineBottle,
    DrugBrick,

    // Evaluation shapes (variant set B): never drawn while tuning the analyser.
    FoldingKnife,
    CurvedKnife,
    Revolver,
    CompactPistol,
    FeaturePhone,
    LargeSmartphone,
    RifleRounds,
    SimInCarrier,
    InsulinSyringe,
    PowerBank,
    PouchCell,
    Pliers,
    Hammer,
    SpiritsBottle,
    Miniature,
    DrugWraps,
    DrugPouch,
}

/// <summary>
/// A variant set: which clutter and threat shapes the scanner may draw, and the ranges of noise and
/// object scale. The tuning and evaluation sets are kept apart by construction:
/// <list type="bullet">
/// <item><see cref="Tuning"/> (set A) is the only set the analyser's thresholds were ever tuned on,
/// with seeds 1000–1999 (<see cref="TuningSeeds"/>).</item>
/// <item><see cref="Evaluation"/> (set B) draws threat shapes that set A never draws (a folding and a
/// curved knife, a revolver and a compact pistol, a feature phone and a large smartphone, ...), adds
/// clutter kinds set A never draws (cutlery, belts, headphones, laptop chargers, tins, watches) to
/// A's everyday clutter, is noisier and varies scale more; it is generated from seeds 9000 and up
/// (<see cref="EvaluationSeeds"/>), which never overlap the tuning seeds.</item>
/// </list>
/// </summary>
public sealed record SyntheticVariants(
    string Name,
    IReadOnlyList<ClutterKind> Clutter,
    IReadOnlyList<ThreatShape> Shapes,
    double NoiseMin,
    double NoiseMax,
    double ScaleMin,
    double ScaleMax)
{
    /// <summary>Seeds reserved for tuning (set A).</summary>
    public const int TuningSeedFirst = 1000;

    public const int TuningSeedLast = 1999;

    /// <summary>First seed of the evaluation set (set B); evaluation seeds count up from here.</summary>
    public const int EvaluationSeedFirst = 9000;

    public static SyntheticVariants Tuning { get; } = new(
        "A",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
        ],
        [
            ThreatShape.KitchenKnife, ThreatShape.Dagger, ThreatShape.Pistol, ThreatShape.Smartphone,
            ThreatShape.PistolRounds, ThreatShape.SimCard, ThreatShape.Syringe, ThreatShape.Cell18650,
            ThreatShape.Screwdriver, ThreatShape.Spanner, ThreatShape.WineBottle, ThreatShape.DrugBrick,
        ],
        NoiseMin: 0.015,
        NoiseMax: 0.03,
        ScaleMin: 0.9,
        ScaleMax: 1.1);

    public static SyntheticVariants Evaluation { get; } = new(
        "B",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
            ClutterKind.Belt, ClutterKind.Headphones, ClutterKind.LaptopCharger, ClutterKind.TinCan,
            ClutterKind.Cutlery, ClutterKind.Watch,
        ],
        [
            ThreatShape.FoldingKnife, ThreatShape.CurvedKnife, ThreatShape.Revolver, ThreatShape.CompactPistol,
            ThreatShape.FeaturePhone, ThreatShape.LargeSmartphone, ThreatShape.RifleRounds, ThreatShape.SimInCarrier,
            ThreatShape.InsulinSyringe, ThreatShape.PowerBank, ThreatShape.PouchCell, ThreatShape.Pliers,
            ThreatShape.Hammer, ThreatShape.SpiritsBottle, ThreatShape.Miniature, ThreatShape.DrugWraps,
            ThreatShape.DrugPouch,
        ],
        NoiseMin: 0.02,
        NoiseMax: 0.045,
        ScaleMin: 0.85,
        ScaleMax: 1.15);

    /// <summary>Tuning seeds, 1000–1999.</summary>
    public static IEnumerable<int> TuningSeeds(int count) =>
        Enumerable.Range(TuningSeedFirst, Math.Min(count, TuningSeedLast - TuningSeedFirst + 1));

    /// <summary>Evaluation seeds, 9000 and up.</summary>
    public static IEnumerable<int> EvaluationSeeds(int count) => Enumerable.Range(EvaluationSeedFirst, count);

    /// <summary>The catalogue item a shape is.</summary>
    public static string ItemOf(ThreatShape shape) => shape switch
    {
        ThreatShape.KitchenKnife or ThreatShape.Dagger or ThreatShape.FoldingKnife or ThreatShape.CurvedKnife => XrayItems.Knife,
        ThreatShape.Pistol or ThreatShape.Revolver or ThreatShape.CompactPistol => XrayItems.Firearm,
        ThreatShape.Smartphone or ThreatShape.FeaturePhone or ThreatShape.LargeSmartphone => XrayItems.MobilePhone,
        ThreatShape.PistolRounds or ThreatShape.RifleRounds => XrayItems.Ammunition,
        ThreatShape.SimCard or ThreatShape.SimInCarrier => XrayItems.SimCard,
        ThreatShape.Syringe or ThreatShape.InsulinSyringe => XrayItems.Syringe,
        ThreatShape.Cell18650 or ThreatShape.PowerBank or ThreatShape.PouchCell => XrayItems.LithiumBattery,
        ThreatShape.Screwdriver or ThreatShape.Spanner or ThreatShape.Pliers or ThreatShape.Hammer => XrayItems.Tool,
        ThreatShape.WineBottle or ThreatShape.SpiritsBottle or ThreatShape.Miniature => XrayItems.Alcohol,
        ThreatShape.DrugBrick or ThreatShape.DrugWraps or ThreatShape.DrugPouch => XrayItems.ControlledDrugs,
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    /// <summary>The shapes of an item this set may draw.</summary>
    public IReadOnlyList<ThreatShape> ShapesOf(string item) => Shapes.Where(s => ItemOf(s) == item).ToArray();
}
