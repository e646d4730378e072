using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

public sealed class SyntheticScannerTests
{
    [Fact]
    public void Same_seed_gives_identical_image_bytes_and_ground_truth()
    {
        var scanner = new SyntheticScanner();
        using var first = scanner.Generate(1234, XrayItems.Knife, XrayItems.MobilePhone);
        using var second = new SyntheticScanner().Generate(1234, XrayItems.Knife, XrayItems.MobilePhone);

        Assert.Equal(first.EncodePng(), second.EncodePng());
        Assert.Equal(first.Truth.ToJson(), second.Truth.ToJson());
    }

    [Theory]
    [InlineData(ThreatShape.PhoneInCushion)]
    [InlineData(ThreatShape.SimInTeaLight)]
    [InlineData(ThreatShape.PistolInKettle)]
    [InlineData(ThreatShape.PhoneInIcePack)]
    [InlineData(ThreatShape.PhoneInChocolateBar)]
    [InlineData(ThreatShape.SimInUsbReader)]
    [InlineData(ThreatShape.SimInInsole)]
    [InlineData(ThreatShape.KnifeInPosterTube)]
    [InlineData(ThreatShape.PhoneInShampooBottle)]
    [InlineData(ThreatShape.CeramicBladeInBra)]
    [InlineData(ThreatShape.PistolInFoldedJacket)]
    [InlineData(ThreatShape.PhoneInBookSpine)]
    [InlineData(ThreatShape.SimInCoatButton)]
    [InlineData(ThreatShape.KnifeInBrushRoll)]
    [InlineData(ThreatShape.PistolInUkulele)]
    [InlineData(ThreatShape.PhoneInCalculator)]
    [InlineData(ThreatShape.PhoneInWristSplint)]
    [InlineData(ThreatShape.SimInDummy)]
    [InlineData(ThreatShape.DrugsInRollOnDeodorant)]
    [InlineData(ThreatShape.KnifeInFoamRoller)]
    [InlineData(ThreatShape.BeltBuckleGun)]
    [InlineData(ThreatShape.PistolInRolledTowel)]
    [InlineData(ThreatShape.PhoneInHairdryer)]
    [InlineData(ThreatShape.PhoneInMusicBox)]
    [InlineData(ThreatShape.SimInToyBricks)]
    [InlineData(ThreatShape.DrugsInVitaminTub)]
    [InlineData(ThreatShape.KnifeInFoilRoll)]
    [InlineData(ThreatShape.PistolInHandbag)]
    [InlineData(ThreatShape.PhoneInMugGiftBox)]
    [InlineData(ThreatShape.PhoneInToyTruck)]
    [InlineData(ThreatShape.SimInPhotoKeyring)]
    [InlineData(ThreatShape.LightedMakeupMirror)]
    [InlineData(ThreatShape.DrugsInFlipFlops)]
    public void A_hidden_threats_ground_truth_boxes_the_item_and_names_its_hiding_place_apart(ThreatShape shape)
    {
        var scanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = SyntheticVariants.SetU with { Shapes = [shape] } });
        for (var seed = 40; seed < 43; seed++)
        {
            using var bag = scanner.Generate(seed, SyntheticVariants.ItemOf(shape));
            var threat = Assert.Single(bag.Truth.Threats);

            var host = Assert.NotNull(threat.HiddenIn);
            Assert.True(threat.Box.X >= host.X && threat.Box.Y >= host.Y && threat.Box.Right <= host.Right && threat.Box.Bottom <= host.Bottom,
                $"{shape} seed {seed}: item {threat.Box} outside its hiding place {host}");
            // A box the size of the hiding place would count a detection of the item itself as a miss.
            Assert.True(threat.Box.Area < host.Area * 0.6, $"{shape} seed {seed}: item {threat.Box} nearly as large as its hiding place {host}");
            using var json = System.Text.Json.JsonDocument.Parse(bag.Truth.ToJson());
            var written = json.RootElement.GetProperty("threats")[0];
            Assert.Equal([threat.Box.X, threat.Box.Y, threat.Box.Width, threat.Box.Height], written.GetProperty("box").EnumerateArray().Select(v => v.GetInt32()));
            Assert.Equal([host.X, host.Y, host.Width, host.Height], written.GetProperty("hiddenIn").EnumerateArray().Select(v => v.GetInt32()));
        }
    }

    [Fact]
    public void A_threat_drawn_alone_has_no_hiding_place()
    {
        using var bag = new SyntheticScanner().Generate(77, XrayItems.Knife);

        Assert.Null(Assert.Single(bag.Truth.Threats).HiddenIn);
        Assert.DoesNotContain("hiddenIn", bag.Truth.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Different_seeds_give_different_bags()
    {
        var scanner = new SyntheticScanner();
        using var first = scanner.Generate(1, XrayItems.Knife);
        using var second = scanner.Generate(2, XrayItems.Knife);

        Assert.NotEqual(first.EncodePng(), second.EncodePng());
    }

    [Fact]
    public void Ground_truth_names_each_requested_threat_with_a_box_inside_the_image()
    {
        var scanner = new SyntheticScanner();
        using var bag = scanner.Generate(77, [.. XrayItems.All]);

        Assert.Equal(XrayItems.All, bag.Truth.Threats.Select(t => t.Item));
        Assert.All(bag.Truth.Threats, t =>
        {
            Assert.InRange(t.Box.Width, 4, bag.Truth.Width);
            Assert.InRange(t.Box.Height, 4, bag.Truth.Height);
            Assert.InRange(t.Box.X, 0, bag.Truth.Width - t.Box.Width);
            Assert.InRange(t.Box.Y, 0, bag.Truth.Height - t.Box.Height);
        });
        Assert.Equal((bag.Truth.Width, bag.Truth.Height), (bag.Image.Width, bag.Image.Height));
    }

    [Fact]
    public void Evaluation_set_draws_no_threat_shape_and_only_new_clutter_kinds_beyond_the_tuning_set()
    {
        Assert.Empty(SyntheticVariants.Evaluation.Shapes.Intersect(SyntheticVariants.Tuning.Shapes));
        Assert.NotEmpty(SyntheticVariants.Evaluation.Clutter.Except(SyntheticVariants.Tuning.Clutter));
        Assert.All(XrayItems.All, item =>
        {
            Assert.NotEmpty(SyntheticVariants.Tuning.ShapesOf(item));
            Assert.NotEmpty(SyntheticVariants.Evaluation.ShapesOf(item));
        });
        Assert.True(SyntheticVariants.EvaluationSeedFirst > SyntheticVariants.TuningSeedLast);
    }

    [Fact]
    public void Held_out_set_draws_no_threat_shape_of_A_or_B()
    {
        var seen = SyntheticVariants.Tuning.Shapes.Concat(SyntheticVariants.Evaluation.Shapes).ToHashSet();

        Assert.Empty(SyntheticVariants.HeldOut.Shapes.Intersect(seen));
        Assert.Equal("C", SyntheticVariants.HeldOut.Name);
    }

    [Fact]
    public void Held_out_set_adds_clutter_kinds_neither_A_nor_B_draws_to_all_of_theirs()
    {
        ClutterKind[] heldOutOnly =
        [
            ClutterKind.Spectacles, ClutterKind.GlassesCase, ClutterKind.Hairdryer, ClutterKind.Padlock, ClutterKind.CardWallet,
            ClutterKind.AlkalineBatteries, ClutterKind.Torch, ClutterKind.Lanyard, ClutterKind.Compact, ClutterKind.Hairbrush,
        ];
        var seen = SyntheticVariants.Tuning.Clutter.Concat(SyntheticVariants.Evaluation.Clutter).ToHashSet();

        Assert.Empty(heldOutOnly.Intersect(seen));
        Assert.Equal(seen.Concat(heldOutOnly).Order(), SyntheticVariants.HeldOut.Clutter.Order());
        // Every clutter kind A and B lack is set C's own, or a later set's (D, E, F, G, H, I, J, K, L, M, N, O, P) or R's own.
        Assert.Equal(heldOutOnly.Order(), LeftFor("C", seen));
    }

    [Fact]
    public void Held_out_seeds_overlap_neither_the_tuning_nor_the_evaluation_seeds()
    {
        var heldOut = SyntheticVariants.HeldOutSeeds(100_000).ToArray();

        Assert.Equal(SyntheticVariants.HeldOutSeedFirst, heldOut[0]);
        Assert.True(SyntheticVariants.HeldOutSeedFirst > SyntheticVariants.EvaluationSeedLast);
        Assert.True(SyntheticVariants.EvaluationSeedFirst > SyntheticVariants.TuningSeedLast);
        Assert.Empty(heldOut.Intersect(SyntheticVariants.TuningSeeds(int.MaxValue)));
        Assert.Empty(heldOut.Intersect(SyntheticVariants.EvaluationSeeds(int.MaxValue)));
        Assert.All(heldOut, seed => Assert.InRange(seed, SyntheticVariants.EvaluationSeedLast + 1, int.MaxValue));
    }

    [Fact]
    public void Held_out_set_covers_every_catalogue_item_and_has_at_least_two_knives_firearms_and_phones()
    {
        Assert.All(XrayItems.All, item => Assert.NotEmpty(SyntheticVariants.HeldOut.ShapesOf(item)));
        Assert.All(new[] { XrayItems.Knife, XrayItems.Firearm, XrayItems.MobilePhone },
            item => Assert.True(SyntheticVariants.HeldOut.ShapesOf(item).Count >= 2, item));
        // Every shape A and B lack is set C's, D's, E's, F's, G's, H's, I's, J's, K's, L's, M's, N's, O's, P's, Q's, S's, T's, U's, V's, W's,
        // X's, Y's, Z's, 1's, 2's, 3's or R's, and ItemOf knows each of them.
        Assert.Equal(Enum.GetValues<ThreatShape>().Length,
            SyntheticVariants.Tuning.Shapes.Count + SyntheticVariants.Evaluation.Shapes.Count + SyntheticVariants.HeldOut.Shapes.Count
            + SyntheticVariants.Fresh.Shapes.Count + SyntheticVariants.SetE.Shapes.Count + SyntheticVariants.SetF.Shapes.Count
            + SyntheticVariants.SetG.Shapes.Count + SyntheticVariants.SetH.Shapes.Count + SyntheticVariants.SetI.Shapes.Count
            + SyntheticVariants.SetJ.Shapes.Count + SyntheticVariants.SetK.Shapes.Count + SyntheticVariants.SetL.Shapes.Count
            + SyntheticVariants.SetM.Shapes.Count + SyntheticVariants.SetN.Shapes.Count + SyntheticVariants.SetO.Shapes.Count
            + SyntheticVariants.SetP.Shapes.Count + SyntheticVariants.SetQ.Shapes.Count + SyntheticVariants.SetS.Shapes.Count
            + SyntheticVariants.SetT.Shapes.Count + SyntheticVariants.SetU.Shapes.Count + SyntheticVariants.SetV.Shapes.Count
            + SyntheticVariants.SetW.Shapes.Count + SyntheticVariants.SetX.Shapes.Count + SyntheticVariants.SetY.Shapes.Count
            + SyntheticVariants.SetZ.Shapes.Count + SyntheticVariants.Set1.Shapes.Count + SyntheticVariants.Set2.Shapes.Count
            + SyntheticVariants.Set3.Shapes.Count + SyntheticVariants.Randomised.Shapes.Count);
        Assert.All(SyntheticVariants.HeldOut.Shapes, shape => Assert.Contains(SyntheticVariants.ItemOf(shape), XrayItems.All));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("D")]
    [InlineData("E")]
    [InlineData("F")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("I")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("P")]
    [InlineData("Q")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Held_out_sets_give_identical_bytes_for_the_same_seed(string name)
    {
        var (variants, firstSeed) = name switch
        {
            "C" => (SyntheticVariants.HeldOut, SyntheticVariants.HeldOutSeedFirst),
            "D" => (SyntheticVariants.Fresh, SyntheticVariants.FreshSeedFirst),
            "E" => (SyntheticVariants.SetE, SyntheticVariants.SetESeedFirst),
            // Sets written after E: from the one table of them.
            _ => Later(name) switch { var (set, _, _, start, _) => (set, start) },
        };
        var options = new SyntheticScannerOptions { Variants = variants };
        var seed = firstSeed + 17;
        using var first = new SyntheticScanner(options).Generate(seed, [.. XrayItems.All]);
        using var second = new SyntheticScanner(options).Generate(seed, [.. XrayItems.All]);
        using var other = new SyntheticScanner(options).Generate(seed + 1, [.. XrayItems.All]);

        Assert.Equal(first.EncodePng(), second.EncodePng());
        Assert.Equal(first.Truth.ToJson(), second.Truth.ToJson());
        Assert.NotEqual(first.EncodePng(), other.EncodePng());
        Assert.Equal(name, first.Truth.Variants);
    }

    public static TheoryData<ThreatShape> HeldOutShapes { get; } = [.. SyntheticVariants.HeldOut.Shapes];

    [Theory]
    [MemberData(nameof(HeldOutShapes))]
    public void Held_out_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.HeldOut, shape, SyntheticVariants.HeldOutSeedFirst);

    private static void AssertShapeLiesInItsBox(SyntheticVariants variants, ThreatShape shape, int firstSeed, int seeds = 3)
    {
        // Without noise the same seed gives the same bag up to the threat, which is drawn last: what
        // changed is the drawn object, and its ground-truth box must hold it and be no larger.
        var options = new SyntheticScannerOptions
        {
            Variants = variants with { Shapes = [shape] },
            Noise = 0,
            OpaqueBlockProbability = 0,
        };
        var scanner = new SyntheticScanner(options);
        for (var seed = firstSeed; seed < firstSeed + seeds; seed++)
        {
            var item = SyntheticVariants.ItemOf(shape);
            using var with = scanner.Generate(seed, item);
            using var without = scanner.Generate(seed);
            using var diff = new Mat();
            Cv2.Absdiff(with.Image, without.Image, diff);
            using var grey = diff.CvtColor(ColorConversionCodes.BGR2GRAY);
            using var changed = grey.Threshold(0, 255, ThresholdTypes.Binary);
            var drawn = Cv2.BoundingRect(changed);
            var threat = Assert.Single(with.Truth.Threats);
            // What was drawn is the item with, where it is hidden in something, its hiding place;
            // the item's own box lies inside that.
            var box = threat.HiddenIn ?? threat.Box;

            Assert.Equal(shape, threat.Shape);
            Assert.True(drawn.Width > 0 && drawn.Height > 0, $"{shape} seed {seed}: nothing drawn");
            // The detector's blur spreads a part by two pixels; rounding adds one.
            const int spread = 3;
            Assert.True(drawn.X >= box.X - spread && drawn.Y >= box.Y - spread && drawn.Right <= box.Right + spread && drawn.Bottom <= box.Bottom + spread,
                $"{shape} seed {seed}: drawn {drawn} outside box {box}");
            Assert.True(drawn.Width >= box.Width * 0.9 && drawn.Height >= box.Height * 0.9,
                $"{shape} seed {seed}: box {box} much larger than what was drawn {drawn}");
            Assert.True(threat.Box.X >= box.X && threat.Box.Y >= box.Y && threat.Box.Right <= box.Right && threat.Box.Bottom <= box.Bottom,
                $"{shape} seed {seed}: item's box {threat.Box} not inside its hiding place {box}");
        }
    }

    private static readonly ClutterKind[] FreshOnlyClutter =
    [
        ClutterKind.Scarf, ClutterKind.SunHat, ClutterKind.Rosary, ClutterKind.HearingAidCase,
        ClutterKind.WaterBottle, ClutterKind.Lunchbox, ClutterKind.Comb, ClutterKind.HairGrips,
    ];

    [Fact]
    public void Fresh_set_draws_no_threat_shape_of_A_B_or_C()
    {
        var seen = SyntheticVariants.Tuning.Shapes.Concat(SyntheticVariants.Evaluation.Shapes).Concat(SyntheticVariants.HeldOut.Shapes).ToHashSet();

        Assert.Empty(SyntheticVariants.Fresh.Shapes.Intersect(seen));
        Assert.Equal(SyntheticVariants.Fresh.Shapes.Count, SyntheticVariants.Fresh.Shapes.Distinct().Count());
        Assert.Equal("D", SyntheticVariants.Fresh.Name);
    }

    [Fact]
    public void Fresh_set_adds_clutter_kinds_none_of_A_B_or_C_draws_to_all_of_theirs()
    {
        var seen = SyntheticVariants.Tuning.Clutter.Concat(SyntheticVariants.Evaluation.Clutter).Concat(SyntheticVariants.HeldOut.Clutter).ToHashSet();

        Assert.Empty(FreshOnlyClutter.Intersect(seen));
        Assert.Equal(seen.Concat(FreshOnlyClutter).Order(), SyntheticVariants.Fresh.Clutter.Order());
        // Every clutter kind A, B and C lack is set D's own, or a later set's (E to P) or R's own.
        Assert.Equal(FreshOnlyClutter.Order(), LeftFor("D", seen));
    }

    [Fact]
    public void Fresh_seeds_overlap_none_of_the_tuning_evaluation_or_held_out_seeds()
    {
        var fresh = SyntheticVariants.FreshSeeds(100_000).ToArray();
        var heldOut = SyntheticVariants.HeldOutSeeds(int.MaxValue).ToArray();

        Assert.Equal(SyntheticVariants.FreshSeedFirst, fresh[0]);
        Assert.Equal(700_000, SyntheticVariants.FreshSeedFirst);
        Assert.Equal(SyntheticVariants.FreshSeedFirst - 1, heldOut[^1]);
        Assert.Equal(899_999, SyntheticVariants.FreshSeedLast);
        Assert.Equal(SyntheticVariants.FreshSeedLast, SyntheticVariants.FreshSeeds(int.MaxValue).Last());
        Assert.True(SyntheticVariants.FreshSeedFirst > SyntheticVariants.HeldOutSeedLast);
        Assert.Empty(fresh.Intersect(heldOut));
        Assert.Empty(fresh.Intersect(SyntheticVariants.EvaluationSeeds(int.MaxValue)));
        Assert.Empty(fresh.Intersect(SyntheticVariants.TuningSeeds(int.MaxValue)));
    }

    [Fact]
    public void Fresh_set_covers_every_catalogue_item_and_has_at_least_two_knives_firearms_and_phones()
    {
        Assert.All(XrayItems.All, item => Assert.NotEmpty(SyntheticVariants.Fresh.ShapesOf(item)));
        Assert.All(new[] { XrayItems.Knife, XrayItems.Firearm, XrayItems.MobilePhone },
            item => Assert.True(SyntheticVariants.Fresh.ShapesOf(item).Count >= 2, item));
        Assert.All(SyntheticVariants.Fresh.Shapes, shape => Assert.Contains(SyntheticVariants.ItemOf(shape), XrayItems.All));
        Assert.InRange(SyntheticVariants.Fresh.NoiseMin, 0.02, 0.05);
        Assert.InRange(SyntheticVariants.Fresh.NoiseMax, 0.02, 0.05);
        Assert.InRange(SyntheticVariants.Fresh.ScaleMin, 0.85, 1.2);
        Assert.InRange(SyntheticVariants.Fresh.ScaleMax, 0.85, 1.2);
    }

    [Fact]
    public void Fresh_set_draws_each_of_its_clutter_kinds()
    {
        // Each kind on its own: it draws without throwing and is named in the ground truth.
        foreach (var kind in FreshOnlyClutter)
        {
            var options = new SyntheticScannerOptions { Variants = SyntheticVariants.Fresh with { Clutter = [kind] }, Noise = 0 };
            using var bag = new SyntheticScanner(options).Generate(SyntheticVariants.FreshSeedFirst + 5);
            Assert.Contains(kind, bag.Truth.Clutter);
        }
    }

    public static TheoryData<ThreatShape> FreshShapes { get; } = [.. SyntheticVariants.Fresh.Shapes];

    [Theory]
    [MemberData(nameof(FreshShapes))]
    public void Fresh_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.Fresh, shape, SyntheticVariants.FreshSeedFirst);

    private static readonly ClutterKind[] SetEOnlyClutter =
    [
        ClutterKind.Gloves, ClutterKind.Bangle, ClutterKind.Necklace, ClutterKind.ClawClip,
        ClutterKind.Dummy, ClutterKind.Nappy, ClutterKind.ToyCar, ClutterKind.FlipFlops,
    ];

    [Fact]
    public void Set_E_draws_no_threat_shape_of_A_B_C_or_D()
    {
        var seen = SyntheticVariants.Tuning.Shapes.Concat(SyntheticVariants.Evaluation.Shapes).Concat(SyntheticVariants.HeldOut.Shapes)
            .Concat(SyntheticVariants.Fresh.Shapes).ToHashSet();

        Assert.Empty(SyntheticVariants.SetE.Shapes.Intersect(seen));
        Assert.Equal(SyntheticVariants.SetE.Shapes.Count, SyntheticVariants.SetE.Shapes.Distinct().Count());
        Assert.Equal("E", SyntheticVariants.SetE.Name);
    }

    [Fact]
    public void Set_E_adds_clutter_kinds_none_of_A_B_C_or_D_draws_to_all_of_theirs()
    {
        var seen = SyntheticVariants.Tuning.Clutter.Concat(SyntheticVariants.Evaluation.Clutter).Concat(SyntheticVariants.HeldOut.Clutter)
            .Concat(SyntheticVariants.Fresh.Clutter).ToHashSet();

        Assert.Empty(SetEOnlyClutter.Intersect(seen));
        Assert.Equal(seen.Concat(SetEOnlyClutter).Order(), SyntheticVariants.SetE.Clutter.Order());
        // Every clutter kind A to D lack is set E's own, or a later set's (F to P) or R's own.
        Assert.Equal(SetEOnlyClutter.Order(), LeftFor("E", seen));
    }

    [Fact]
    public void Set_E_seeds_overlap_none_of_the_other_sets_seeds()
    {
        var setE = SyntheticVariants.SetESeeds(100_000).ToArray();

        Assert.Equal(900_000, SyntheticVariants.SetESeedFirst);
        Assert.Equal(SyntheticVariants.SetESeedFirst, setE[0]);
        Assert.Equal(SyntheticVariants.SetESeedFirst - 1, SyntheticVariants.FreshSeedLast);
        Assert.Empty(setE.Intersect(SyntheticVariants.FreshSeeds(int.MaxValue)));
        Assert.Empty(setE.Intersect(SyntheticVariants.HeldOutSeeds(int.MaxValue)));
        Assert.Empty(setE.Intersect(SyntheticVariants.EvaluationSeeds(int.MaxValue)));
        Assert.Empty(setE.Intersect(SyntheticVariants.TuningSeeds(int.MaxValue)));
    }

    [Fact]
    public void Set_E_covers_every_catalogue_item_with_two_shapes_each_and_keeps_C_and_D_ranges()
    {
        Assert.All(XrayItems.All, item => Assert.True(SyntheticVariants.SetE.ShapesOf(item).Count >= 2, item));
        Assert.All(SyntheticVariants.SetE.Shapes, shape => Assert.Contains(SyntheticVariants.ItemOf(shape), XrayItems.All));
        Assert.InRange(SyntheticVariants.SetE.NoiseMin, 0.02, 0.05);
        Assert.InRange(SyntheticVariants.SetE.NoiseMax, 0.02, 0.05);
        Assert.InRange(SyntheticVariants.SetE.ScaleMin, 0.85, 1.2);
        Assert.InRange(SyntheticVariants.SetE.ScaleMax, 0.85, 1.2);
    }

    [Fact]
    public void Set_E_draws_each_of_its_clutter_kinds()
    {
        foreach (var kind in SetEOnlyClutter)
        {
            var options = new SyntheticScannerOptions { Variants = SyntheticVariants.SetE with { Clutter = [kind] }, Noise = 0 };
            using var bag = new SyntheticScanner(options).Generate(SyntheticVariants.SetESeedFirst + 5);
            Assert.Contains(kind, bag.Truth.Clutter);
        }
    }

    public static TheoryData<ThreatShape> SetEShapes { get; } = [.. SyntheticVariants.SetE.Shapes];

    [Theory]
    [MemberData(nameof(SetEShapes))]
    public void Set_E_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.SetE, shape, SyntheticVariants.SetESeedFirst);

    private static readonly ClutterKind[] SetFOnlyClutter =
    [
        ClutterKind.Harmonica, ClutterKind.CoinPurse, ClutterKind.RingBox, ClutterKind.FidgetSpinner,
        ClutterKind.SoftToy, ClutterKind.TinWhistle, ClutterKind.HairStraightener, ClutterKind.PhotoFrame,
    ];

    private static readonly ClutterKind[] SetGOnlyClutter =
    [
        ClutterKind.Umbrella, ClutterKind.Calculator, ClutterKind.Stapler, ClutterKind.PlayingCards,
        ClutterKind.MintTin, ClutterKind.SpiralNotebook, ClutterKind.PencilTin, ClutterKind.CoatHanger,
    ];

    private static readonly ClutterKind[] SetHOnlyClutter =
    [
        ClutterKind.HandFan, ClutterKind.Stethoscope, ClutterKind.WalkingStick, ClutterKind.KneeBrace,
        ClutterKind.HandWarmers, ClutterKind.BabyBottle, ClutterKind.MakeUpBag, ClutterKind.TravelChess,
    ];

    /// <summary>
    /// The clutter kinds that <paramref name="seen"/> lacks, less the trolley frame (drawn apart), R's
    /// families and the kinds of the sets written after <paramref name="set"/> (D to Z, then 1, 2 and 3): what that set
    /// itself must add, so no kind is left that no set draws.
    /// </summary>
    private static IOrderedEnumerable<ClutterKind> LeftFor(string set, HashSet<ClutterKind> seen)
    {
        (string Name, ClutterKind[] Own)[] written =
        [
            ("D", FreshOnlyClutter), ("E", SetEOnlyClutter), ("F", SetFOnlyClutter), ("G", SetGOnlyClutter),
            ("H", SetHOnlyClutter), ("I", SetIOnlyClutter), ("J", SetJOnlyClutter), ("K", SetKOnlyClutter),
            ("L", SetLOnlyClutter), ("M", SetMOnlyClutter), ("N", SetNOnlyClutter), ("O", SetOOnlyClutter),
            ("P", SetPOnlyClutter), ("Q", SetQOnlyClutter), ("S", SetSOnlyClutter), ("T", SetTOnlyClutter),
            ("U", SetUOnlyClutter), ("V", SetVOnlyClutter), ("W", SetWOnlyClutter), ("X", SetXOnlyClutter),
            ("Y", SetYOnlyClutter), ("Z", SetZOnlyClutter), ("1", Set1OnlyClutter), ("2", Set2OnlyClutter),
            ("3", Set3OnlyClutter),
        ];
        // Later by place in the list, not by name: set 1 follows Z.
        var later = written.Skip(Array.FindIndex(written, w => w.Name == set) + 1).SelectMany(w => w.Own).ToHashSet();
        return Enum.GetValues<ClutterKind>()
            .Where(k => !seen.Contains(k) && k != ClutterKind.TrolleyFrame && !later.Contains(k) && !SyntheticVariants.Randomised.Clutter.Contains(k))
            .Order();
    }

    private static readonly ClutterKind[] SetIOnlyClutter =
    [
        ClutterKind.BikeLock, ClutterKind.RingBinder, ClutterKind.PuzzleCube, ClutterKind.HotWaterBottle,
        ClutterKind.DogLead, ClutterKind.CycleHelmet, ClutterKind.MagnifyingGlass, ClutterKind.WoodenTrain,
    ];

    private static readonly ClutterKind[] SetJOnlyClutter =
    [
        ClutterKind.NailClippers, ClutterKind.BinderClips, ClutterKind.CeramicMug, ClutterKind.PerfumeBottle,
        ClutterKind.Clipboard, ClutterKind.BabyWipes, ClutterKind.BuildingBricks, ClutterKind.FirstAidKit,
    ];

    private static readonly ClutterKind[] SetKOnlyClutter =
    [
        ClutterKind.VacuumFlask, ClutterKind.BiscuitTin, ClutterKind.FilmCamera, ClutterKind.Binoculars,
        ClutterKind.KnittingNeedles, ClutterKind.BicyclePump, ClutterKind.BabyFoodJars, ClutterKind.MusicBox,
    ];

    private static readonly ClutterKind[] SetLOnlyClutter =
    [
        ClutterKind.ManicureSet, ClutterKind.SmokingKit, ClutterKind.PocketRadio, ClutterKind.SafetyBoots,
        ClutterKind.ChocolateBox, ClutterKind.Passport, ClutterKind.SewingKit, ClutterKind.Inhaler,
    ];

    /// <summary>
    /// M's own clutter, taken from the set rather than written out: M is the held-out set, so its contents
    /// stay out of the tests; the tests below check it adds kinds no earlier set or R draws and leaves none undrawn.
    /// </summary>
    private static readonly ClutterKind[] SetMOnlyClutter = [.. SyntheticVariants.SetM.Clutter.Except(SyntheticVariants.SetL.Clutter)];

    /// <summary>N's own clutter, taken from the set for the same reason: N is held out after M.</summary>
    private static readonly ClutterKind[] SetNOnlyClutter = [.. SyntheticVariants.SetN.Clutter.Except(SyntheticVariants.SetM.Clutter)];

    /// <summary>O's own clutter, taken from the set for the same reason: O is held out after N.</summary>
    private static readonly ClutterKind[] SetOOnlyClutter = [.. SyntheticVariants.SetO.Clutter.Except(SyntheticVariants.SetN.Clutter)];

    /// <summary>P's own clutter, taken from the set for the same reason: P is held out after O.</summary>
    private static readonly ClutterKind[] SetPOnlyClutter = [.. SyntheticVariants.SetP.Clutter.Except(SyntheticVariants.SetO.Clutter)];

    /// <summary>Q's own clutter, taken from the set for the same reason: Q is held out after P.</summary>
    private static readonly ClutterKind[] SetQOnlyClutter = [.. SyntheticVariants.SetQ.Clutter.Except(SyntheticVariants.SetP.Clutter)];

    /// <summary>S's own clutter, taken from the set for the same reason: S is held out after Q.</summary>
    private static readonly ClutterKind[] SetSOnlyClutter = [.. SyntheticVariants.SetS.Clutter.Except(SyntheticVariants.SetQ.Clutter)];

    /// <summary>T's own clutter, taken from the set for the same reason: T is held out after S.</summary>
    private static readonly ClutterKind[] SetTOnlyClutter = [.. SyntheticVariants.SetT.Clutter.Except(SyntheticVariants.SetS.Clutter)];

    /// <summary>U's own clutter, taken from the set for the same reason: U is held out after T.</summary>
    private static readonly ClutterKind[] SetUOnlyClutter = [.. SyntheticVariants.SetU.Clutter.Except(SyntheticVariants.SetT.Clutter)];

    /// <summary>V's own clutter, taken from the set for the same reason: V is held out after U.</summary>
    private static readonly ClutterKind[] SetVOnlyClutter = [.. SyntheticVariants.SetV.Clutter.Except(SyntheticVariants.SetU.Clutter)];

    /// <summary>W's own clutter, taken from the set for the same reason: W is held out after V.</summary>
    private static readonly ClutterKind[] SetWOnlyClutter = [.. SyntheticVariants.SetW.Clutter.Except(SyntheticVariants.SetV.Clutter)];

    /// <summary>X's own clutter, taken from the set for the same reason: X is held out after W.</summary>
    private static readonly ClutterKind[] SetXOnlyClutter = [.. SyntheticVariants.SetX.Clutter.Except(SyntheticVariants.SetW.Clutter)];

    /// <summary>Y's own clutter, taken from the set for the same reason: Y is held out after X.</summary>
    private static readonly ClutterKind[] SetYOnlyClutter = [.. SyntheticVariants.SetY.Clutter.Except(SyntheticVariants.SetX.Clutter)];

    /// <summary>Z's own clutter, taken from the set for the same reason: Z is held out after Y.</summary>
    private static readonly ClutterKind[] SetZOnlyClutter = [.. SyntheticVariants.SetZ.Clutter.Except(SyntheticVariants.SetY.Clutter)];

    /// <summary>Set 1's own clutter, taken from the set for the same reason: set 1 is held out after Z.</summary>
    private static readonly ClutterKind[] Set1OnlyClutter = [.. SyntheticVariants.Set1.Clutter.Except(SyntheticVariants.SetZ.Clutter)];

    /// <summary>2's own clutter, taken from the set for the same reason: set 2 is held out after 1.</summary>
    private static readonly ClutterKind[] Set2OnlyClutter = [.. SyntheticVariants.Set2.Clutter.Except(SyntheticVariants.Set1.Clutter)];

    /// <summary>3's own clutter, taken from the set for the same reason: set 3 is held out after 2.</summary>
    private static readonly ClutterKind[] Set3OnlyClutter = [.. SyntheticVariants.Set3.Clutter.Except(SyntheticVariants.Set2.Clutter)];

    /// <summary>The evaluation sets in the order they were written: each later one draws nothing an earlier one draws.</summary>
    private static readonly SyntheticVariants[] InOrder =
    [
        SyntheticVariants.Tuning, SyntheticVariants.Evaluation, SyntheticVariants.HeldOut, SyntheticVariants.Fresh,
        SyntheticVariants.SetE, SyntheticVariants.SetF, SyntheticVariants.SetG, SyntheticVariants.SetH,
        SyntheticVariants.SetI, SyntheticVariants.SetJ, SyntheticVariants.SetK, SyntheticVariants.SetL,
        SyntheticVariants.SetM, SyntheticVariants.SetN, SyntheticVariants.SetO, SyntheticVariants.SetP,
        SyntheticVariants.SetQ, SyntheticVariants.SetS, SyntheticVariants.SetT, SyntheticVariants.SetU,
        SyntheticVariants.SetV, SyntheticVariants.SetW, SyntheticVariants.SetX, SyntheticVariants.SetY,
        SyntheticVariants.SetZ, SyntheticVariants.Set1, SyntheticVariants.Set2, SyntheticVariants.Set3,
    ];

    /// <summary>A set written after E (F, G, H, I, J, K, L, M, N, O, P, Q, S, T, U, V, W, X, Y, Z, 1, 2, 3): the set, its own clutter kinds and its seeds.</summary>
    private static (SyntheticVariants Variants, ClutterKind[] OwnClutter, int[] Seeds, int FirstSeed, int[] EarlierSeeds) Later(string name)
    {
        int[] earlier =
        [
            .. SyntheticVariants.TuningSeeds(int.MaxValue), .. SyntheticVariants.EvaluationSeeds(int.MaxValue),
            .. SyntheticVariants.HeldOutSeeds(int.MaxValue), .. SyntheticVariants.FreshSeeds(int.MaxValue),
            .. SyntheticVariants.SetESeeds(int.MaxValue),
        ];
        (string Name, SyntheticVariants Variants, ClutterKind[] Own, Func<int, IEnumerable<int>> Seeds, int FirstSeed)[] written =
        [
            ("F", SyntheticVariants.SetF, SetFOnlyClutter, SyntheticVariants.SetFSeeds, SyntheticVariants.SetFSeedFirst),
            ("G", SyntheticVariants.SetG, SetGOnlyClutter, SyntheticVariants.SetGSeeds, SyntheticVariants.SetGSeedFirst),
            ("H", SyntheticVariants.SetH, SetHOnlyClutter, SyntheticVariants.SetHSeeds, SyntheticVariants.SetHSeedFirst),
            ("I", SyntheticVariants.SetI, SetIOnlyClutter, SyntheticVariants.SetISeeds, SyntheticVariants.SetISeedFirst),
            ("J", SyntheticVariants.SetJ, SetJOnlyClutter, SyntheticVariants.SetJSeeds, SyntheticVariants.SetJSeedFirst),
            ("K", SyntheticVariants.SetK, SetKOnlyClutter, SyntheticVariants.SetKSeeds, SyntheticVariants.SetKSeedFirst),
            ("L", SyntheticVariants.SetL, SetLOnlyClutter, SyntheticVariants.SetLSeeds, SyntheticVariants.SetLSeedFirst),
            ("M", SyntheticVariants.SetM, SetMOnlyClutter, SyntheticVariants.SetMSeeds, SyntheticVariants.SetMSeedFirst),
            ("N", SyntheticVariants.SetN, SetNOnlyClutter, SyntheticVariants.SetNSeeds, SyntheticVariants.SetNSeedFirst),
            ("O", SyntheticVariants.SetO, SetOOnlyClutter, SyntheticVariants.SetOSeeds, SyntheticVariants.SetOSeedFirst),
            ("P", SyntheticVariants.SetP, SetPOnlyClutter, SyntheticVariants.SetPSeeds, SyntheticVariants.SetPSeedFirst),
            ("Q", SyntheticVariants.SetQ, SetQOnlyClutter, SyntheticVariants.SetQSeeds, SyntheticVariants.SetQSeedFirst),
            ("S", SyntheticVariants.SetS, SetSOnlyClutter, SyntheticVariants.SetSSeeds, SyntheticVariants.SetSSeedFirst),
            ("T", SyntheticVariants.SetT, SetTOnlyClutter, SyntheticVariants.SetTSeeds, SyntheticVariants.SetTSeedFirst),
            ("U", SyntheticVariants.SetU, SetUOnlyClutter, SyntheticVariants.SetUSeeds, SyntheticVariants.SetUSeedFirst),
            ("V", SyntheticVariants.SetV, SetVOnlyClutter, SyntheticVariants.SetVSeeds, SyntheticVariants.SetVSeedFirst),
            ("W", SyntheticVariants.SetW, SetWOnlyClutter, SyntheticVariants.SetWSeeds, SyntheticVariants.SetWSeedFirst),
            ("X", SyntheticVariants.SetX, SetXOnlyClutter, SyntheticVariants.SetXSeeds, SyntheticVariants.SetXSeedFirst),
            ("Y", SyntheticVariants.SetY, SetYOnlyClutter, SyntheticVariants.SetYSeeds, SyntheticVariants.SetYSeedFirst),
            ("Z", SyntheticVariants.SetZ, SetZOnlyClutter, SyntheticVariants.SetZSeeds, SyntheticVariants.SetZSeedFirst),
            ("1", SyntheticVariants.Set1, Set1OnlyClutter, SyntheticVariants.Set1Seeds, SyntheticVariants.Set1SeedFirst),
            ("2", SyntheticVariants.Set2, Set2OnlyClutter, SyntheticVariants.Set2Seeds, SyntheticVariants.Set2SeedFirst),
            ("3", SyntheticVariants.Set3, Set3OnlyClutter, SyntheticVariants.Set3Seeds, SyntheticVariants.Set3SeedFirst),
        ];
        var index = Array.FindIndex(written, w => w.Name == name);
        var (_, variants, own, seeds, firstSeed) = written[index];
        // Earlier seeds: A to E's, then those of every set written after E and before this one.
        return (variants, own, [.. seeds(100_000)], firstSeed, [.. earlier, .. written.Take(index).SelectMany(w => w.Seeds(int.MaxValue))]);
    }

    private static IEnumerable<SyntheticVariants> Before(SyntheticVariants variants) => InOrder.TakeWhile(v => v != variants);

    [Theory]
    [InlineData("F")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("I")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("P")]
    [InlineData("Q")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Later_set_draws_no_threat_shape_of_an_earlier_set_or_R(string name)
    {
        var variants = Later(name).Variants;
        var seen = Before(variants).SelectMany(v => v.Shapes).Concat(SyntheticVariants.Randomised.Shapes).ToHashSet();

        Assert.Empty(variants.Shapes.Intersect(seen));
        Assert.Equal(variants.Shapes.Count, variants.Shapes.Distinct().Count());
        Assert.Equal(name, variants.Name);
    }

    [Theory]
    [InlineData("F")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("I")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("P")]
    [InlineData("Q")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Later_set_adds_clutter_kinds_no_earlier_set_or_R_draws_to_all_of_theirs(string name)
    {
        var (variants, own, _, _, _) = Later(name);
        var seen = Before(variants).SelectMany(v => v.Clutter).ToHashSet();
        var laterOwn = InOrder.SkipWhile(v => v != variants).Skip(1).SelectMany(v => v.Clutter).Except(seen).Except(own);

        Assert.Empty(own.Intersect(seen));
        Assert.Empty(own.Intersect(SyntheticVariants.Randomised.Clutter));
        Assert.Equal(seen.Concat(own).Order(), variants.Clutter.Order());
        // Every clutter kind the earlier sets and R lack is this set's own or a later set's own; none is left undrawn.
        Assert.Equal(own.Concat(laterOwn).Order(),
            Enum.GetValues<ClutterKind>().Where(k => !seen.Contains(k) && k != ClutterKind.TrolleyFrame && !SyntheticVariants.Randomised.Clutter.Contains(k)).Order());
    }

    [Theory]
    [InlineData("F", 1_100_000)]
    [InlineData("G", 1_300_000)]
    [InlineData("H", 1_500_000)]
    [InlineData("I", 1_700_000)]
    [InlineData("J", 1_900_000)]
    [InlineData("K", 2_100_000)]
    [InlineData("L", 2_300_000)]
    [InlineData("M", 2_500_000)]
    [InlineData("N", 2_700_000)]
    [InlineData("O", 2_900_000)]
    [InlineData("P", 3_100_000)]
    [InlineData("Q", 3_300_000)]
    [InlineData("S", 3_500_000)]
    [InlineData("T", 3_700_000)]
    [InlineData("U", 3_900_000)]
    [InlineData("V", 4_100_000)]
    [InlineData("W", 4_300_000)]
    [InlineData("X", 4_500_000)]
    [InlineData("Y", 4_700_000)]
    [InlineData("Z", 4_900_000)]
    [InlineData("1", 5_100_000)]
    [InlineData("2", 5_300_000)]
    [InlineData("3", 5_500_000)]
    public void Later_set_seeds_overlap_none_of_the_earlier_sets_seeds(string name, int first)
    {
        var (_, _, seeds, firstSeed, earlier) = Later(name);

        Assert.Equal(first, firstSeed);
        Assert.Equal(firstSeed, seeds[0]);
        Assert.Equal(firstSeed - 1, earlier.Max());
        Assert.Empty(seeds.Intersect(earlier));
    }

    [Theory]
    [InlineData("F", 1_299_999)]
    [InlineData("G", 1_499_999)]
    [InlineData("H", 1_699_999)]
    [InlineData("I", 1_899_999)]
    [InlineData("J", 2_099_999)]
    [InlineData("K", 2_299_999)]
    [InlineData("L", 2_499_999)]
    [InlineData("M", 2_699_999)]
    [InlineData("N", 2_899_999)]
    [InlineData("O", 3_099_999)]
    [InlineData("P", 3_299_999)]
    [InlineData("Q", 3_499_999)]
    [InlineData("S", 3_699_999)]
    [InlineData("T", 3_899_999)]
    [InlineData("U", 4_099_999)]
    [InlineData("V", 4_299_999)]
    [InlineData("W", 4_499_999)]
    [InlineData("X", 4_699_999)]
    [InlineData("Y", 4_899_999)]
    [InlineData("Z", 5_099_999)]
    [InlineData("1", 5_299_999)]
    [InlineData("2", 5_499_999)]
    public void A_set_s_seeds_end_where_the_next_set_s_seeds_begin(string name, int last)
    {
        var (bounds, seedsOf, nextSeedsOf) = Bounded(name);

        Assert.Equal(last, bounds.Last);
        Assert.Equal(bounds.Last, seedsOf(int.MaxValue).Last());
        Assert.Equal(200_000, seedsOf(int.MaxValue).Count());
        Assert.Equal(bounds.NextFirst, bounds.Last + 1);
        Assert.Equal(bounds.NextFirst, nextSeedsOf(1).Single());
    }

    /// <summary>A set run once (bounded seeds): its last seed and the next set's first, and both seed ranges.</summary>
    private static ((int Last, int NextFirst) Bounds, Func<int, IEnumerable<int>> Seeds, Func<int, IEnumerable<int>> NextSeeds) Bounded(string name) => name switch
    {
        "F" => ((SyntheticVariants.SetFSeedLast, SyntheticVariants.SetGSeedFirst), SyntheticVariants.SetFSeeds, SyntheticVariants.SetGSeeds),
        "G" => ((SyntheticVariants.SetGSeedLast, SyntheticVariants.SetHSeedFirst), SyntheticVariants.SetGSeeds, SyntheticVariants.SetHSeeds),
        "H" => ((SyntheticVariants.SetHSeedLast, SyntheticVariants.SetISeedFirst), SyntheticVariants.SetHSeeds, SyntheticVariants.SetISeeds),
        "I" => ((SyntheticVariants.SetISeedLast, SyntheticVariants.SetJSeedFirst), SyntheticVariants.SetISeeds, SyntheticVariants.SetJSeeds),
        "J" => ((SyntheticVariants.SetJSeedLast, SyntheticVariants.SetKSeedFirst), SyntheticVariants.SetJSeeds, SyntheticVariants.SetKSeeds),
        "K" => ((SyntheticVariants.SetKSeedLast, SyntheticVariants.SetLSeedFirst), SyntheticVariants.SetKSeeds, SyntheticVariants.SetLSeeds),
        "L" => ((SyntheticVariants.SetLSeedLast, SyntheticVariants.SetMSeedFirst), SyntheticVariants.SetLSeeds, SyntheticVariants.SetMSeeds),
        "M" => ((SyntheticVariants.SetMSeedLast, SyntheticVariants.SetNSeedFirst), SyntheticVariants.SetMSeeds, SyntheticVariants.SetNSeeds),
        "N" => ((SyntheticVariants.SetNSeedLast, SyntheticVariants.SetOSeedFirst), SyntheticVariants.SetNSeeds, SyntheticVariants.SetOSeeds),
        "O" => ((SyntheticVariants.SetOSeedLast, SyntheticVariants.SetPSeedFirst), SyntheticVariants.SetOSeeds, SyntheticVariants.SetPSeeds),
        "P" => ((SyntheticVariants.SetPSeedLast, SyntheticVariants.SetQSeedFirst), SyntheticVariants.SetPSeeds, SyntheticVariants.SetQSeeds),
        "Q" => ((SyntheticVariants.SetQSeedLast, SyntheticVariants.SetSSeedFirst), SyntheticVariants.SetQSeeds, SyntheticVariants.SetSSeeds),
        "S" => ((SyntheticVariants.SetSSeedLast, SyntheticVariants.SetTSeedFirst), SyntheticVariants.SetSSeeds, SyntheticVariants.SetTSeeds),
        "T" => ((SyntheticVariants.SetTSeedLast, SyntheticVariants.SetUSeedFirst), SyntheticVariants.SetTSeeds, SyntheticVariants.SetUSeeds),
        "U" => ((SyntheticVariants.SetUSeedLast, SyntheticVariants.SetVSeedFirst), SyntheticVariants.SetUSeeds, SyntheticVariants.SetVSeeds),
        "V" => ((SyntheticVariants.SetVSeedLast, SyntheticVariants.SetWSeedFirst), SyntheticVariants.SetVSeeds, SyntheticVariants.SetWSeeds),
        "W" => ((SyntheticVariants.SetWSeedLast, SyntheticVariants.SetXSeedFirst), SyntheticVariants.SetWSeeds, SyntheticVariants.SetXSeeds),
        "X" => ((SyntheticVariants.SetXSeedLast, SyntheticVariants.SetYSeedFirst), SyntheticVariants.SetXSeeds, SyntheticVariants.SetYSeeds),
        "Y" => ((SyntheticVariants.SetYSeedLast, SyntheticVariants.SetZSeedFirst), SyntheticVariants.SetYSeeds, SyntheticVariants.SetZSeeds),
        "Z" => ((SyntheticVariants.SetZSeedLast, SyntheticVariants.Set1SeedFirst), SyntheticVariants.SetZSeeds, SyntheticVariants.Set1Seeds),
        "1" => ((SyntheticVariants.Set1SeedLast, SyntheticVariants.Set2SeedFirst), SyntheticVariants.Set1Seeds, SyntheticVariants.Set2Seeds),
        _ => ((SyntheticVariants.Set2SeedLast, SyntheticVariants.Set3SeedFirst), SyntheticVariants.Set2Seeds, SyntheticVariants.Set3Seeds),
    };

    [Fact]
    public void The_held_out_set_s_seeds_are_not_bounded_above()
    {
        // As many bags as its run asks for.
        Assert.Equal(SyntheticVariants.Set3SeedFirst + 299_999, SyntheticVariants.Set3Seeds(300_000).Last());
    }

    [Theory]
    [InlineData("F", 2)]
    [InlineData("G", 3)]
    [InlineData("H", 3)]
    [InlineData("J", 4)]
    [InlineData("K", 4)]
    [InlineData("L", 5)]
    [InlineData("M", 5)]
    [InlineData("N", 5)]
    [InlineData("O", 5)]
    [InlineData("P", 5)]
    [InlineData("Q", 5)]
    [InlineData("S", 5)]
    [InlineData("T", 5)]
    [InlineData("U", 5)]
    [InlineData("V", 5)]
    [InlineData("W", 5)]
    [InlineData("X", 5)]
    [InlineData("Y", 5)]
    [InlineData("Z", 5)]
    [InlineData("1", 5)]
    [InlineData("2", 5)]
    [InlineData("3", 5)]
    public void Later_set_covers_every_catalogue_item_with_knives_firearms_and_phones_and_keeps_the_held_out_ranges(string name, int fewest)
    {
        var variants = Later(name).Variants;

        Assert.All(XrayItems.All, item => Assert.NotEmpty(variants.ShapesOf(item)));
        Assert.All(new[] { XrayItems.Knife, XrayItems.Firearm, XrayItems.MobilePhone },
            item => Assert.True(variants.ShapesOf(item).Count >= fewest, item));
        Assert.All(variants.Shapes, shape => Assert.Contains(SyntheticVariants.ItemOf(shape), XrayItems.All));
        Assert.InRange(variants.NoiseMin, 0.02, 0.05);
        Assert.InRange(variants.NoiseMax, 0.02, 0.05);
        Assert.InRange(variants.ScaleMin, 0.85, 1.2);
        Assert.InRange(variants.ScaleMax, 0.85, 1.2);
    }

    [Theory]
    [InlineData("F")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("P")]
    [InlineData("Q")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Later_set_draws_each_of_its_clutter_kinds(string name)
    {
        var (variants, own, _, firstSeed, _) = Later(name);
        foreach (var kind in own)
        {
            var options = new SyntheticScannerOptions { Variants = variants with { Clutter = [kind] }, Noise = 0 };
            using var bag = new SyntheticScanner(options).Generate(firstSeed + 5);
            Assert.Contains(kind, bag.Truth.Clutter);
        }
    }

    public static TheoryData<ThreatShape> SetFShapes { get; } = [.. SyntheticVariants.SetF.Shapes];

    [Theory]
    [MemberData(nameof(SetFShapes))]
    public void Set_F_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.SetF, shape, SyntheticVariants.SetFSeedFirst);

    [Theory]
    [InlineData(ThreatShape.Bayonet, XrayItems.Knife)]
    [InlineData(ThreatShape.CutThroatRazor, XrayItems.Knife)]
    [InlineData(ThreatShape.SteakKnife, XrayItems.Knife)]
    [InlineData(ThreatShape.HolsteredPistol, XrayItems.Firearm)]
    [InlineData(ThreatShape.CutDownLeverAction, XrayItems.Firearm)]
    [InlineData(ThreatShape.PipeGun, XrayItems.Firearm)]
    [InlineData(ThreatShape.BatteryCasePhone, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.KeyFobPhone, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.PhoneInShoe, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.LinkedRounds, XrayItems.Ammunition)]
    [InlineData(ThreatShape.SimInCigarettes, XrayItems.SimCard)]
    [InlineData(ThreatShape.DentalSyringe, XrayItems.Syringe)]
    [InlineData(ThreatShape.JumpStarter, XrayItems.LithiumBattery)]
    [InlineData(ThreatShape.BoltCutters, XrayItems.Tool)]
    [InlineData(ThreatShape.WineCarton, XrayItems.Alcohol)]
    [InlineData(ThreatShape.FilmSachets, XrayItems.ControlledDrugs)]
    public void Set_G_shape_is_drawn_as_its_catalogue_item(ThreatShape shape, string item)
    {
        var options = new SyntheticScannerOptions { Variants = SyntheticVariants.SetG with { Shapes = [shape] } };
        using var bag = new SyntheticScanner(options).Generate(SyntheticVariants.SetGSeedFirst + 3, item);

        Assert.Contains(shape, SyntheticVariants.SetG.Shapes);
        Assert.Equal(item, SyntheticVariants.ItemOf(shape));
        Assert.Equal((item, shape), (bag.Truth.Threats[0].Item, bag.Truth.Threats[0].Shape));
    }

    public static TheoryData<ThreatShape> SetGShapes { get; } = [.. SyntheticVariants.SetG.Shapes];

    [Theory]
    [MemberData(nameof(SetGShapes))]
    public void Set_G_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.SetG, shape, SyntheticVariants.SetGSeedFirst);

    [Theory]
    [InlineData(ThreatShape.CardKnife, XrayItems.Knife)]
    [InlineData(ThreatShape.ToothbrushShiv, XrayItems.Knife)]
    [InlineData(ThreatShape.ThrowingKnives, XrayItems.Knife)]
    [InlineData(ThreatShape.PenKnife, XrayItems.Knife)]
    [InlineData(ThreatShape.PenGun, XrayItems.Firearm)]
    [InlineData(ThreatShape.MiniRevolver, XrayItems.Firearm)]
    [InlineData(ThreatShape.AirPistol, XrayItems.Firearm)]
    [InlineData(ThreatShape.CardPhone, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.PhoneInTin, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.WrappedPhoneBundle, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.PhoneInSoftToy, XrayItems.MobilePhone)]
    [InlineData(ThreatShape.SteelCaseRounds, XrayItems.Ammunition)]
    [InlineData(ThreatShape.SimInSoap, XrayItems.SimCard)]
    [InlineData(ThreatShape.GlassSyringe, XrayItems.Syringe)]
    [InlineData(ThreatShape.LithiumPrimaryCells, XrayItems.LithiumBattery)]
    [InlineData(ThreatShape.LockingPliers, XrayItems.Tool)]
    [InlineData(ThreatShape.TapeMeasure, XrayItems.Tool)]
    [InlineData(ThreatShape.BeerCans, XrayItems.Alcohol)]
    [InlineData(ThreatShape.DrugsInTennisBall, XrayItems.ControlledDrugs)]
    public void Set_H_shape_is_drawn_as_its_catalogue_item(ThreatShape shape, string item)
    {
        var options = new SyntheticScannerOptions { Variants = SyntheticVariants.SetH with { Shapes = [shape] } };
        using var bag = new SyntheticScanner(options).Generate(SyntheticVariants.SetHSeedFirst + 3, item);

        Assert.Contains(shape, SyntheticVariants.SetH.Shapes);
        Assert.Equal(item, SyntheticVariants.ItemOf(shape));
        Assert.Equal((item, shape), (bag.Truth.Threats[0].Item, bag.Truth.Threats[0].Shape));
    }

    public static TheoryData<ThreatShape> SetHShapes { get; } = [.. SyntheticVariants.SetH.Shapes];

    [Theory]
    [MemberData(nameof(SetHShapes))]
    public void Set_H_shape_lies_in_its_ground_truth_box(ThreatShape shape) =>
        AssertShapeLiesInItsBox(SyntheticVariants.SetH, shape, SyntheticVariants.SetHSeedFirst);

    /// <summary>The sets written by engineers who read neither the analyser nor any figures (I, J, K, L, M, N, O, P, Q, S, T, U, V, W, X, Y, Z, 1, 2, 3): the set and its first seed.</summary>
    private static (SyntheticVariants Variants, int FirstSeed) WrittenBlind(string name) => name switch
    {
        "I" => (SyntheticVariants.SetI, SyntheticVariants.SetISeedFirst),
        "J" => (SyntheticVariants.SetJ, SyntheticVariants.SetJSeedFirst),
        "K" => (SyntheticVariants.SetK, SyntheticVariants.SetKSeedFirst),
        "L" => (SyntheticVariants.SetL, SyntheticVariants.SetLSeedFirst),
        "M" => (SyntheticVariants.SetM, SyntheticVariants.SetMSeedFirst),
        "N" => (SyntheticVariants.SetN, SyntheticVariants.SetNSeedFirst),
        "O" => (SyntheticVariants.SetO, SyntheticVariants.SetOSeedFirst),
        "P" => (SyntheticVariants.SetP, SyntheticVariants.SetPSeedFirst),
        "Q" => (SyntheticVariants.SetQ, SyntheticVariants.SetQSeedFirst),
        "S" => (SyntheticVariants.SetS, SyntheticVariants.SetSSeedFirst),
        "T" => (SyntheticVariants.SetT, SyntheticVariants.SetTSeedFirst),
        "U" => (SyntheticVariants.SetU, SyntheticVariants.SetUSeedFirst),
        "V" => (SyntheticVariants.SetV, SyntheticVariants.SetVSeedFirst),
        "W" => (SyntheticVariants.SetW, SyntheticVariants.SetWSeedFirst),
        "X" => (SyntheticVariants.SetX, SyntheticVariants.SetXSeedFirst),
        "Y" => (SyntheticVariants.SetY, SyntheticVariants.SetYSeedFirst),
        "Z" => (SyntheticVariants.SetZ, SyntheticVariants.SetZSeedFirst),
        "1" => (SyntheticVariants.Set1, SyntheticVariants.Set1SeedFirst),
        "2" => (SyntheticVariants.Set2, SyntheticVariants.Set2SeedFirst),
        _ => (SyntheticVariants.Set3, SyntheticVariants.Set3SeedFirst),
    };

    public static TheoryData<string, ThreatShape> WrittenBlindShapes
    {
        get
        {
            var data = new TheoryData<string, ThreatShape>();
            foreach (var set in new[] { "I", "J", "K", "L", "M", "N", "O", "P", "Q", "S", "T", "U", "V", "W", "X", "Y", "Z", "1", "2", "3" })
            {
                foreach (var shape in WrittenBlind(set).Variants.Shapes)
                {
                    data.Add(set, shape);
                }
            }

            return data;
        }
    }

    [Theory]
    [InlineData("I")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("P")]
    [InlineData("Q")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void A_set_written_blind_covers_every_catalogue_item_and_has_at_least_four_knives_firearms_and_phones(string set)
    {
        var variants = WrittenBlind(set).Variants;

        Assert.All(XrayItems.All, item => Assert.NotEmpty(variants.ShapesOf(item)));
        Assert.All(new[] { XrayItems.Knife, XrayItems.Firearm, XrayItems.MobilePhone },
            item => Assert.True(variants.ShapesOf(item).Count >= 4, item));
    }

    [Theory]
    [MemberData(nameof(WrittenBlindShapes))]
    public void A_set_written_blind_draws_each_shape_as_its_catalogue_item(string set, ThreatShape shape)
    {
        var (variants, firstSeed) = WrittenBlind(set);
        var item = SyntheticVariants.ItemOf(shape);
        var options = new SyntheticScannerOptions { Variants = variants with { Shapes = [shape] } };
        using var bag = new SyntheticScanner(options).Generate(firstSeed + 3, item);

        Assert.Equal((item, shape), (bag.Truth.Threats[0].Item, bag.Truth.Threats[0].Shape));
    }

    [Theory]
    [MemberData(nameof(WrittenBlindShapes))]
    public void A_set_written_blind_draws_each_shape_inside_its_ground_truth_box(string set, ThreatShape shape)
    {
        var (variants, firstSeed) = WrittenBlind(set);
        AssertShapeLiesInItsBox(variants, shape, firstSeed);
    }

    [Fact]
    public void A_box_joined_with_an_empty_box_is_itself_whichever_side_the_empty_one_is()
    {
        var drawn = new PixelBox(10, 20, 5, 6);

        Assert.Equal(drawn, drawn.Union(default));
        Assert.Equal(drawn, default(PixelBox).Union(drawn));
        Assert.Equal(new PixelBox(10, 20, 25, 36), drawn.Union(new PixelBox(30, 50, 5, 6)));
    }

    /// <summary>
    /// Large threats (a pistol in its cereal box, a wine box, a rifle in its stock) are often placed
    /// with a part beyond the frame's edge: the part drawn nowhere must not stretch the truth box to
    /// the frame's corner, or a correct detection scores as a miss.
    /// </summary>
    [Theory]
    [InlineData("J", ThreatShape.PistolInCerealBox)]
    [InlineData("J", ThreatShape.ImprovisedSmg)]
    [InlineData("I", ThreatShape.TakedownRifle)]
    public void A_threat_partly_beyond_the_frame_keeps_a_box_round_what_was_drawn(string set, ThreatShape shape)
    {
        var (variants, firstSeed) = WrittenBlind(set);
        AssertShapeLiesInItsBox(variants, shape, firstSeed, seeds: 16);
    }

    /// <summary>Each set written blind draws the set before it's clutter, in its order, then its own kinds, each once and none of the earlier ones again.</summary>
    [Theory]
    [InlineData("I", "J")]
    [InlineData("J", "K")]
    [InlineData("K", "L")]
    [InlineData("L", "M")]
    [InlineData("M", "N")]
    [InlineData("N", "O")]
    [InlineData("O", "P")]
    [InlineData("P", "Q")]
    [InlineData("Q", "S")]
    [InlineData("S", "T")]
    [InlineData("T", "U")]
    [InlineData("U", "V")]
    [InlineData("V", "W")]
    [InlineData("W", "X")]
    [InlineData("X", "Y")]
    [InlineData("Y", "Z")]
    [InlineData("Z", "1")]
    [InlineData("1", "2")]
    [InlineData("2", "3")]
    public void A_set_written_blind_draws_the_set_before_it_s_clutter_in_its_order_then_its_own(string before, string set)
    {
        var earlier = WrittenBlind(before).Variants.Clutter;
        var variants = WrittenBlind(set).Variants;
        var own = variants.Clutter.Skip(earlier.Count).ToArray();

        Assert.Equal(earlier, variants.Clutter.Take(earlier.Count));
        Assert.NotEmpty(own);
        Assert.Equal(own.Length, own.Distinct().Count());
        Assert.Empty(own.Intersect(earlier));
        Assert.Equal(Later(set).OwnClutter, own);
        Assert.Equal(set, variants.Name);
    }

    [Fact]
    public void Ground_truth_json_carries_item_ids_and_boxes()
    {
        using var bag = new SyntheticScanner().Generate(5, XrayItems.Firearm);
        using var json = System.Text.Json.JsonDocument.Parse(bag.Truth.ToJson());
        var threat = json.RootElement.GetProperty("threats")[0];

        Assert.Equal("firearm", threat.GetProperty("item").GetString());
        Assert.Equal(4, threat.GetProperty("box").GetArrayLength());
        Assert.Equal(5, json.RootElement.GetProperty("seed").GetInt32());
    }

    [Fact]
    public void Every_item_id_is_in_the_rules_catalogue()
    {
        var catalogue = Screening.Rules.RuleSet.LoadDefault().Catalogue;
        Assert.All(XrayItems.All, id => Assert.True(catalogue.TryFind(id, out _), $"'{id}' is not a catalogue id"));
    }
}
