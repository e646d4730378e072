using System.Globalization;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// <c>xray-train --learners</c>: a network (<see cref="XrayNetwork"/>) trained on the same candidates, alone and
/// averaged with the forest in <c>--models</c>, against that forest, judged on a held-out set's own bags.
/// Nothing is written; it measures whether a smoother model finds shapes the training sets never drew
/// better than a forest does.
/// </summary>
public static partial class XrayTraining
{
    private static int CompareLearners(List<Sample> training, List<Sample> held, List<SyntheticVariants> holdout, string cache, XrayAnalyser analyser, string models, IReadOnlyCollection<string> items, Dictionary<string, double> budgets, bool balance, int everydayWeight, int perClass, int clean, int hidden)
    {
        using var shipped = XrayVerifier.Load(models);
        var sets = holdout.Select(set => (set, Samples: Cached(cache, set, "holdout", HoldoutSeedFirst, perClass, clean, () =>
        {
            var setScanner = new SyntheticScanner(new SyntheticScannerOptions { Variants = set });
            return Collect(setScanner, analyser, HoldoutSeedFirst, perClass, clean);
        }))).Select(pair => (pair.set, Samples: Measured(pair.Samples))).ToList();

        foreach (var item in items)
        {
            var rows = RowsOf(training, item, balance, everydayWeight);
            Console.WriteLine($"{item}: {rows.Count} training rows ({rows.Count(r => r.Label == true)} positive)");
            using var network = TrainNetwork(rows, hidden);
            var learners = new Dictionary<string, Func<XrayCandidate, double>>(StringComparer.Ordinal)
            {
                [$"network{hidden}{(_grid ? "+grid" : "")}"] = c => NetworkProbability(network, c),
            };
            if (shipped.Items.Contains(item))
            {
                learners["forest"] = c => shipped.Probabilities(item, [c])![0];
                learners["forest+network"] = c => (shipped.Probabilities(item, [c])![0] + NetworkProbability(network, c)) / 2;
            }

            foreach (var (name, probability) in learners)
            {
                Console.Write($"  {name,-16} ");
                var threshold = ChooseThreshold(item, probability, held, budgets.GetValueOrDefault(item, 0.002));
                foreach (var (set, samples) in sets)
                {
                    var (found, alarms) = ItemRates(item, probability, samples, threshold);
                    Console.Write(string.Create(CultureInfo.InvariantCulture, $"    on {set.Name}: finds {found:P1}, alarms on {alarms:P1} of clean bags;"));
                    foreach (var share in new[] { 0.01, 0.025, 0.05, 0.1 })
                    {
                        var atShare = ThresholdAt(item, probability, samples, share);
                        Console.Write(string.Create(CultureInfo.InvariantCulture, $" at {share:P1} clean {ItemRates(item, probability, samples, atShare).Found:P1}"));
                    }

                    Console.WriteLine();
                }
            }
        }

        return 0;
    }

    /// <summary>The samples with this build's measurements only (a cache written by a build that added measurements after them keeps its first ones).</summary>
    private static List<Sample> Measured(List<Sample> samples) =>
        [.. samples.Select(s => s.Candidate.Features.Length <= XrayAnalyser.FeatureNames.Count ? s
            : s with { Candidate = s.Candidate with { Features = s.Candidate.Features[..XrayAnalyser.FeatureNames.Count] } })];

    /// <summary>The share of the item's threat bags found (a candidate on the threat at or above the threshold) and of clean bags alarming on the item.</summary>
    private static (double Found, double Alarms) ItemRates(string item, Func<XrayCandidate, double> probability, List<Sample> samples, double threshold)
    {
        var threatBags = samples.Where(s => s.Truth == item).Select(s => s.Seed).Distinct().Count();
        var cleanBags = samples.Where(s => s.Clean).Select(s => s.Seed).Distinct().Count();
        var found = samples.Where(s => s.Truth == item && s.Candidate.Item == item && s.Label == true && probability(s.Candidate) >= threshold).Select(s => s.Seed).Distinct().Count();
        var alarms = samples.Where(s => s.Clean && s.Candidate.Item == item && probability(s.Candidate) >= threshold).Select(s => s.Seed).Distinct().Count();
        return ((double)found / Math.Max(1, threatBags), (double)alarms / Math.Max(1, cleanBags));
    }

    /// <summary>The threshold at which the item alarms on the given share of this set's own clean bags (for comparing learners at equal alarms only).</summary>
    private static double ThresholdAt(string item, Func<XrayCandidate, double> probability, List<Sample> samples, double share)
    {
        var cleanBags = samples.Where(s => s.Clean).Select(s => s.Seed).Distinct().Count();
        var cleanMax = samples.Where(s => s.Clean && s.Candidate.Item == item).GroupBy(s => s.Seed)
            .Select(g => g.Max(s => probability(s.Candidate))).OrderDescending().ToList();
        var allowed = (int)Math.Floor(share * cleanBags);
        return cleanMax.Count > allowed ? cleanMax[allowed] + 1e-6 : 0;
    }
}
