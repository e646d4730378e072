using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>
/// The analyser on bags these tests generate (tuning variant set A, seeds 500–519: outside both the
/// tuning seeds 1000–1999 and the evaluation seeds 9000+; a few tests pack set B's or C's clutter). Each supported class must be found, with
/// its catalogue id and a box on it, in most of twenty bags packed as usual (clothes, cables, keys,
/// coins, bottles over and under it): what an operator would notice is a threat the analyser walks
/// past. The full rates are the xray-quality benchmark's job.
/// </summary>
public sealed class XrayAnalyserTests
{
    private static readonly SyntheticScanner Scanner = new();
    private static readonly XrayAnalyser Analyser = new();

    private const int FirstSeed = 500;
    // Set when the forests were on A to J, each a bag or two under what those found (7, 14, 14, 20 and
    // 19 of 20). The A-to-L forests find thumb-sized phones in 6 of 20, on the bar: they are found in
    // only about a third of bags, which the README says.
    private const int MiniPhonesFound = 6;
    private const int PowerBanksFound = 12;
    private const int PouchCellsFound = 12;
    private const int GunsOnRailsFound = 18;
    private const int KnivesOnRailsFound = 17;
    private const int CompactPistolsFound = 18;
    private const int RevolversFound = 18;
    private const int FoldingKnivesFound = 12;
    private const int LargeSmartphonesFound = 16;
    private const int PhonesInChocolateFound = 13;
    private const int Bags = 20;
    // Bags of twenty packed with handbells that may alarm as a gun: set after V's run, where 16 of 23
    // clean bags with a handbell did (19 of these 20 with the forests of that run, 1 with b824d90's).
    private const int HandbellBagsCalledGuns = 2;

    /// <summary>How many of the twenty bags holding <paramref name="item"/> it was found in (same id, IoU ≥ 0.3).</summary>
    private static int Found(string item)
    {
        var found = 0;
        for (var seed = FirstSeed; seed < FirstSeed + Bags; seed++)
        {
            using var bag = Scanner.Generate(seed, item);
            var truth = bag.Truth.Threats[0].Box;
            var analysis = Analyser.Analyse(bag.Image);
            Assert.All(analysis.Detections, d => Assert.InRange(d.Confidence, 0.25, 1));
            if (analysis.Detections.Any(d => d.Item == item && d.Box.IoU(truth) >= 0.3))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>A candidate as a class rule would put it forward, with its measurements left at 0 (for deciding by rule score).</summary>
    private static XrayCandidate Candidate(string item, double score, PixelBox box) => new(item, score, box, new float[XrayAnalyser.FeatureNames.Count]);

    // The issue's targets: firearms, knives and phones at 90 % or better (a margin of one bag for phones).
    [Fact]
    public void Firearm_is_found_in_at_least_18_of_20_bags() => Assert.InRange(Found(XrayItems.Firearm), 18, Bags);

    [Fact]
    public void Knife_is_found_in_at_least_18_of_20_bags() => Assert.InRange(Found(XrayItems.Knife), 18, Bags);

    [Fact]
    public void Mobile_phone_is_found_in_at_least_17_of_20_bags() => Assert.InRange(Found(XrayItems.MobilePhone), 17, Bags);

    [Fact]
    public void Lithium_battery_is_found_in_at_least_14_of_20_bags() => Assert.InRange(Found(XrayItems.LithiumBattery), 14, Bags);

    [Fact]
    public void Tool_is_found_in_at_least_14_of_20_bags() => Assert.InRange(Found(XrayItems.Tool), 14, Bags);

    [Fact]
    public void Alcohol_bottle_is_found_in_at_least_10_of_20_bags() => Assert.InRange(Found(XrayItems.Alcohol), 10, Bags);

    [Fact]
    public void Ammunition_is_found_in_at_least_8_of_20_bags() => Assert.InRange(Found(XrayItems.Ammunition), 8, Bags);

    /// <summary>
    /// How many of twenty bags of the given shape, packed with set A's clutter (or with that of
    /// <paramref name="packedAs"/>, at its noise and scale), the shape's item was found in: one shape at a time, so a kind of phone or battery cannot hide behind the others.
    /// </summary>
    private static int FoundShape(ThreatShape shape, string item, SyntheticVariants? packedAs = null)
    {
        var variants = (packedAs ?? SyntheticVariants.Tuning) with { Name = shape.ToString(), Shapes = [shape] };
        var scanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = variants });
        var found = 0;
        for (var seed = FirstSeed; seed < FirstSeed + Bags; seed++)
        {
            using var bag = scanner.Generate(seed, item);
            var truth = bag.Truth.Threats[0];
            Assert.Equal(shape, truth.Shape);
            found += Analyser.Analyse(bag.Image).Detections.Any(d => d.Item == item && d.Box.IoU(truth.Box) >= 0.3) ? 1 : 0;
        }

        return found;
    }

    // Thumb-sized phones (about 45 x 20 mm) are what is smuggled into prisons; power banks and pouch
    // cells are flat slabs like a phone, all of them battery.
    [Theory]
    [InlineData(ThreatShape.MiniPhone, XrayItems.MobilePhone, MiniPhonesFound)]
    [InlineData(ThreatShape.PowerBank, XrayItems.LithiumBattery, PowerBanksFound)]
    [InlineData(ThreatShape.PouchCell, XrayItems.LithiumBattery, PouchCellsFound)]
    public void Small_phones_and_flat_batteries_are_found(ThreatShape shape, string item, int atLeast) =>
        Assert.InRange(FoundShape(shape, item), atLeast, Bags);

    /// <summary>
    /// A phone hidden in a chocolate bar (set X's shape), among set A's clutter: the bar and the phone
    /// are one region at every plain cut, so only what the phone adds above its host shows it (the
    /// raised cuts). Set when those came in, two bags under the 15 of 20 found then; the analyser and
    /// phone forest before them found 10.
    /// </summary>
    [Fact]
    public void Phone_hidden_in_a_chocolate_bar_is_found() =>
        Assert.InRange(FoundShape(ThreatShape.PhoneInChocolateBar, XrayItems.MobilePhone), PhonesInChocolateFound, Bags);

    /// <summary>
    /// Everyday handguns, knives and phones of set B, packed with B's clutter (belts, headphones,
    /// laptop chargers, tins, cutlery, watches) at B's noisier settings: the guns a gate meets most
    /// must not be lost to the forests' doubt about odd shapes (the A-L firearm forest at its old
    /// clean-bag budget found B's compact pistols and revolvers in about a third of bags).
    /// </summary>
    [Theory]
    [InlineData(ThreatShape.CompactPistol, XrayItems.Firearm, CompactPistolsFound)]
    [InlineData(ThreatShape.Revolver, XrayItems.Firearm, RevolversFound)]
    [InlineData(ThreatShape.FoldingKnife, XrayItems.Knife, FoldingKnivesFound)]
    [InlineData(ThreatShape.LargeSmartphone, XrayItems.MobilePhone, LargeSmartphonesFound)]
    public void Everyday_threats_among_set_B_clutter_are_found(ThreatShape shape, string item, int atLeast) =>
        Assert.InRange(FoundShape(shape, item, SyntheticVariants.Evaluation), atLeast, Bags);

    /// <summary>
    /// A wheeled bag's trolley frame runs along and across the whole bag; a gun or a knife lying over
    /// its rails must still be found. Twenty bags holding both, from seed 500 on.
    /// </summary>
    [Theory]
    [InlineData(XrayItems.Firearm, GunsOnRailsFound)]
    [InlineData(XrayItems.Knife, KnivesOnRailsFound)]
    public void Threat_in_a_bag_with_a_trolley_frame_is_found(string item, int atLeast)
    {
        var found = 0;
        var bags = 0;
        for (var seed = FirstSeed; bags < Bags; seed++)
        {
            using var bag = Scanner.Generate(seed, item);
            if (!bag.Truth.Clutter.Contains(ClutterKind.TrolleyFrame))
            {
                continue;
            }

            bags++;
            var truth = bag.Truth.Threats[0].Box;
            found += Analyser.Analyse(bag.Image).Detections.Any(d => d.Item == item && d.Box.IoU(truth) >= 0.3) ? 1 : 0;
        }

        Assert.InRange(found, atLeast, Bags);
    }

    [Fact]
    public void At_most_2_of_20_clean_bags_raise_any_alarm()
    {
        var alarms = 0;
        for (var seed = FirstSeed; seed < FirstSeed + Bags; seed++)
        {
            using var bag = Scanner.Generate(seed);
            alarms += Analyser.Analyse(bag.Image).Detections.Count > 0 ? 1 : 0;
        }

        Assert.InRange(alarms, 0, 2);
    }

    // Heavy innocent steel is what a gun is most often mistaken for. Twenty bags each holding one or
    // more handbells (set V's clutter, so in training since b824d90) among clothes, keys, coins, books,
    // toiletries and chargers, on a trolley frame in about half: a search officer sent to hand-search
    // them for a gun would soon stop trusting it. Bike locks are not on a bar yet: the same bags with
    // them instead are called guns in 7 of 20 (piles of two or three locks, or a lock's body with keys
    // hanging from its end), against 8 before V joined training.
    [Fact]
    public void At_most_2_of_20_bags_with_handbells_are_called_guns()
    {
        var scanner = new SyntheticScanner(new SyntheticScannerOptions
        {
            Variants = SyntheticVariants.HeldOut with { Clutter = [ClutterKind.Handbell, ClutterKind.Keys, ClutterKind.Coins, ClutterKind.Book, ClutterKind.Toiletries, ClutterKind.Charger] },
            ClutterMin = 6,
            ClutterMax = 10,
        });
        var (bags, guns) = (0, 0);
        for (var seed = FirstSeed; bags < Bags; seed++)
        {
            using var bag = scanner.Generate(seed);
            if (!bag.Truth.Clutter.Contains(ClutterKind.Handbell))
            {
                continue;
            }

            bags++;
            guns += Analyser.Analyse(bag.Image).Detections.Any(d => d.Item == XrayItems.Firearm) ? 1 : 0;
        }

        Assert.InRange(guns, 0, HandbellBagsCalledGuns);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(502)]
    public void Clean_bag_raises_no_alarm(int seed)
    {
        using var bag = Scanner.Generate(seed);
        var analysis = Analyser.Analyse(bag.Image);

        Assert.Empty(analysis.Detections);
        Assert.False(analysis.OpaqueArea);
    }

    // Training scores forests on candidates measured once: deciding them must report exactly what
    // analysing the frame reports, or the training figures would not be the benchmark's.
    [Theory]
    [InlineData(XrayItems.Knife)]
    [InlineData(XrayItems.Firearm)]
    [InlineData(XrayItems.MobilePhone)]
    public void Deciding_a_frames_candidates_reports_what_analysing_it_reports(string item)
    {
        using var bag = Scanner.Generate(FirstSeed + 3, item);

        var truth = bag.Truth.Threats[0].Box;

        var analysed = Analyser.Analyse(bag.Image).Detections;
        var decided = Analyser.Decide(Analyser.Candidates(bag.Image));

        Assert.Contains(decided, d => d.Item == item && d.Box.IoU(truth) >= 0.3);
        Assert.Equal(analysed, decided);
    }

    // A bag goes through the tunnel either way round. Turned end for end, each threat must be found
    // or missed just the same, on the turned box, with about the same confidence: the verifier reads
    // a candidate in its own frame, from the end and the side holding more metal.
    [Theory]
    [InlineData(XrayItems.Knife)]
    [InlineData(XrayItems.Firearm)]
    [InlineData(XrayItems.MobilePhone)]
    public void A_bag_turned_end_for_end_is_decided_the_same(string item)
    {
        for (var seed = FirstSeed; seed < FirstSeed + 8; seed++)
        {
            using var bag = Scanner.Generate(seed, item);
            using var turned = new Mat();
            Cv2.Rotate(bag.Image, turned, RotateFlags.Rotate180);
            var truth = bag.Truth.Threats[0].Box;
            var turnedTruth = new PixelBox(bag.Image.Width - truth.X - truth.Width, bag.Image.Height - truth.Y - truth.Height, truth.Width, truth.Height);

            var asPacked = Best(Analyser.Analyse(bag.Image), truth);
            var asTurned = Best(Analyser.Analyse(turned), turnedTruth);

            Assert.True(asPacked.HasValue == asTurned.HasValue, $"seed {seed}: {item} {(asPacked.HasValue ? "found" : "missed")} as packed, {(asTurned.HasValue ? "found" : "missed")} turned round");
            Assert.InRange(Math.Abs((asPacked ?? 0) - (asTurned ?? 0)), 0, 0.15);
        }

        double? Best(XrayAnalysis analysis, PixelBox box) =>
            analysis.Detections.Where(d => d.Item == item && d.Box.IoU(box) >= 0.3).Select(d => (double?)d.Confidence).Max();
    }

    // One object read as two different items stays two alarms: hiding the less confident reading
    // could hide the real threat (a knife also read as a tool).
    [Fact]
    public void One_object_read_as_two_items_reports_both()
    {
        var rulesOnly = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = false });
        var box = new PixelBox(100, 100, 200, 40);

        var detections = rulesOnly.Decide([Candidate(XrayItems.Tool, 0.9, box), Candidate(XrayItems.Knife, 0.6, box with { X = 110 })]);

        Assert.Equal([XrayItems.Tool, XrayItems.Knife], detections.Select(d => d.Item));
    }

    [Fact]
    public void Overlapping_readings_of_one_item_report_the_most_confident_and_a_firearm_hides_its_parts()
    {
        var rulesOnly = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = false });
        var gun = new PixelBox(100, 100, 200, 150);

        var detections = rulesOnly.Decide(
        [
            Candidate(XrayItems.Firearm, 0.3, gun),
            Candidate(XrayItems.Firearm, 0.9, gun with { Width = 180 }),
            Candidate(XrayItems.Ammunition, 0.5, new PixelBox(150, 150, 30, 60)),
            Candidate(XrayItems.Knife, 0.6, new PixelBox(600, 100, 200, 40)),
        ]);

        Assert.Equal(2, detections.Count);
        Assert.Equal(0.88, detections.Single(d => d.Item == XrayItems.Firearm).Confidence, 2);
        Assert.Contains(detections, d => d.Item == XrayItems.Knife);
    }

    [Fact]
    public void A_whole_object_read_as_a_firearm_and_as_a_knife_reports_both()
    {
        var rulesOnly = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = false });
        var bayonet = new PixelBox(100, 100, 240, 60);

        // The knife reading covers most of the firearm's box: the same object, not a part of a gun.
        var detections = rulesOnly.Decide([Candidate(XrayItems.Firearm, 0.8, bayonet), Candidate(XrayItems.Knife, 0.5, bayonet with { X = 110, Width = 220 })]);

        Assert.Equal([XrayItems.Firearm, XrayItems.Knife], detections.Select(d => d.Item));
    }

    [Fact]
    public void Block_the_beam_does_not_get_through_raises_the_opaque_area_alarm()
    {
        using var shielded = new SyntheticScanner(new SyntheticScannerOptions { OpaqueBlockProbability = 1 }).Generate(500);
        using var open = new SyntheticScanner(new SyntheticScannerOptions { OpaqueBlockProbability = 0 }).Generate(500);

        var alarm = Analyser.Analyse(shielded.Image);
        var clear = Analyser.Analyse(open.Image);

        Assert.True(alarm.OpaqueArea);
        Assert.True(alarm.LargestOpaqueMm2 >= new XrayAnalyserOptions().OpaqueAreaMm2);
        Assert.False(clear.OpaqueArea);
    }

    [Fact]
    public void Opaque_area_below_the_configured_size_does_not_alarm()
    {
        using var shielded = new SyntheticScanner(new SyntheticScannerOptions { OpaqueBlockProbability = 1 }).Generate(500);
        var lenient = new XrayAnalyser(new XrayAnalyserOptions { OpaqueAreaMm2 = 1_000_000 });

        Assert.False(lenient.Analyse(shielded.Image).OpaqueArea);
    }

    [Fact]
    public void Boxes_are_in_the_original_pixels_of_a_large_frame()
    {
        using var bag = new SyntheticScanner(new SyntheticScannerOptions { Width = 2048, Height = 1536 }).Generate(500, XrayItems.Firearm);
        var analysis = Analyser.Analyse(bag.Image);
        var truth = bag.Truth.Threats[0].Box;

        var gun = Assert.Single(analysis.Detections, d => d.Item == XrayItems.Firearm);
        Assert.True(gun.Box.IoU(truth) >= 0.3, $"box {gun.Box} against ground truth {truth}");
    }

    [Fact]
    public void Materials_are_classified_per_pixel_in_the_palette_convention()
    {
        using var image = new Mat(40, 40, MatType.CV_8UC3, Scalar.All(255));
        Cv2.Rectangle(image, new Rect(0, 0, 10, 10), new Scalar(40, 120, 230), -1);  // orange (BGR)
        Cv2.Rectangle(image, new Rect(10, 0, 10, 10), new Scalar(60, 170, 40), -1);  // green
        Cv2.Rectangle(image, new Rect(20, 0, 10, 10), new Scalar(200, 60, 20), -1);  // blue
        Cv2.Rectangle(image, new Rect(30, 0, 10, 10), new Scalar(5, 5, 5), -1);      // black

        using var labels = XrayAnalyser.ClassifyMaterials(image);

        Assert.Equal((byte)XrayMaterial.Organic, labels.At<byte>(5, 5));
        Assert.Equal((byte)XrayMaterial.Mixed, labels.At<byte>(5, 15));
        Assert.Equal((byte)XrayMaterial.Inorganic, labels.At<byte>(5, 25));
        Assert.Equal((byte)XrayMaterial.Opaque, labels.At<byte>(5, 35));
        Assert.Equal((byte)XrayMaterial.Background, labels.At<byte>(30, 30));
    }

    [Fact]
    public void Empty_image_is_refused_by_the_analyser()
    {
        using var empty = new Mat();
        Assert.Throws<ArgumentException>(() => Analyser.Analyse(empty));
    }
}
