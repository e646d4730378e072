using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>Set R: the training-only, domain-randomised shapes and clutter.</summary>
public sealed class SyntheticRandomisedTests
{
    // R has no seed range of its own; training draws seeds 100000 and up.
    private const int FirstSeed = 100_000;

    private static readonly string[] Items = [XrayItems.Knife, XrayItems.Firearm, XrayItems.MobilePhone];

    [Fact]
    public void Same_seed_gives_identical_bytes_and_ground_truth()
    {
        var options = new SyntheticScannerOptions { Variants = SyntheticVariants.Randomised };
        using var first = new SyntheticScanner(options).Generate(FirstSeed + 5, Items);
        using var second = new SyntheticScanner(options).Generate(FirstSeed + 5, Items);
        using var other = new SyntheticScanner(options).Generate(FirstSeed + 6, Items);

        Assert.Equal(first.EncodePng(), second.EncodePng());
        Assert.Equal(first.Truth.ToJson(), second.Truth.ToJson());
        Assert.NotEqual(first.EncodePng(), other.EncodePng());
        Assert.Equal("R", first.Truth.Variants);
    }

    [Fact]
    public void Draws_none_of_the_shapes_or_clutter_kinds_of_sets_A_to_E()
    {
        SyntheticVariants[] others =
        [
            SyntheticVariants.Tuning, SyntheticVariants.Evaluation, SyntheticVariants.HeldOut,
            SyntheticVariants.Fresh, SyntheticVariants.SetE,
        ];
        var r = SyntheticVariants.Randomised;

        Assert.Empty(r.Shapes.Intersect(others.SelectMany(v => v.Shapes)));
        Assert.Empty(r.Clutter.Intersect(others.SelectMany(v => v.Clutter)));
        Assert.Empty(others.SelectMany(v => v.Shapes).Intersect(r.Shapes));
        Assert.Equal(Items.Order(), r.Shapes.Select(SyntheticVariants.ItemOf).Order());
    }

    public static TheoryData<ThreatShape> Shapes { get; } = [.. SyntheticVariants.Randomised.Shapes];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_is_its_item_and_lies_inside_the_frame_and_its_ground_truth_box(ThreatShape shape)
    {
        // Without noise the same seed gives the same bag up to the threat, which is drawn last: what
        // changed is the drawn object, and its box must hold it, be no larger, and be darker there.
        var options = new SyntheticScannerOptions
        {
            Variants = SyntheticVariants.Randomised with { Shapes = [shape] },
            Noise = 0,
            OpaqueBlockProbability = 0,
        };
        var scanner = new SyntheticScanner(options);
        var item = SyntheticVariants.ItemOf(shape);
        for (var seed = FirstSeed; seed < FirstSeed + 12; seed++)
        {
            using var with = scanner.Generate(seed, item);
            using var without = scanner.Generate(seed);
            var threat = Assert.Single(with.Truth.Threats);
            var box = threat.Box;

            Assert.Equal(shape, threat.Shape);
            Assert.Equal(item, threat.Item);
            Assert.True(box.X >= 0 && box.Y >= 0 && box.Right <= with.Truth.Width && box.Bottom <= with.Truth.Height && box.Width > 4 && box.Height > 4,
                $"{shape} seed {seed}: box {box} not inside the frame");

            using var diff = new Mat();
            Cv2.Absdiff(with.Image, without.Image, diff);
            using var grey = diff.CvtColor(ColorConversionCodes.BGR2GRAY);
            using var changed = grey.Threshold(0, 255, ThresholdTypes.Binary);
            var drawn = Cv2.BoundingRect(changed);
            // The detector's blur spreads a part by two pixels; rounding adds one.
            const int spread = 3;
            Assert.True(drawn.Width > 0 && drawn.Height > 0, $"{shape} seed {seed}: nothing drawn");
            Assert.True(drawn.X >= box.X - spread && drawn.Y >= box.Y - spread && drawn.Right <= box.Right + spread && drawn.Bottom <= box.Bottom + spread,
                $"{shape} seed {seed}: drawn {drawn} outside box {box}");
            Assert.True(drawn.Width >= box.Width * 0.9 && drawn.Height >= box.Height * 0.9,
                $"{shape} seed {seed}: box {box} much larger than what was drawn {drawn}");

            // Inside the box the threat makes the image darker somewhere.
            var rect = new Rect(box.X, box.Y, box.Width, box.Height);
            using var withGrey = new Mat(with.Image, rect).CvtColor(ColorConversionCodes.BGR2GRAY);
            using var withoutGrey = new Mat(without.Image, rect).CvtColor(ColorConversionCodes.BGR2GRAY);
            using var darker = new Mat();
            Cv2.Subtract(withoutGrey, withGrey, darker);
            using var clearly = darker.Threshold(20, 255, ThresholdTypes.Binary);
            Assert.True(Cv2.CountNonZero(clearly) > 20, $"{shape} seed {seed}: nothing darker inside box {box}");
        }
    }

    public static TheoryData<ClutterKind> ClutterKinds { get; } = [.. SyntheticVariants.Randomised.Clutter];

    [Theory]
    [MemberData(nameof(ClutterKinds))]
    public void Each_clutter_kind_draws_something_for_many_seeds(ClutterKind kind)
    {
        var options = new SyntheticScannerOptions
        {
            Variants = SyntheticVariants.Randomised with { Clutter = [kind] },
            ClutterMin = 20,
            ClutterMax = 20,
            Noise = 0,
            OpaqueBlockProbability = 0,
        };
        var none = options with { ClutterMin = 0, ClutterMax = 0 };
        for (var seed = FirstSeed; seed < FirstSeed + 5; seed++)
        {
            using var bag = new SyntheticScanner(options).Generate(seed);
            using var empty = new SyntheticScanner(none).Generate(seed);

            Assert.Equal(20, bag.Truth.Clutter.Count(k => k == kind));
            Assert.NotEqual(bag.EncodePng(), empty.EncodePng());
        }
    }
}
