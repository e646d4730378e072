using System.Globalization;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// Detection quality of <see cref="XrayAnalyser"/> on synthetic bags: per class the probability of
/// detection, the false-alarm rate per clean bag, and a confusion table.
/// </summary>
/// <remarks>
/// <para>Sets. <c>--set 3</c> draws variant set 3 from seeds 5500000 and up: shapes and clutter none of
/// A to Z, R, 1 or 2 draws, written blind while set 2 was held out: the held-out set now, to be run once
/// on a frozen analyser; not run yet. <c>--set 2</c> (the default) draws set 2 from seeds
/// 5300000–5499999, held out until its one run on <c>b608c8c</c>; <c>--set 1</c> set 1 from seeds
/// 5100000–5299999, held out until its one run on <c>254308c</c>.
/// <c>--set z</c> draws variant set Z from seeds 4900000–5099999: shapes and
/// clutter none of A to Y (nor the training-only R) draws, written without reading the analyser or any
/// x-ray figures while Y was still held out, held out until its one run on <c>5f4403a</c>.
/// <c>--set y</c> draws variant set Y from seeds 4700000–4899999: shapes and clutter none of A to X (nor R)
/// draws, written the same way, held out until its one run on <c>5f5f6e9</c>.
/// <c>--set x</c> draws variant set X from seeds 4500000–4699999: shapes and clutter none of A to W (nor R)
/// draws, written the same way, held out until its one run on <c>04a4920</c>.
/// <c>--set w</c> draws variant set W from seeds 4300000–4499999: shapes and clutter none of A to V (nor R)
/// draws, written the same way, held out until its one run on <c>b824d90</c>.
/// <c>--set v</c> draws variant set V from seeds 4100000–4299999: shapes and clutter none of A to U (nor R)
/// draws, written the same way, held out until its one run on <c>c3c4f3a</c>; in training since <c>b824d90</c>.
/// <c>--set u</c> draws variant set U from seeds 3900000–4099999: shapes and clutter none of A to T (nor R)
/// draws, written the same way, held out until its one run on <c>763449b</c>; in training since <c>b824d90</c>.
/// <c>--set t</c> draws variant set T from seeds 3700000–3899999: shapes and clutter none of A to S (nor R)
/// draws, written the same way, held out until its one run on <c>59f88b7</c>: no longer held out.
/// <c>--set s</c> draws variant set S from seeds 3500000–3699999: shapes and clutter none of A to Q (nor R)
/// draws, written the same way, held out until its one run on <c>07edf60</c>: no longer held out.
/// <c>--set q</c> draws variant set Q from seeds 3300000–3499999, held out until its one run on
/// <c>1b529cc</c> (the analyser and forests of <c>ef28eb8</c>): no longer held out.
/// <c>--set p</c> draws variant set P from seeds 3100000–3299999, held out until its one run on
/// <c>ef28eb8</c>: no longer held out.
/// <c>--set o</c> draws variant set O from seeds 2900000–3099999, held out until its one run on
/// <c>2f30473</c>: no longer held out.
/// <c>--set n</c> draws variant set N from seeds 2700000–2899999, held out until its one run on
/// <c>1415a74</c> (forests on A to M, the firearm forest on A to L); in training since <c>2f30473</c>
/// (not the phone and firearm forests).
/// <c>--set m</c> draws variant set M from seeds 2500000–2699999, held out until its one run on
/// <c>cda00a2</c> (forests on A to L): no longer held out.
/// <c>--set l</c> draws variant set L from seeds 2300000–2499999, held out until its one run on
/// <c>15acdd2</c>, tuned on since, and among the training variants since <c>cda00a2</c>.
/// <c>--set k</c> draws variant set K from seeds 2100000–2299999, held out until its one run on
/// <c>92f838f</c>, tuned on since, and among the training variants since <c>cda00a2</c>.
/// <c>--set j</c> draws variant set J from seeds 1900000–2099999, held out until its one run and
/// among the training variants since <c>92f838f</c>.
/// <c>--set i</c> draws variant set I from seeds 1700000–1899999, held out until its one run and
/// among the training variants since <c>92f838f</c>.
/// <c>--set h</c> draws variant set H from seeds 1500000–1699999, held out until its one run on
/// <c>7d78ef9</c>, then the validation set of <c>xray-train --holdout H</c>; among the training variants
/// since <c>92f838f</c>, as I and J are.
/// <c>--set g</c> draws variant set G from seeds 1300000–1499999, held out until its one run on
/// <c>5439c9a</c>, then the validation set of <c>xray-train --holdout G</c>, and among the training
/// variants since the forests retrained on A to G.
/// <c>--set f</c> draws variant set F from seeds 1100000–1299999, held out until its one run on
/// <c>d061ded</c> (re-run on <c>8414e3d</c>), then the validation set of <c>xray-train --holdout F</c>,
/// and among the training variants since <c>5439c9a</c>.
/// <c>--set e</c> draws variant set E from seeds 900000–1099999, held out until its one run on
/// <c>1e090ef</c> and among the training variants since. <c>--set fresh</c> draws variant set D from seeds 700000–899999, held out until it was run on
/// <c>fdfc553</c>, tuned on afterwards and among the training variants since <c>1e090ef</c>.
/// <c>--set heldout</c> draws
/// variant set C from seeds 500000–699999; C was held out until its one run, and its shapes and
/// clutter have been among the training variants since, so its figures are in-distribution.
/// <c>--set tuning</c> draws variant set A from seeds 1000–1999, the set the candidate rules were
/// tuned on. <c>--set evaluation</c> draws variant set B from seeds 9000 and up, also among the
/// training variants.</para>
/// <para>Scoring. A threat bag holds one threat. It counts as detected when a detection names the
/// same catalogue item and its box overlaps the ground-truth box with IoU ≥ 0.3. A clean bag
/// alarms when the analyser reports any detection at all (confidence ≥ 0.25, the rules'
/// "suspect" floor, which already sends the bag to a hand search); the figure at ≥ 0.60 (the
/// rules' "find") is given beside it. In the confusion table a missed threat is attributed to the
/// most confident other-class detection overlapping its box (IoU ≥ 0.1), else to "missed".</para>
/// </remarks>
public static class XrayQuality
{
    public static int Run(string[] args)
    {
        var set = Arg(args, "--set", "2");
        (SyntheticVariants Variants, int FirstSeed, int LastSeed, string Header)? chosen = set switch
        {
            "tuning" => (SyntheticVariants.Tuning, SyntheticVariants.TuningSeedFirst, SyntheticVariants.TuningSeedLast, "TUNING set (variant set A, seeds 1000-1999)"),
            "evaluation" => (SyntheticVariants.Evaluation, SyntheticVariants.EvaluationSeedFirst, SyntheticVariants.EvaluationSeedLast, "EVALUATION set (variant set B, seeds 9000+)"),
            "heldout" => (SyntheticVariants.HeldOut, SyntheticVariants.HeldOutSeedFirst, SyntheticVariants.HeldOutSeedLast, "set C (seeds 500000-699999; among the training variants since its held-out run)"),
            "fresh" => (SyntheticVariants.Fresh, SyntheticVariants.FreshSeedFirst, SyntheticVariants.FreshSeedLast, "set D (seeds 700000-899999; among the training variants since 1e090ef)"),
            "e" => (SyntheticVariants.SetE, SyntheticVariants.SetESeedFirst, SyntheticVariants.SetESeedLast, "set E (seeds 900000-1099999; among the training variants since its held-out run)"),
            "f" => (SyntheticVariants.SetF, SyntheticVariants.SetFSeedFirst, SyntheticVariants.SetFSeedLast, "set F (seeds 1100000-1299999; among the training variants since its held-out run)"),
            "g" => (SyntheticVariants.SetG, SyntheticVariants.SetGSeedFirst, SyntheticVariants.SetGSeedLast, "set G (seeds 1300000-1499999; among the training variants since its held-out run)"),
            "h" => (SyntheticVariants.SetH, SyntheticVariants.SetHSeedFirst, SyntheticVariants.SetHSeedLast, "set H (seeds 1500000-1699999; among the training variants since 92f838f)"),
            "i" => (SyntheticVariants.SetI, SyntheticVariants.SetISeedFirst, SyntheticVariants.SetISeedLast, "set I (seeds 1700000-1899999; among the training variants since 92f838f)"),
            "j" => (SyntheticVariants.SetJ, SyntheticVariants.SetJSeedFirst, SyntheticVariants.SetJSeedLast, "set J (seeds 1900000-2099999; among the training variants since 92f838f)"),
            "k" => (SyntheticVariants.SetK, SyntheticVariants.SetKSeedFirst, SyntheticVariants.SetKSeedLast, "set K (seeds 2100000-2299999; among the training variants since cda00a2)"),
            "l" => (SyntheticVariants.SetL, SyntheticVariants.SetLSeedFirst, SyntheticVariants.SetLSeedLast, "set L (seeds 2300000-2499999; among the training variants since cda00a2)"),
            "m" => (SyntheticVariants.SetM, SyntheticVariants.SetMSeedFirst, SyntheticVariants.SetMSeedLast, "set M (seeds 2500000-2699999; held out until its one run on cda00a2)"),
            "n" => (SyntheticVariants.SetN, SyntheticVariants.SetNSeedFirst, SyntheticVariants.SetNSeedLast, "set N (seeds 2700000-2899999; held out until its one run on 1415a74; in training since 2f30473)"),
            "o" => (SyntheticVariants.SetO, SyntheticVariants.SetOSeedFirst, SyntheticVariants.SetOSeedLast, "set O (seeds 2900000-3099999; held out until its one run on 2f30473)"),
            "p" => (SyntheticVariants.SetP, SyntheticVariants.SetPSeedFirst, SyntheticVariants.SetPSeedLast, "set P (seeds 3100000-3299999; held out until its one run on ef28eb8)"),
            "q" => (SyntheticVariants.SetQ, SyntheticVariants.SetQSeedFirst, SyntheticVariants.SetQSeedLast, "set Q (seeds 3300000-3499999; held out until its one run on 1b529cc)"),
            "s" => (SyntheticVariants.SetS, SyntheticVariants.SetSSeedFirst, SyntheticVariants.SetSSeedLast, "set S (seeds 3500000-3699999; held out until its one run on 07edf60)"),
            "t" => (SyntheticVariants.SetT, SyntheticVariants.SetTSeedFirst, SyntheticVariants.SetTSeedLast, "set T (seeds 3700000-3899999; held out until its one run on 59f88b7)"),
            "u" => (SyntheticVariants.SetU, SyntheticVariants.SetUSeedFirst, SyntheticVariants.SetUSeedLast, "set U (seeds 3900000-4099999; held out until its one run on 763449b)"),
            "v" => (SyntheticVariants.SetV, SyntheticVariants.SetVSeedFirst, SyntheticVariants.SetVSeedLast, "set V (seeds 4100000-4299999; held out until its one run on c3c4f3a)"),
            "w" => (SyntheticVariants.SetW, SyntheticVariants.SetWSeedFirst, SyntheticVariants.SetWSeedLast, "set W (seeds 4300000-4499999; written blind, held out until its one run on b824d90)"),
            "x" => (SyntheticVariants.SetX, SyntheticVariants.SetXSeedFirst, SyntheticVariants.SetXSeedLast, "set X (seeds 4500000-4699999; written blind, held out until its one run on 04a4920)"),
            "y" => (SyntheticVariants.SetY, SyntheticVariants.SetYSeedFirst, SyntheticVariants.SetYSeedLast, "set Y (seeds 4700000-4899999; written blind while X was held out, held out until its one run on 5f5f6e9)"),
            "z" => (SyntheticVariants.SetZ, SyntheticVariants.SetZSeedFirst, SyntheticVariants.SetZSeedLast, "set Z (seeds 4900000-5099999; written blind while Y was held out, held out until its one run on 5f4403a)"),
            "1" => (SyntheticVariants.Set1, SyntheticVariants.Set1SeedFirst, SyntheticVariants.Set1SeedLast, "set 1 (seeds 5100000-5299999; written blind while Z was held out, held out until its one run on 254308c)"),
            "2" => (SyntheticVariants.Set2, SyntheticVariants.Set2SeedFirst, SyntheticVariants.Set2SeedLast, "set 2 (seeds 5300000-5499999; written blind while set 1 was held out, held out until its one run on b608c8c)"),
            "3" => (SyntheticVariants.Set3, SyntheticVariants.Set3SeedFirst, int.MaxValue, "HELD-OUT set 3 (seeds 5500000+; written blind while set 2 was held out, never tuned on; run it once, after set 2)"),
            _ => null,
        };
        if (chosen is not { } picked)
        {
            Console.Error.WriteLine($"xray-quality: --set is tuning, evaluation, heldout, fresh, e, f, g, h, i, j, k, l, m, n, o, p, q, s, t, u, v, w, x, y, z, 1, 2 or 3, not '{set}'");
            return 2;
        }

        var (variants, firstSeed, lastSeed, header) = picked;
        var tuning = variants == SyntheticVariants.Tuning;
        var perClass = int.Parse(Arg(args, "--threat-bags", "200"), CultureInfo.InvariantCulture);
        var cleanBags = int.Parse(Arg(args, "--clean-bags", "300"), CultureInfo.InvariantCulture);
        var only = Arg(args, "--classes", "");
        var write = Arg(args, "--write", "");
        // A noise level for every bag (tuning set only): how the analyser holds up on a noisier scanner.
        var noise = Arg(args, "--noise", "");
        // --palette NAME: the bags as another make of scanner colours them (ScannerPalette); with
        // --calibrate, the analyser reads them through a calibration fitted to that make's test piece.
        ScannerPalette palette;
        try
        {
            palette = ScannerPalette.Named(Arg(args, "--palette", ScannerPalette.Lane.Name));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"xray-quality: --palette: {ex.Message}");
            return 2;
        }
        var classes = only.Length > 0 ? only.Split(',') : [.. XrayItems.All];
        var bags = (classes.Length * perClass) + cleanBags;
        if (bags > (long)lastSeed - firstSeed + 1)
        {
            // Each bag takes one seed, and each set's seeds end where the next set's begin.
            Console.Error.WriteLine($"xray-quality: set {variants.Name}'s seeds are {firstSeed}-{lastSeed}, fewer than {bags} bags; ask for fewer bags");
            return 2;
        }

        if (!tuning && noise.Length > 0)
        {
            Console.Error.WriteLine($"xray-quality: --noise is for the tuning set; set {variants.Name} keeps its own noise range");
            return 2;
        }

        var scanner = new SyntheticScanner(new SyntheticScannerOptions
        {
            Variants = variants,
            Noise = noise.Length > 0 ? double.Parse(noise, CultureInfo.InvariantCulture) : null,
            Palette = palette,
        });
        XrayCalibration? calibration = null;
        if (args.Contains("--calibrate"))
        {
            using var piece = scanner.TestPiece();
            calibration = XrayCalibration.FitTo(piece);
            Console.WriteLine($"calibrated on the {palette} palette's test piece: {calibration.Fit}");
        }

        // --rules-only: the class rules' own scores decide, without the trained verifier (for comparison).
        var rulesOnly = args.Contains("--rules-only");
        // --models DIR: forests trained elsewhere (xray-train --out DIR) instead of the shipped ones.
        var models = Arg(args, "--models", "");
        using var loaded = models.Length > 0 ? XrayVerifier.Load(models) : null;
        var analyser = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = !rulesOnly, Calibration = calibration }, loaded);

        // One job per bag: (seed, threat or null for clean).
        var jobs = new List<(int Seed, string? Item)>();
        var seed = firstSeed;
        foreach (var item in classes)
        {
            for (var i = 0; i < perClass; i++)
            {
                jobs.Add((seed++, item));
            }
        }

        for (var i = 0; i < cleanBags; i++)
        {
            jobs.Add((seed++, null));
        }

        // --ceiling: also whether any candidate (before the verifier) of the right item reached the
        // threat, the most the verifier could find: separates candidate misses from verifier misses.
        var ceiling = args.Contains("--ceiling") || args.Contains("--near");
        var reached = new bool[jobs.Count];
        // Whether the threat was hidden in or packed with something innocent (its ground truth is the item's own box).
        var hidden = new bool[jobs.Count];
        // --near (implies --ceiling): for a threat no candidate reached, how the nearest candidate of
        // its item lies against the truth: a part of it, a box round more than it, or beside it.
        var near = args.Contains("--near");
        var nearest = new string?[jobs.Count];
        var results = new (string? Truth, string Outcome, bool Hit, string[] Alarms, bool HighAlarm)[jobs.Count];
        // What was drawn: the threat's shape and the clutter kinds, for --by-shape.
        var drawn = new (ThreatShape? Shape, ClutterKind[] Clutter)[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            var (bagSeed, item) = jobs[k];
            using var bag = scanner.Generate(bagSeed, item is null ? [] : [item]);
            // Each frame is measured once: its candidates (for --ceiling), and what the analyser
            // reports from them (Decide gives what Analyse would).
            var candidates = analyser.Candidates(bag.Image);
            var detections = analyser.Decide(candidates);
            drawn[k] = (bag.Truth.Threats.Count > 0 ? bag.Truth.Threats[0].Shape : null, [.. bag.Truth.Clutter.Distinct()]);
            if (write.Length > 0)
            {
                bag.WriteTo(write, $"{bagSeed}-{item ?? "clean"}");
                using var annotated = XrayAnalyser.Annotate(bag.Image, analyser.Analyse(bag.Image));
                OpenCvSharp.Cv2.ImWrite(Path.Combine(write, $"{bagSeed}-{item ?? "clean"}.annotated.png"), annotated);
            }

            if (item is null)
            {
                results[k] = (null, detections.Count == 0 ? "none" : detections.MaxBy(d => d.Confidence)!.Item, false,
                    [.. detections.Select(d => d.Item)], detections.Any(d => d.Confidence >= 0.6));
                return;
            }

            var truth = bag.Truth.Threats[0];
            hidden[k] = truth.HiddenIn is not null;
            reached[k] = ceiling && candidates.Any(c => c.Item == item && c.Box.IoU(truth.Box) >= 0.3);
            if (near && !reached[k])
            {
                nearest[k] = NearMiss(truth.Box, candidates.Where(c => c.Item == item).Select(c => c.Box));
            }

            var hit = detections.Any(d => d.Item == item && d.Box.IoU(truth.Box) >= 0.3);
            var outcome = hit ? item
                : detections.Where(d => d.Box.IoU(truth.Box) >= 0.1).OrderByDescending(d => d.Confidence).FirstOrDefault()?.Item ?? "missed";
            results[k] = (item, outcome, hit, [.. detections.Select(d => d.Item)], false);
        });

        Console.WriteLine($"X-ray detection quality: {header}{(palette == ScannerPalette.Lane ? "" : $", the {palette} palette")}{(calibration is null ? "" : ", calibrated")}{(rulesOnly ? ", RULES ONLY (no trained verifier)" : "")}{(models.Length > 0 ? $", forests from {models}" : "")}");
        Console.WriteLine($"{perClass} threat bags per class, {cleanBags} clean bags, 1024x768; detected = same item and IoU >= 0.3");
        Console.WriteLine();
        Console.WriteLine($"{"class",-18} {"bags",5} {"detected",9} {"Pd",7}   target{(ceiling ? "          candidate reached" : "")}");
        var targets = new HashSet<string> { XrayItems.Firearm, XrayItems.Knife, XrayItems.MobilePhone };
        foreach (var item in classes)
        {
            var rows = results.Where(r => r.Truth == item).ToArray();
            var hits = rows.Count(r => r.Hit);
            var pd = (double)hits / Math.Max(1, rows.Length);
            var target = targets.Contains(item) ? (pd >= 0.9 ? ">= 90% met" : ">= 90% MISSED") : "";
            var reachedBags = Enumerable.Range(0, jobs.Count).Count(k => jobs[k].Item == item && reached[k]);
            var reach = ceiling ? $"   {reachedBags,4} ({(double)reachedBags / Math.Max(1, rows.Length):P0})" : "";
            Console.WriteLine($"{item,-18} {rows.Length,5} {hits,9} {pd,7:P1}   {target,-13}{reach}");
        }

        Console.WriteLine();
        Console.WriteLine("of them hidden in or packed with something innocent (a cushion, a tin, a clamshell): detected / bags");
        Console.WriteLine("  " + string.Join(", ", classes.Select(item =>
        {
            var ks = Enumerable.Range(0, jobs.Count).Where(k => jobs[k].Item == item && hidden[k]).ToArray();
            return $"{item} {ks.Count(k => results[k].Hit)}/{ks.Length}";
        })));

        var clean = results.Where(r => r.Truth is null).ToArray();
        var alarmed = clean.Count(r => r.Alarms.Length > 0);
        var alarmedHigh = clean.Count(r => r.HighAlarm);
        Console.WriteLine();
        Console.WriteLine($"clean bags alarming (any detection >= 0.25): {alarmed}/{clean.Length} = {(double)alarmed / Math.Max(1, clean.Length):P1}   target <= 10%: {((double)alarmed / Math.Max(1, clean.Length) <= 0.1 ? "met" : "MISSED")}");
        Console.WriteLine($"clean bags alarming at >= 0.60 ('find'):    {alarmedHigh}/{clean.Length} = {(double)alarmedHigh / Math.Max(1, clean.Length):P1}");
        Console.WriteLine("false alarms per clean bag, by class:");
        foreach (var item in XrayItems.All)
        {
            var n = clean.Count(r => r.Alarms.Contains(item));
            if (n > 0)
            {
                Console.WriteLine($"  {item,-18} {n,4}  ({(double)n / clean.Length:P1} of clean bags)");
            }
        }

        Console.WriteLine();
        Console.WriteLine("confusion (rows: true class; columns: what the analyser called it):");
        var columns = XrayItems.All.Append("missed").ToArray();
        Console.WriteLine($"{"",-18}" + string.Concat(columns.Select(c => $" {Short(c),6}")));
        foreach (var item in classes)
        {
            var rows = results.Where(r => r.Truth == item).ToArray();
            Console.WriteLine($"{item,-18}" + string.Concat(columns.Select(c => $" {rows.Count(r => r.Outcome == c),6}")));
        }

        Console.WriteLine($"{"clean (top alarm)",-18}" + string.Concat(columns.Select(c => $" {(c == "missed" ? clean.Count(r => r.Outcome == "none") : clean.Count(r => r.Outcome == c)),6}")) + "   (last column: no alarm)");
        if (args.Contains("--by-shape"))
        {
            PrintByShape(results.Select(r => (r.Truth, r.Outcome, r.Hit, r.Alarms)).ToArray(), drawn, ceiling ? reached : null);
        }

        if (near)
        {
            Console.WriteLine();
            Console.WriteLine("threats no candidate reached, by how the nearest candidate of their item lay (IoU; part = mostly inside the truth, round = the truth mostly inside it):");
            foreach (var item in classes)
            {
                var kinds = Enumerable.Range(0, jobs.Count).Where(k => jobs[k].Item == item && nearest[k] is not null)
                    .GroupBy(k => nearest[k]!).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
                Console.WriteLine($"  {item,-18} {string.Join(", ", kinds)}");
            }
        }

        return 0;
    }

    /// <summary>How the candidate box nearest a missed threat lies against it.</summary>
    private static string NearMiss(PixelBox truth, IEnumerable<PixelBox> boxes)
    {
        var best = boxes.Select(b => (Box: b, IoU: b.IoU(truth))).DefaultIfEmpty((Box: default(PixelBox), IoU: 0.0)).MaxBy(x => x.IoU);
        if (best.IoU <= 0)
        {
            return "none near";
        }

        var inter = (double)best.Box.Overlap(truth);
        var ofBox = inter / Math.Max(1, best.Box.Area);
        var ofTruth = inter / Math.Max(1, truth.Area);
        var how = ofBox >= 0.7 ? "part" : ofTruth >= 0.7 ? "round" : "beside";
        return $"{how} {(best.IoU < 0.1 ? "<0.1" : "0.1-0.3")}";
    }

    /// <summary>
    /// Detection per threat shape (with what the misses were called), and per clutter kind the share
    /// of clean bags holding it that alarmed, against the share of those without it: which shapes
    /// are missed and which clutter raises alarms.
    /// </summary>
    private static void PrintByShape((string? Truth, string Outcome, bool Hit, string[] Alarms)[] results, (ThreatShape? Shape, ClutterKind[] Clutter)[] drawn, bool[]? reached)
    {
        Console.WriteLine();
        Console.WriteLine("by threat shape (detected / bags; misses by what they were called):");
        foreach (var group in Enumerable.Range(0, results.Length).Where(k => drawn[k].Shape is not null).GroupBy(k => drawn[k].Shape!.Value).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var hits = group.Count(k => results[k].Hit);
            var misses = group.Where(k => !results[k].Hit).GroupBy(k => results[k].Outcome).OrderByDescending(g => g.Count()).Select(g => $"{Short(g.Key)} {g.Count()}");
            var reach = reached is null ? "" : $"  (candidates reached {group.Count(k => reached[k])})";
            Console.WriteLine($"  {group.Key,-22} {hits,4}/{group.Count(),-4} {(double)hits / group.Count(),7:P0}   {string.Join(", ", misses)}{reach}");
        }

        var clean = Enumerable.Range(0, results.Length).Where(k => results[k].Truth is null).ToArray();
        Console.WriteLine();
        Console.WriteLine("clean bags by clutter kind (alarming with it / without it; the alarms with it by class):");
        foreach (var kind in clean.SelectMany(k => drawn[k].Clutter).Distinct().OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var with = clean.Where(k => drawn[k].Clutter.Contains(kind)).ToArray();
            var without = clean.Where(k => !drawn[k].Clutter.Contains(kind)).ToArray();
            var rateWith = (double)with.Count(k => results[k].Alarms.Length > 0) / Math.Max(1, with.Length);
            var rateWithout = (double)without.Count(k => results[k].Alarms.Length > 0) / Math.Max(1, without.Length);
            var classes = with.SelectMany(k => results[k].Alarms.Distinct()).GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => $"{Short(g.Key)} {g.Count()}");
            Console.WriteLine($"  {kind,-18} {with.Length,4} bags  {rateWith,7:P0} vs {rateWithout,7:P0}   {string.Join(", ", classes)}");
        }
    }

    private static string Short(string item) => item switch
    {
        "mobile-phone" => "phone",
        "ammunition" => "ammo",
        "lithium-battery" => "batt",
        "controlled-drugs" => "drugs",
        "sim-card" => "sim",
        "syringe" => "syrin",
        "alcohol" => "alco",
        "firearm" => "gun",
        _ => item,
    };

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
