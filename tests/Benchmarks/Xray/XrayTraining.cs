using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;
using OpenCvSharp.ML;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// Trains the analyser's verifier (<see cref="XrayVerifier"/>): one OpenCV random forest per
/// catalogue item over the candidates' measurements, and each item's alarm threshold.
/// </summary>
/// <remarks>
/// <para>Data. Bags come from the training variants only: by default the union of variant sets A to Q and S to V
/// (their threat shapes and clutter, noise 1.5–5 %, scale 0.85–1.2), 1200 bags per item and 4500 clean,
/// with seeds 100000–199999 for training and 200000–299999 for choosing thresholds. C to V joined after
/// their held-out measurements (H, I and J together, after J's run, with three times the bags of before;
/// K and L together, before M's run; M before N's run, N after it; O, P, Q and S together, after S's run;
/// T after its run; U and V after V's run).
/// The shipped phone forest is trained on A to M (<c>--variants</c> with <c>--items</c>); the firearm
/// forest with <see cref="EverydayShapes"/> weighted; the ammunition forest stays A to S's. Each threat shape's positive candidates are
/// repeated up to the mean count per shape (<see cref="BalanceShapes"/>; <c>--unbalanced</c> turns
/// that off).
/// <c>--holdout</c> draws a set's own bags from seeds 300000 to measure forests trained without it.</para>
/// <para>Labels. A candidate is the item it was proposed as when its box overlaps a ground-truth
/// box of that item with IoU ≥ 0.3 (the quality benchmark's rule), and is not when the IoU is
/// below 0.1; candidates in between are left out of training.</para>
/// <para>Thresholds. Per item, the lowest forest probability at which that item alarms on no more
/// than its share of the threshold set's clean bags (<see cref="Budgets"/>, at most 6.5 % of clean
/// bags in all), so the false-alarm rate is chosen, not found afterwards.</para>
/// </remarks>
public static partial class XrayTraining
{
    public const int TrainingSeedFirst = 100_000;
    public const int ThresholdSeedFirst = 200_000;

    /// <summary>Seeds of the bags a <c>--holdout</c> set is measured on, drawn from that set's own variants.</summary>
    public const int HoldoutSeedFirst = 300_000;

    /// <summary>
    /// The training variants: by default everything sets A to Q and S to V draw (C to V joined after
    /// their held-out measurements), at noise 1.5–5 % and scale 0.85–1.2 whichever sets are
    /// picked.
    /// <c>--variants</c> picks other letters (e.g. <c>ABC</c>, to measure a change on D while D is
    /// still unseen by the forests).
    /// </summary>
    private static SyntheticVariants VariantsOf(string letters)
    {
        var chosen = SetsOf(letters, "--variants");
        // R's families are each as varied as several fixed shapes: each is drawn RandomisedWeight
        // times as often as one fixed shape or clutter kind (about a quarter of the knives, guns and
        // phones, and of the clutter, with A–D).
        var fixedSets = chosen.Where(v => v != SyntheticVariants.Randomised).ToList();
        var randomised = chosen.Contains(SyntheticVariants.Randomised) ? Enumerable.Repeat(SyntheticVariants.Randomised, RandomisedWeight).ToList() : [];
        return new SyntheticVariants(
            string.Join('+', chosen.Select(v => v.Name)),
            [.. fixedSets.SelectMany(v => v.Clutter).Distinct().Concat(randomised.SelectMany(v => v.Clutter))],
            [.. fixedSets.SelectMany(v => v.Shapes).Distinct().Concat(randomised.SelectMany(v => v.Shapes))],
            NoiseMin: 0.015,
            NoiseMax: 0.05,
            ScaleMin: 0.85,
            ScaleMax: 1.2);
    }

    private const int RandomisedWeight = 4;

    /// <summary>Every set in the shipped forests' training (A to Q and S to V; R only on request; W, X, Y, Z, 1 and 2, each run once since, for <c>--holdout</c> or <c>--variants</c>; the shipped knife forest is A to Y's).</summary>
    private const string DefaultVariants = "ABCDEFGHIJKLMNOPQSTUV";

    private static readonly Dictionary<char, SyntheticVariants> Sets = new()
    {
        ['A'] = SyntheticVariants.Tuning,
        ['B'] = SyntheticVariants.Evaluation,
        ['C'] = SyntheticVariants.HeldOut,
        ['D'] = SyntheticVariants.Fresh,
        ['E'] = SyntheticVariants.SetE,
        ['F'] = SyntheticVariants.SetF,
        ['G'] = SyntheticVariants.SetG,
        ['H'] = SyntheticVariants.SetH,
        ['I'] = SyntheticVariants.SetI,
        ['J'] = SyntheticVariants.SetJ,
        ['K'] = SyntheticVariants.SetK,
        ['L'] = SyntheticVariants.SetL,
        ['M'] = SyntheticVariants.SetM,
        ['N'] = SyntheticVariants.SetN,
        ['O'] = SyntheticVariants.SetO,
        ['P'] = SyntheticVariants.SetP,
        ['Q'] = SyntheticVariants.SetQ,
        ['R'] = SyntheticVariants.Randomised,
        ['S'] = SyntheticVariants.SetS,
        ['T'] = SyntheticVariants.SetT,
        ['U'] = SyntheticVariants.SetU,
        ['V'] = SyntheticVariants.SetV,
        ['W'] = SyntheticVariants.SetW,
        ['X'] = SyntheticVariants.SetX,
        ['Y'] = SyntheticVariants.SetY,
        ['Z'] = SyntheticVariants.SetZ,
        ['1'] = SyntheticVariants.Set1,
        ['2'] = SyntheticVariants.Set2,
    };

    private static List<SyntheticVariants> SetsOf(string letters, string option) =>
        [.. letters.ToUpperInvariant().Select(c => Sets.TryGetValue(c, out var set) ? set
            : throw new ArgumentException($"xray-train: {option} takes letters of {string.Concat(Sets.Keys)}, not '{c}'"))];

    /// <summary>A candidate is its item at this overlap with a ground-truth box of it (the quality benchmark's rule), and is not below <see cref="NegativeIoU"/>.</summary>
    private const double PositiveIoU = 0.3;

    private const double NegativeIoU = 0.1;

    /// <summary>Where the shipped forests live, relative to the repository root (the default <c>--out</c>).</summary>
    private static readonly string ShippedModels = Path.Combine("src", "Devices", "Xray", "Models");

    /// <summary>
    /// Share of clean bags each item may alarm on (chosen on the threshold set): the three target classes
    /// get the most. A firearm missed at a prison gate is the worst outcome there is and a bag searched by
    /// hand costs a minute, so firearms get nearly as much as knives and phones (at 0.6 %, its old budget, the
    /// firearm forest turned down two thirds of set B's ordinary compact pistols and revolvers).
    /// </summary>
    private static readonly Dictionary<string, double> Budgets = new()
    {
        [XrayItems.Knife] = 0.022,
        [XrayItems.MobilePhone] = 0.022,
        [XrayItems.Firearm] = 0.02,
        [XrayItems.Ammunition] = 0.003,
        [XrayItems.LithiumBattery] = 0.003,
        [XrayItems.Tool] = 0.003,
        [XrayItems.Alcohol] = 0.006,
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs <c>xray-train</c>; a wrong argument is named on standard error, with exit code 2.</summary>
    public static int Run(string[] args)
    {
        try
        {
            return Train(args);
        }
        catch (ArgumentException e) when (e.Message.StartsWith("xray-train:", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int Train(string[] args)
    {
        var perClass = Int(args, "--bags-per-class", 1200);
        var clean = Int(args, "--clean-bags", 4500);
        var thresholdPerClass = Int(args, "--threshold-bags-per-class", 150);
        var thresholdClean = Int(args, "--threshold-clean-bags", 2000);
        var trees = Int(args, "--trees", 80);
        var depth = Int(args, "--depth", 10);
        var minSamples = Int(args, "--min-samples", 10);
        // --cache DIR: keep the measured candidates there and reuse them while the features, the
        // variants and the bag counts are the same (to try forest settings without re-analysing).
        var cache = Arg(args, "--cache", "");
        _anyBuild = args.Contains("--cache-any-build");
        var output = Arg(args, "--out", ShippedModels);

        var variants = VariantsOf(Arg(args, "--variants", DefaultVariants));
        // --holdout LETTERS: after training, measure the forests and thresholds on each of these
        // sets (its own variants, seeds from HoldoutSeedFirst), for choosing what generalises to a
        // set the forests have not seen. --drop NAMES: features (by name, comma-separated) the
        // forests may not use (set to 0 everywhere), to see which ones generalise.
        var holdout = SetsOf(Arg(args, "--holdout", ""), "--holdout");
        // --without-shapes-of LETTERS: leave those sets' threat bags out of training and thresholds (their
        // clutter stays in, in every other bag), so a set already in the cached --variants can still be
        // measured with --holdout on shapes the forests have not seen: a quick leave-one-set-out check.
        var withheld = SetsOf(Arg(args, "--without-shapes-of", ""), "--without-shapes-of");
        var withheldShapes = withheld.SelectMany(set => set.Shapes).ToHashSet();
        if (holdout.FirstOrDefault(set => set == SyntheticVariants.Randomised || (variants.Name.Split('+').Contains(set.Name) && !withheld.Contains(set))) is { } trained)
        {
            Console.Error.WriteLine($"xray-train: --holdout {trained.Name} is {(trained == SyntheticVariants.Randomised ? "training-only (R has no shapes for most items)" : "among the training --variants")}; pick a set the forests are not trained on");
            return 2;
        }

        var dropped = Arg(args, "--drop", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => XrayAnalyser.FeatureNames.ToList().IndexOf(name) is var i and >= 0 ? i
                : throw new ArgumentException($"xray-train: --drop names features of the analyser, not '{name}'")).ToHashSet();
        var analyser = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = false, MeasureGrids = true });
        // --budget item=share,...: clean-bag shares that replace those of Budgets for this run.
        var budgets = BudgetsOf(Arg(args, "--budget", ""));
        // --measure DIR: no training; only measure the forests already in DIR on the --holdout sets.
        var measureOnly = Arg(args, "--measure", "");
        if (measureOnly.Length > 0)
        {
            if (holdout.Count == 0)
            {
                Console.Error.WriteLine("xray-train: --measure DIR measures on the --holdout sets; name at least one");
                return 2;
            }

            if (args.Contains("--rethreshold"))
            {
                // --rethreshold: DIR's forests with thresholds chosen again on the --variants' threshold
                // bags at the budgets (--budget), written to --out; that copy is what is measured.
                var copy = Arg(args, "--out", "") is { Length: > 0 } chosen && Path.GetFullPath(chosen) != Path.GetFullPath(ShippedModels)
                    ? chosen : throw new ArgumentException("xray-train: --rethreshold writes the forests and new thresholds to --out DIR, which must not be the shipped models");
                var thresholdScanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = variants });
                var bags = Without(dropped, Cached(cache, variants, "threshold", ThresholdSeedFirst, thresholdPerClass, thresholdClean,
                    () => Collect(thresholdScanner, analyser, ThresholdSeedFirst, thresholdPerClass, thresholdClean)), withheldShapes);
                Rethreshold(measureOnly, copy, bags, budgets);
                measureOnly = copy;
            }

            if (args.Contains("--sweep"))
            {
                // --sweep: every threshold scaled together, for comparing two builds at equal clean-bag alarms.
                SweepHoldout(holdout, dropped, cache, analyser, measureOnly, thresholdPerClass, thresholdClean / 2);
                return 0;
            }

            MeasureHoldout(holdout, dropped, cache, analyser, measureOnly, thresholdPerClass, thresholdClean / 2);
            // --explain SHAPE: where that held-out shape's candidates lie against the training positives.
            if (Arg(args, "--explain", "") is { Length: > 0 } explain)
            {
                var trainingScanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = variants });
                var positivesFrom = Cached(cache, variants, "training", TrainingSeedFirst, perClass, clean, () => Collect(trainingScanner, analyser, TrainingSeedFirst, perClass, clean));
                var heldOut = holdout.Select(set => Cached(cache, set, "holdout", HoldoutSeedFirst, thresholdPerClass, thresholdClean / 2, () => throw new InvalidOperationException("--explain needs the --holdout set cached")));
                Explain(explain, positivesFrom, [.. heldOut.SelectMany(h => h)], measureOnly);
            }

            return 0;
        }

        var scanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = variants });

        Console.WriteLine($"Training bags: {perClass} per class + {clean} clean, seeds from {TrainingSeedFirst} (variants {variants.Name})");
        var training = Without(dropped, Cached(cache, variants, "training", TrainingSeedFirst, perClass, clean, () => Collect(scanner, analyser, TrainingSeedFirst, perClass, clean)), withheldShapes);
        Report("training", training, perClass);
        if (args.Contains("--survey"))
        {
            // Per threat shape: the share of its bags some candidate of the right item reached.
            foreach (var shape in training.Where(s => s.Shape is not null).GroupBy(s => s.Shape!.Value).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
            {
                var bags = shape.Select(s => s.Seed).Distinct().Count();
                var reached = shape.Where(s => s.Candidate.Item == s.Truth && s.Label == true).Select(s => s.Seed).Distinct().Count();
                Console.WriteLine($"  {shape.Key,-22} {reached,4}/{bags,-4}");
            }

            // Candidates only: how many threats the class rules reach, before any training.
            return 0;
        }

        Directory.CreateDirectory(output);
        // --items LIST: train only these items' forests; the others' forests and thresholds already in
        // --out stay as they are (to try a change on one item without retraining the rest).
        var only = Arg(args, "--items", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => XrayItems.All.Contains(item) ? item : throw new ArgumentException($"xray-train: --items names catalogue items ({string.Join(", ", XrayItems.All)}), not '{item}'"))
            .ToHashSet(StringComparer.Ordinal);
        var balance = !args.Contains("--unbalanced");
        // --everyday-weight N: the positives of everyday shapes (EverydayShapes) weigh N times as much
        // (after balancing); 1 turns it off.
        var everydayWeight = Int(args, "--everyday-weight", DefaultEverydayWeight);
        if (everydayWeight is < 1 or > 20)
        {
            throw new ArgumentException($"xray-train: --everyday-weight takes a whole number from 1 to 20, not {everydayWeight}");
        }

        // --networks LIST: these items also get a small network beside the forest, trained on the same
        // rows (XrayNetwork); the item's probability and threshold are then the mean of the two.
        var networked = Arg(args, "--networks", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => XrayItems.All.Contains(item) ? item : throw new ArgumentException($"xray-train: --networks names catalogue items ({string.Join(", ", XrayItems.All)}), not '{item}'"))
            .ToHashSet(StringComparer.Ordinal);
        if (only.Count > 0 && networked.FirstOrDefault(item => !only.Contains(item)) is { } untrained)
        {
            throw new ArgumentException($"xray-train: --networks names '{untrained}', which --items leaves out");
        }

        // --hidden N: the networks' hidden units. --grid: the networks read each candidate's grid
        // (XrayAnalyser.GridNames) after its measurements.
        var hidden = Int(args, "--hidden", 16);
        _grid = args.Contains("--grid");
        List<Sample> ThresholdBags() => Without(dropped, Cached(cache, variants, "threshold", ThresholdSeedFirst, thresholdPerClass, thresholdClean, () => Collect(scanner, analyser, ThresholdSeedFirst, thresholdPerClass, thresholdClean)), withheldShapes);
        if (args.Contains("--learners"))
        {
            // --learners: a network beside the forests in --models (default the shipped ones), judged on the --holdout sets; nothing is written.
            IReadOnlyCollection<string> compared = only.Count > 0 ? only : [XrayItems.Knife, XrayItems.MobilePhone, XrayItems.Firearm];
            return CompareLearners(training, ThresholdBags(), holdout, cache, analyser, Arg(args, "--models", ShippedModels), compared, budgets, balance, everydayWeight, thresholdPerClass, thresholdClean / 2, hidden);
        }

        if (args.Contains("--beside-forests"))
        {
            // --beside-forests: train only the --networks items' networks, beside the forests already in
            // --out (trained earlier, perhaps on other variants), and choose those items' thresholds again.
            return TrainNetworksBesideForests(training, networked, hidden, output, budgets, balance, everydayWeight, holdout, dropped, cache, analyser, ThresholdBags, thresholdPerClass, thresholdClean);
        }

        var forests = new Dictionary<string, RTrees>();
        var networks = new Dictionary<string, XrayNetwork>();
        foreach (var item in XrayItems.All.Where(item => only.Count == 0 || only.Contains(item)))
        {
            var rows = RowsOf(training, item, balance, everydayWeight);

            var positives = rows.Count(r => r.Label == true);
            if (positives < 30)
            {
                Console.WriteLine($"{item}: {positives} positive candidates; no forest");
                continue;
            }

            forests[item] = Train(rows, trees, depth, minSamples);
            Console.WriteLine($"{item}: forest of {trees} trees (depth {depth}, leaves of {minSamples}+) on {rows.Count} candidates ({positives} positive)");
            PrintImportance(forests[item]);
            if (networked.Contains(item))
            {
                networks[item] = TrainNetwork(rows, hidden);
                Console.WriteLine($"{item}: a network beside the forest, on the same candidates");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Threshold bags: {thresholdPerClass} per class + {thresholdClean} clean, seeds from {ThresholdSeedFirst}");
        var held = ThresholdBags();
        var thresholdsPath = Path.Combine(output, "thresholds.json");
        var thresholds = only.Count > 0 && File.Exists(thresholdsPath)
            ? new SortedDictionary<string, double>(JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(thresholdsPath))!, StringComparer.Ordinal)
            : new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (item, forest) in forests)
        {
            var network = networks.GetValueOrDefault(item);
            thresholds[item] = ChooseThreshold(item, c => Predict(forest, network, c), held, budgets.GetValueOrDefault(item, 0.002));
        }

        foreach (var (item, forest) in forests)
        {
            var path = Path.Combine(output, item + ".yml.gz");
            forest.Save(path);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
            // A network left from an earlier run would be averaged with a forest it was not trained beside.
            var networkPath = Path.Combine(output, item + XrayVerifier.NetworkSuffix);
            if (networks.TryGetValue(item, out var network))
            {
                network.Save(networkPath);
                Console.WriteLine($"wrote {networkPath} ({new FileInfo(networkPath).Length / 1024} KiB)");
                network.Dispose();
            }
            else
            {
                File.Delete(networkPath);
            }
        }

        File.WriteAllText(thresholdsPath, JsonSerializer.Serialize(thresholds, Indented) + "\n");
        Console.WriteLine($"wrote {thresholdsPath}");
        MeasureHoldout(holdout, dropped, cache, analyser, output, thresholdPerClass, thresholdClean / 2);
        return 0;
    }

    /// <summary><see cref="Budgets"/> with the shares named in <c>--budget item=share,...</c> in their place.</summary>
    private static Dictionary<string, double> BudgetsOf(string overrides)
    {
        var budgets = new Dictionary<string, double>(Budgets, StringComparer.Ordinal);
        foreach (var pair in overrides.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !XrayItems.All.Contains(parts[0])
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 0.5)
            {
                throw new ArgumentException($"xray-train: --budget takes item=share pairs (items {string.Join(", ", XrayItems.All)}; a share of clean bags from 0 to 0.5), not '{pair}'");
            }

            budgets[parts[0]] = share;
        }

        Console.WriteLine("Clean-bag budgets: " + string.Join(", ", budgets.OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Key} {b.Value:P1}"))) + string.Create(CultureInfo.InvariantCulture, $" (sum {budgets.Values.Sum():P1})"));
        return budgets;
    }

    private static int TrainNetworksBesideForests(List<Sample> training, HashSet<string> networked, int hidden, string output, Dictionary<string, double> budgets,
        bool balance, int everydayWeight, List<SyntheticVariants> holdout, HashSet<int> dropped, string cache, XrayAnalyser analyser, Func<List<Sample>> thresholdBags,
        int thresholdPerClass, int thresholdClean)
    {
        if (networked.Count == 0)
        {
            throw new ArgumentException("xray-train: --beside-forests trains the --networks items' networks; name at least one");
        }

        var thresholdsPath = Path.Combine(output, "thresholds.json");
        if (networked.Any(item => !File.Exists(Path.Combine(output, item + ".yml.gz"))) || !File.Exists(thresholdsPath))
        {
            throw new ArgumentException($"xray-train: --beside-forests needs the forests (ITEM.yml.gz) and thresholds.json already in --out {output}");
        }

        foreach (var item in networked)
        {
            var rows = RowsOf(training, item, balance, everydayWeight);
            using var network = TrainNetwork(rows, hidden);
            var path = Path.Combine(output, item + XrayVerifier.NetworkSuffix);
            network.Save(path);
            Console.WriteLine($"{item}: a network on {rows.Count} candidates ({rows.Count(r => r.Label == true)} positive) beside the forest in {output}; wrote {path}");
        }

        var held = thresholdBags();
        var thresholds = new SortedDictionary<string, double>(JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(thresholdsPath))!, StringComparer.Ordinal);
        using (var verifier = XrayVerifier.Load(output))
        {
            foreach (var item in networked)
            {
                thresholds[item] = ChooseThreshold(item, c => verifier.Probabilities(item, [c])![0], held, budgets.GetValueOrDefault(item, 0.002));
            }
        }

        File.WriteAllText(thresholdsPath, JsonSerializer.Serialize(thresholds, Indented) + "\n");
        Console.WriteLine($"wrote {thresholdsPath}");
        MeasureHoldout(holdout, dropped, cache, analyser, output, thresholdPerClass, thresholdClean / 2);
        return 0;
    }

    /// <summary>Copies the forests in <paramref name="models"/> and the networks beside them to <paramref name="copy"/>; returns the items whose forests were copied.</summary>
    private static List<string> CopyModels(string models, string copy)
    {
        var items = new List<string>();
        foreach (var file in Directory.GetFiles(models, "*.yml.gz").Concat(Directory.GetFiles(models, "*" + XrayVerifier.NetworkSuffix)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
            if (file.EndsWith(".yml.gz", StringComparison.Ordinal))
            {
                items.Add(Path.GetFileName(file)[..^".yml.gz".Length]);
            }
        }

        return items;
    }

    /// <summary>Copies the forests in <paramref name="models"/> (and their networks) to <paramref name="copy"/> with thresholds chosen again on <paramref name="held"/>.</summary>
    private static void Rethreshold(string models, string copy, List<Sample> held, Dictionary<string, double> budgets)
    {
        Directory.CreateDirectory(copy);
        using var verifier = XrayVerifier.Load(models);
        var thresholds = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in CopyModels(models, copy))
        {
            thresholds[item] = ChooseThreshold(item, c => verifier.Probabilities(item, [c])![0], held, budgets.GetValueOrDefault(item, 0.002));
        }

        File.WriteAllText(Path.Combine(copy, "thresholds.json"), JsonSerializer.Serialize(thresholds, Indented) + "\n");
    }

    /// <summary>Per feature: the held-out shape's on-threat candidates (median, and the share outside the
    /// training positives' 5–95 % range) against the training positives of the same item.</summary>
    private static void Explain(string shapeName, List<Sample> training, List<Sample> held, string models)
    {
        if (!Enum.TryParse<ThreatShape>(shapeName, out var shape))
        {
            Console.Error.WriteLine($"xray-train: --explain takes a threat shape (e.g. {ThreatShape.CutThroatRazor}), not '{shapeName}'");
            return;
        }

        var onThreat = held.Where(s => s.Shape == shape && s.Truth is not null && s.Candidate.Item == s.Truth && s.Label == true).ToList();
        if (onThreat.Count == 0)
        {
            Console.WriteLine($"--explain {shapeName}: no candidate of its item reached it");
            return;
        }

        var item = onThreat[0].Truth!;
        using var verifier = XrayVerifier.Load(models);
        var probabilities = (verifier.Probabilities(item, [.. onThreat.Select(s => s.Candidate)]) ?? []).ToList();
        var positives = training.Where(s => s.Candidate.Item == item && s.Label == true).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"--explain {shapeName} ({item}): {onThreat.Count} candidates on it, forest median {probabilities.Order().ElementAtOrDefault(probabilities.Count / 2):0.00}; training positives {positives.Count}"));
        for (var f = 0; f < XrayAnalyser.FeatureNames.Count; f++)
        {
            var train = positives.Select(s => s.Candidate.Features[f]).Order().ToList();
            var lo = train[(int)(0.05 * (train.Count - 1))];
            var hi = train[(int)(0.95 * (train.Count - 1))];
            var values = onThreat.Select(s => s.Candidate.Features[f]).Order().ToList();
            var outside = values.Count(v => v < lo || v > hi);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {XrayAnalyser.FeatureNames[f],-24} held {values[values.Count / 2],9:0.###}  training 5/50/95 % {lo,9:0.###} {train[train.Count / 2],9:0.###} {hi,9:0.###}  outside {(double)outside / values.Count,4:P0}"));
        }
    }

    private static void MeasureHoldout(List<SyntheticVariants> holdout, HashSet<int> dropped, string cache, XrayAnalyser analyser, string models, int perClass, int clean)
    {
        foreach (var set in holdout)
        {
            var setScanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = set });
            var samples = Without(dropped, Cached(cache, set, "holdout", HoldoutSeedFirst, perClass, clean,
                () => Collect(setScanner, analyser, HoldoutSeedFirst, perClass, clean)));
            Measure(set, samples, models, perClass, clean);
        }
    }

    /// <summary>
    /// Per held-out set, the firearm, knife and phone detection and the clean bags alarming with every
    /// item's threshold scaled by the same factor (0.5 to 2.0): two builds whose own thresholds sit at
    /// different clean-bag alarm rates can then be compared at equal ones.
    /// </summary>
    private static void SweepHoldout(List<SyntheticVariants> holdout, HashSet<int> dropped, string cache, XrayAnalyser analyser, string models, int perClass, int clean)
    {
        var thresholds = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(models, "thresholds.json")))!;
        var scaled = Path.Combine(Path.GetTempPath(), "xray-sweep-" + Environment.ProcessId);
        Directory.CreateDirectory(scaled);
        try
        {
            CopyModels(models, scaled);
            foreach (var set in holdout)
            {
                var setScanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = set });
                var bags = Without(dropped, Cached(cache, set, "holdout", HoldoutSeedFirst, perClass, clean,
                    () => Collect(setScanner, analyser, HoldoutSeedFirst, perClass, clean))).GroupBy(s => s.Seed).ToList();
                Console.WriteLine($"Held-out set {set.Name}, thresholds scaled: factor, clean bags alarming, firearm, knife, phone found");
                foreach (var factor in new[] { 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0 })
                {
                    File.WriteAllText(Path.Combine(scaled, "thresholds.json"), JsonSerializer.Serialize(thresholds.ToDictionary(t => t.Key, t => Math.Min(0.999, t.Value * factor))));
                    using var verifier = XrayVerifier.Load(scaled);
                    var deciding = new XrayAnalyser(new XrayAnalyserOptions(), verifier);
                    var alarmed = 0;
                    var found = new Dictionary<string, int>();
                    foreach (var bag in bags)
                    {
                        var detections = deciding.Decide([.. bag.Select(s => s.Candidate)]);
                        var truth = bag.First().Truth;
                        if (truth is null)
                        {
                            alarmed += detections.Count > 0 ? 1 : 0;
                            continue;
                        }

                        found[truth] = found.GetValueOrDefault(truth) + (Hit(detections, truth, OnThreat(bag, truth)) ? 1 : 0);
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  x{factor,-5:0.00} clean {(double)alarmed / clean,6:P1}  firearm {(double)found.GetValueOrDefault(XrayItems.Firearm) / perClass,6:P1}  knife {(double)found.GetValueOrDefault(XrayItems.Knife) / perClass,6:P1}  phone {(double)found.GetValueOrDefault(XrayItems.MobilePhone) / perClass,6:P1}"));
                }
            }
        }
        finally
        {
            Directory.Delete(scaled, recursive: true);
        }
    }

    /// <summary>The samples with the dropped features set to 0 (the forests then cannot split on them).</summary>
    /// <summary>The samples without the bags of <paramref name="shapes"/> (<c>--without-shapes-of</c>), with the dropped features set to 0.</summary>
    private static List<Sample> Without(HashSet<int> dropped, List<Sample> samples, HashSet<ThreatShape> shapes) =>
        Without(dropped, shapes.Count == 0 ? samples : [.. samples.Where(s => s.Shape is not { } shape || !shapes.Contains(shape))]);

    private static List<Sample> Without(HashSet<int> dropped, List<Sample> samples) => dropped.Count == 0 ? samples
        : [.. samples.Select(s => s with
        {
            Candidate = s.Candidate with { Features = [.. s.Candidate.Features.Select((value, i) => dropped.Contains(i) ? 0f : value)] },
        })];

    /// <summary>A bag's candidates of its threat's item that lie on the threat (IoU ≥ 0.3 with its ground-truth box).</summary>
    private static List<Sample> OnThreat(IEnumerable<Sample> bag, string truth) => [.. bag.Where(s => s.Candidate.Item == truth && s.Label == true)];

    /// <summary>The benchmark's rule: the threat is found when a detection of its item is one of the candidates on it.</summary>
    private static bool Hit(IReadOnlyList<XrayDetection> detections, string truth, List<Sample> onThreat) =>
        detections.Any(d => d.Item == truth && onThreat.Any(s => s.Candidate.Box == d.Box));

    /// <summary>
    /// The quality benchmark's figures for a set, from its candidates alone: the forests just written
    /// decide each bag's candidates as the analyser does (<see cref="XrayAnalyser.Decide"/>); a threat
    /// counts as found when a detection of its item lies on it (IoU ≥ 0.3), and a clean bag alarms on
    /// any detection.
    /// </summary>
    private static void Measure(SyntheticVariants set, List<Sample> samples, string models, int perClass, int clean)
    {
        using var verifier = XrayVerifier.Load(models);
        var analyser = new XrayAnalyser(new XrayAnalyserOptions(), verifier);
        var found = new Dictionary<string, int>();
        var reached = new Dictionary<string, int>();
        var beforeMerge = new Dictionary<string, int>();
        var alarms = new Dictionary<string, int>();
        var turnedDown = new Dictionary<string, List<double>>();
        var byShape = new SortedDictionary<string, (int Bags, int Reached, int Passed, int Found)>(StringComparer.Ordinal);
        var alarmed = 0;
        foreach (var bag in samples.GroupBy(s => s.Seed))
        {
            var first = bag.First();
            var detections = analyser.Decide([.. bag.Select(s => s.Candidate)]);
            if (first.Clean)
            {
                alarmed += detections.Count > 0 ? 1 : 0;
                foreach (var item in detections.Select(d => d.Item).Distinct())
                {
                    alarms[item] = alarms.GetValueOrDefault(item) + 1;
                }

                continue;
            }

            var truth = first.Truth!;
            var onThreat = OnThreat(bag, truth);
            reached[truth] = reached.GetValueOrDefault(truth) + (onThreat.Count > 0 ? 1 : 0);
            var hit = Hit(detections, truth, onThreat);
            found[truth] = found.GetValueOrDefault(truth) + (hit ? 1 : 0);
            // Passed the forest on the threat, whatever the merge then kept.
            var best = onThreat.Count > 0 ? (verifier.Probabilities(truth, onThreat.Select(s => s.Candidate).ToList()) ?? []).DefaultIfEmpty(0).Max() : 0;
            var passed = onThreat.Count > 0 && best >= (verifier.ThresholdOf(truth) ?? double.MaxValue);
            if (onThreat.Count > 0 && !passed)
            {
                turnedDown.TryAdd(truth, []);
                turnedDown[truth].Add(best);
            }

            beforeMerge[truth] = beforeMerge.GetValueOrDefault(truth) + (passed ? 1 : 0);
            var shape = first.Shape?.ToString() ?? truth;
            var row = byShape.GetValueOrDefault(shape);
            byShape[shape] = (row.Bags + 1, row.Reached + (onThreat.Count > 0 ? 1 : 0), row.Passed + (passed ? 1 : 0), row.Found + (hit ? 1 : 0));
        }

        Console.WriteLine();
        Console.WriteLine($"Held-out set {set.Name}: {perClass} bags per class + {clean} clean, seeds from {HoldoutSeedFirst}");
        foreach (var item in XrayItems.All)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {item,-18} finds {found.GetValueOrDefault(item),4}/{perClass} ({(double)found.GetValueOrDefault(item) / perClass:P1}; candidates reached {(double)reached.GetValueOrDefault(item) / perClass:P0}, passed the forest {(double)beforeMerge.GetValueOrDefault(item) / perClass:P0}); alarms on {(double)alarms.GetValueOrDefault(item) / clean:P1} of clean bags"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  clean bags alarming: {alarmed}/{clean} ({(double)alarmed / clean:P1})"));
        foreach (var (item, probabilities) in turnedDown.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // How far below its threshold the forest put the threats it turned down (quartiles of each bag's best).
            var sorted = probabilities.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {item,-18} reached but turned down: {sorted.Count}, best probability quartiles {sorted[sorted.Count / 4]:0.00} / {sorted[sorted.Count / 2]:0.00} / {sorted[3 * sorted.Count / 4]:0.00} (threshold {verifier.ThresholdOf(item) ?? double.NaN:0.00})"));
        }

        Console.WriteLine("  by threat shape (bags with any candidate: reached by one of the item / passed the forest / found):");
        foreach (var (shape, row) in byShape)
        {
            Console.WriteLine($"    {shape,-22} {row.Bags,4}: {row.Reached,4} / {row.Passed,4} / {row.Found,4}");
        }
    }

    private sealed record Sample(int Seed, string? Truth, ThreatShape? Shape, XrayCandidate Candidate, bool? Label, bool Clean, double Overlap);

    /// <summary>Generates the bags (threat bags per item, then clean ones) and labels every candidate.</summary>
    private static List<Sample> Collect(SyntheticScanner scanner, XrayAnalyser analyser, int firstSeed, int perClass, int clean)
    {
        var jobs = new List<(int Seed, string? Item)>();
        var seed = firstSeed;
        foreach (var item in XrayItems.All)
        {
            for (var i = 0; i < perClass; i++)
            {
                jobs.Add((seed++, item));
            }
        }

        for (var i = 0; i < clean; i++)
        {
            jobs.Add((seed++, null));
        }

        // One list per bag, so each bag's candidates keep the analyser's order (the merge breaks
        // confidence ties by it, and --holdout must decide exactly as Analyse does).
        var samples = new ConcurrentBag<List<Sample>>();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
        {
            using var bag = scanner.Generate(job.Seed, job.Item is null ? [] : [job.Item]);
            IReadOnlyList<XrayCandidate> candidates;
            try
            {
                candidates = analyser.Candidates(bag.Image);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"xray-train: the analyser failed on seed {job.Seed} ({job.Item ?? "clean"}, variants {scanner.Options.Variants.Name})", e);
            }

            var measured = new List<Sample>(candidates.Count);
            foreach (var candidate in candidates)
            {
                var overlap = bag.Truth.Threats.Where(t => t.Item == candidate.Item).Select(t => t.Box.IoU(candidate.Box)).DefaultIfEmpty(0).Max();
                bool? label = overlap >= PositiveIoU ? true : overlap < NegativeIoU ? false : null;
                measured.Add(new Sample(job.Seed, job.Item, bag.Truth.Threats.Count > 0 ? bag.Truth.Threats[0].Shape : null, candidate, label, job.Item is null, overlap));
            }

            samples.Add(measured);
        });
        return [.. samples.OrderBy(bag => bag.Count > 0 ? bag[0].Seed : int.MinValue).SelectMany(bag => bag)];
    }

    /// <summary>
    /// The samples of one set from the cache directory when it holds them for the same analyser and
    /// scanner build (the Devices assembly's hash), features, variants, bags and labelling; else
    /// collected and written there (to a temporary file first, so a run cut short leaves no half file).
    /// </summary>
    /// <summary>--cache-any-build: reuse cached candidates measured by another build of the analyser.
    /// Only for trying a change that cannot alter the candidates (the merge, the thresholds).</summary>
    private static bool _anyBuild;

    private static string WithoutBuild(string key) => string.Join(';', key.Split(';').Where((_, i) => i != 1));

    private static List<Sample> Cached(string directory, SyntheticVariants variants, string name, int firstSeed, int perClass, int clean, Func<List<Sample>> collect)
    {
        if (directory.Length == 0)
        {
            return collect();
        }

        var build = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(typeof(XrayAnalyser).Assembly.Location)));
        var key = $"layout 3;{build};{string.Join('|', XrayAnalyser.FeatureNames)}+{XrayAnalyser.GridNames.Count} grid;{variants.Name};R x{RandomisedWeight};{firstSeed};{perClass};{clean};IoU {PositiveIoU}/{NegativeIoU}";
        var path = Path.Combine(directory, $"{name}-{variants.Name}.bin");
        if (File.Exists(path))
        {
            try
            {
                using var reader = new BinaryReader(File.OpenRead(path));
                var stored = reader.ReadString();
                if (stored == key || (_anyBuild && WithoutBuild(stored) == WithoutBuild(key)))
                {
                    var count = reader.ReadInt32();
                    var samples = new List<Sample>(count);
                    for (var i = 0; i < count; i++)
                    {
                        var seed = reader.ReadInt32();
                        var truth = reader.ReadString();
                        var shape = reader.ReadInt32();
                        var candidate = new XrayCandidate(reader.ReadString(), reader.ReadDouble(),
                            new PixelBox(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()),
                            [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadSingle())],
                            [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadSingle())]);
                        var label = reader.ReadSByte();
                        samples.Add(new Sample(seed, truth.Length == 0 ? null : truth, shape < 0 ? null : (ThreatShape)shape, candidate,
                            label < 0 ? null : label == 1, reader.ReadBoolean(), reader.ReadDouble()));
                    }

                    Console.WriteLine($"  {name}: {samples.Count} candidates from {path}");
                    return samples;
                }

                Console.WriteLine($"  {name}: {path} is for another build, features, variants or bag count; measuring again");
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
            {
                Console.WriteLine($"  {name}: {path} cannot be read ({e.Message}); measuring again");
            }
        }

        var collected = collect();
        Directory.CreateDirectory(directory);
        var partial = path + ".partial";
        using (var writer = new BinaryWriter(File.Create(partial)))
        {
            Write(writer, key, collected);
        }

        File.Move(partial, path, overwrite: true);
        return collected;
    }

    private static void Write(BinaryWriter writer, string key, List<Sample> collected)
    {
        writer.Write(key);
        writer.Write(collected.Count);
        foreach (var s in collected)
        {
            writer.Write(s.Seed);
            writer.Write(s.Truth ?? "");
            writer.Write(s.Shape is { } shape ? (int)shape : -1);
            writer.Write(s.Candidate.Item);
            writer.Write(s.Candidate.RuleScore);
            writer.Write(s.Candidate.Box.X);
            writer.Write(s.Candidate.Box.Y);
            writer.Write(s.Candidate.Box.Width);
            writer.Write(s.Candidate.Box.Height);
            writer.Write(s.Candidate.Features.Length);
            foreach (var value in s.Candidate.Features)
            {
                writer.Write(value);
            }

            var grid = s.Candidate.Grid ?? [];
            writer.Write(grid.Length);
            foreach (var value in grid)
            {
                writer.Write(value);
            }

            writer.Write((sbyte)(s.Label is null ? -1 : s.Label.Value ? 1 : 0));
            writer.Write(s.Clean);
            writer.Write(s.Overlap);
        }
    }

    /// <summary>How many threats of each item had a candidate at all: the most any forest could find.</summary>
    private static void Report(string name, List<Sample> samples, int bags)
    {
        foreach (var item in XrayItems.All)
        {
            var reached = samples.Where(s => s.Truth == item && s.Candidate.Item == item && s.Label == true).Select(s => s.Seed).Distinct().Count();
            var negatives = samples.Count(s => s.Candidate.Item == item && s.Label == false);
            // Of the threats no candidate reached: how close the nearest one of their item came (IoU).
            var near = samples.Where(s => s.Truth == item).GroupBy(s => s.Seed)
                .Where(g => !g.Any(s => s.Candidate.Item == item && s.Label == true))
                .Select(g => g.Where(s => s.Candidate.Item == item).Select(s => s.Overlap).DefaultIfEmpty(0).Max()).ToList();
            Console.WriteLine($"  {name} {item,-18} threats with a candidate: {reached}/{bags}; {negatives} negative candidates;"
                + $" of the rest, nearest IoU 0: {near.Count(x => x == 0)}, < 0.1: {near.Count(x => x is > 0 and < 0.1)}, 0.1-0.3: {near.Count(x => x >= 0.1)}");
        }
    }

    /// <summary>
    /// The rows with each threat shape's positives repeated up to the mean count of positives per shape
    /// (at most <see cref="MaxRepeats"/> times; common shapes are not cut): a shape the rules reach
    /// once a bag (a thumb-sized phone) weighs as much as one they reach three times a bag, so the
    /// forest learns the item rather than its most often read shapes.
    /// </summary>
    private static List<Sample> BalanceShapes(List<Sample> rows)
    {
        var byShape = rows.Where(r => r.Label == true && r.Shape is not null).GroupBy(r => r.Shape!.Value).ToList();
        if (byShape.Count == 0)
        {
            return rows;
        }

        var mean = byShape.Average(g => g.Count());
        var balanced = new List<Sample>(rows);
        foreach (var shape in byShape)
        {
            var repeats = Math.Min(MaxRepeats, (int)Math.Round(mean / shape.Count())) - 1;
            for (var i = 0; i < repeats; i++)
            {
                balanced.AddRange(shape);
            }
        }

        return balanced;
    }

    private const int MaxRepeats = 8;

    /// <summary>
    /// The guns, knives and phones a prison gate meets most: plain handguns, kitchen and pocket knives,
    /// ordinary handsets (and the thumb-sized phones smuggled in). Most sets add odd and hidden shapes,
    /// and the sets added made the forests doubt these (set B's compact pistols and revolvers: found in
    /// 97 % of bags by the A-E forests of d061ded, 33 % by the A-L ones), so their positives can weigh
    /// more. Chosen by what the things are, from the shape names, not from figures. The shipped firearm
    /// forest is weighted; the knife and phone forests are not (weighting moved neither).
    /// </summary>
    public static readonly IReadOnlySet<ThreatShape> EverydayShapes = new HashSet<ThreatShape>
    {
        ThreatShape.Pistol, ThreatShape.CompactPistol, ThreatShape.Revolver, ThreatShape.PolymerPistol,
        ThreatShape.PocketPistol, ThreatShape.LongRevolver, ThreatShape.SnubRevolver, ThreatShape.MachinePistol,
        ThreatShape.KitchenKnife, ThreatShape.Dagger, ThreatShape.FoldingKnife, ThreatShape.CurvedKnife,
        ThreatShape.ChefKnife, ThreatShape.UtilityKnife, ThreatShape.BreadKnife, ThreatShape.BoningKnife,
        ThreatShape.Smartphone, ThreatShape.FeaturePhone, ThreatShape.LargeSmartphone, ThreatShape.FlipPhone,
        ThreatShape.SlimPhone, ThreatShape.RuggedPhone, ThreatShape.CasedPhone, ThreatShape.MiniPhone,
    };

    private const int DefaultEverydayWeight = 6;

    /// <summary>The rows with the positives of <see cref="EverydayShapes"/> repeated to <paramref name="weight"/> times their count.</summary>
    private static List<Sample> Emphasise(List<Sample> rows, int weight)
    {
        if (weight == 1)
        {
            return rows;
        }

        var everyday = rows.Where(r => r.Label == true && r.Shape is { } shape && EverydayShapes.Contains(shape)).ToList();
        var emphasised = new List<Sample>(rows.Count + (everyday.Count * (weight - 1)));
        emphasised.AddRange(rows);
        for (var i = 1; i < weight; i++)
        {
            emphasised.AddRange(everyday);
        }

        return emphasised;
    }

    /// <summary>An item's labelled training candidates, shape-balanced unless <paramref name="balance"/> is off, everyday shapes weighted.</summary>
    private static List<Sample> RowsOf(List<Sample> training, string item, bool balance, int everydayWeight)
    {
        var rows = training.Where(s => s.Candidate.Item == item && s.Label is not null).ToList();
        return Emphasise(balance ? BalanceShapes(rows) : rows, everydayWeight);
    }

    /// <summary>--grid: networks read the candidates' grids after their measurements.</summary>
    private static bool _grid;

    private static XrayNetwork TrainNetwork(List<Sample> rows, int hidden) =>
        XrayNetwork.Train([.. rows.Select(r => XrayNetwork.Row(r.Candidate, _grid))], [.. rows.Select(r => r.Label == true)], hidden);

    /// <summary>One candidate's probability from a network alone.</summary>
    private static double NetworkProbability(XrayNetwork network, XrayCandidate candidate) =>
        network.Probabilities(XrayNetwork.Row(candidate, network.ReadsGrid), 1)[0];

    private static RTrees Train(List<Sample> rows, int trees, int depth, int minSamples)
    {
        var features = rows[0].Candidate.Features.Length;
        using var samples = new Mat(rows.Count, features, MatType.CV_32FC1);
        using var responses = new Mat(rows.Count, 1, MatType.CV_32FC1);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < features; c++)
            {
                samples.Set(r, c, rows[r].Candidate.Features[c]);
            }

            responses.Set(r, 0, rows[r].Label == true ? 1f : 0f);
        }

        var forest = RTrees.Create();
        forest.MaxDepth = depth;
        forest.MinSampleCount = minSamples;
        forest.RegressionAccuracy = 0;
        forest.CalculateVarImportance = true;
        forest.ActiveVarCount = 0;
        forest.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter, trees, 0);
        forest.Train(samples, SampleTypes.RowSample, responses);
        return forest;
    }

    private static void PrintImportance(RTrees forest)
    {
        using var importance = forest.GetVarImportance();
        var ranked = Enumerable.Range(0, (int)importance.Total())
            .Select(i => (Name: XrayAnalyser.FeatureNames[i], Weight: importance.At<float>(i)))
            .OrderByDescending(x => x.Weight).Take(6);
        Console.WriteLine("    most used: " + string.Join(", ", ranked.Select(x => $"{x.Name} {x.Weight:0.000}")));
    }

    /// <summary>The lowest probability at which the item alarms on no more than its budget of clean bags; prints the threat bags it still finds.</summary>
    private static double ChooseThreshold(string item, Func<XrayCandidate, double> probability, List<Sample> held, double budget)
    {
        // Counted over the bags that raised any candidate at all (a bag without one cannot alarm):
        // the budget is a share of those, slightly stricter than a share of all clean bags.
        var cleanBags = held.Where(s => s.Clean).Select(s => s.Seed).Distinct().Count();
        var cleanMax = held.Where(s => s.Clean && s.Candidate.Item == item)
            .GroupBy(s => s.Seed).Select(g => g.Max(s => probability(s.Candidate))).OrderDescending().ToList();
        var allowed = (int)Math.Floor(budget * cleanBags);
        // Just above the (allowed+1)-th highest clean-bag probability, and never below 0.05.
        var threshold = Math.Max(0.05, cleanMax.Count > allowed ? cleanMax[allowed] + 1e-4 : 0.05);
        var bags = held.Where(s => s.Truth is not null).Select(s => s.Seed).Distinct().Count() / XrayItems.All.Count;
        var found = held.Where(s => s.Truth == item && s.Candidate.Item == item && s.Label == true && probability(s.Candidate) >= threshold)
            .Select(s => s.Seed).Distinct().Count();
        var alarms = cleanMax.Count(p => p >= threshold);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{item,-18} threshold {threshold:0.000}: finds {found}/{bags} ({(double)found / Math.Max(1, bags):P1}); alarms on {alarms}/{cleanBags} clean bags ({(double)alarms / Math.Max(1, cleanBags):P1})"));
        return Math.Round(threshold, 4);
    }

    private static double Predict(RTrees forest, XrayNetwork? network, XrayCandidate candidate)
    {
        using var sample = Mat.FromPixelData(1, candidate.Features.Length, MatType.CV_32FC1, candidate.Features);
        var p = Math.Clamp(forest.Predict(sample), 0, 1);
        return network is null ? p : (p + NetworkProbability(network, candidate)) / 2;
    }

    private static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Arg(args, name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"xray-train: {name} takes a whole number above 0, not '{Arg(args, name, "")}'");

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
