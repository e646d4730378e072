using System.Globalization;
using OpenCvSharp;
using OpenCvSharp.ML;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// <c>xray-train --learners</c>: other OpenCV learners beside the shipped forests, trained on the same
/// candidates and judged on a held-out set's own bags. Nothing is written; it measures whether a
/// smoother model finds shapes the training sets never drew better than a forest does.
/// </summary>
public static partial class XrayTraining
{
    /// <summary>Feature-wise scaling learned from the training rows: log for sizes, then standard scores clipped to ±4.</summary>
    private sealed class Scaling
    {
        private static readonly HashSet<int> Logged = [2, 3, 4, 5];
        private readonly double[] _mean;
        private readonly double[] _sd;

        public Scaling(IReadOnlyList<float[]> rows)
        {
            var width = rows[0].Length;
            _mean = new double[width];
            _sd = new double[width];
            for (var c = 0; c < width; c++)
            {
                var values = rows.Select(r => Raw(r, c)).ToList();
                _mean[c] = values.Average();
                _sd[c] = Math.Max(1e-6, Math.Sqrt(values.Average(v => (v - _mean[c]) * (v - _mean[c]))));
            }
        }

        private static double Raw(float[] row, int c) => Logged.Contains(c) ? Math.Log(1 + Math.Max(0, row[c])) : row[c];

        /// <summary>The scaled row, the candidate's source (feature 1) as one-hot columns after the others.</summary>
        public float[] Apply(float[] row)
        {
            var scaled = new float[row.Length + Sources];
            for (var c = 0; c < row.Length; c++)
            {
                scaled[c] = c == 1 ? 0f : (float)Math.Clamp((Raw(row, c) - _mean[c]) / _sd[c], -4, 4);
            }

            var source = (int)Math.Round(row[1]);
            if (source is > 0 and <= Sources)
            {
                scaled[row.Length + source - 1] = 1f;
            }

            return scaled;
        }

        private const int Sources = 24;
    }

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
            var rows = training.Where(s => s.Candidate.Item == item && s.Label is not null).ToList();
            if (balance)
            {
                rows = BalanceShapes(rows);
            }

            rows = Emphasise(rows, everydayWeight);
            var scaling = new Scaling([.. rows.Select(r => r.Candidate.Features)]);
            Console.WriteLine($"{item}: {rows.Count} training rows ({rows.Count(r => r.Label == true)} positive)");
            var learners = new Dictionary<string, Func<XrayCandidate, double>>(StringComparer.Ordinal);
            if (shipped.Items.Contains(item))
            {
                learners["forest"] = c => shipped.Probabilities(item, [c])![0];
            }

            var linear = TrainMlp(rows, scaling, []);
            learners["logistic"] = c => PredictMlp(linear, scaling, c);
            var mlp = TrainMlp(rows, scaling, [hidden]);
            learners[$"mlp{hidden}"] = c => PredictMlp(mlp, scaling, c);
            if (learners.TryGetValue("forest", out var forest))
            {
                learners["forest+mlp"] = c => (forest(c) + PredictMlp(mlp, scaling, c)) / 2;
                learners["forest+logistic"] = c => (forest(c) + PredictMlp(linear, scaling, c)) / 2;
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

            linear.Dispose();
            mlp.Dispose();
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

    private static ANN_MLP TrainMlp(List<Sample> rows, Scaling scaling, int[] hiddenLayers)
    {
        var scaled = rows.Select(r => scaling.Apply(r.Candidate.Features)).ToList();
        var width = scaled[0].Length;
        using var samples = new Mat(rows.Count, width, MatType.CV_32FC1);
        using var responses = new Mat(rows.Count, 1, MatType.CV_32FC1);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                samples.Set(r, c, scaled[r][c]);
            }

            responses.Set(r, 0, rows[r].Label == true ? 1f : -1f);
        }

        var mlp = ANN_MLP.Create();
        using var layers = Mat.FromArray([width, .. hiddenLayers, 1]);
        mlp.SetLayerSizes(layers);
        mlp.SetActivationFunction(ANN_MLP.ActivationFunctions.SigmoidSym, 1, 1);
        mlp.SetTrainMethod(ANN_MLP.TrainingMethods.RProp, 0.1, 0);
        mlp.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter | CriteriaTypes.Eps, 300, 1e-5);
        mlp.Train(samples, SampleTypes.RowSample, responses);
        return mlp;
    }

    private static double PredictMlp(ANN_MLP mlp, Scaling scaling, XrayCandidate candidate)
    {
        var row = scaling.Apply(candidate.Features);
        using var sample = Mat.FromPixelData(1, row.Length, MatType.CV_32FC1, row);
        using var result = new Mat();
        mlp.Predict(sample, result);
        return Math.Clamp((result.At<float>(0, 0) + 1) / 2, 0, 1);
    }
}
