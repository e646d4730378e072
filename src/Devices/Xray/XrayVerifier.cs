using System.IO.Compression;
using System.Text.Json;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace Screening.Devices.Xray;

/// <summary>
/// The trained second stage of the analyser: for each catalogue item, an OpenCV random forest
/// (<see cref="RTrees"/>, regression on 0/1) that reads a candidate's measurements
/// (<see cref="XrayAnalyser.FeatureNames"/>) and gives the probability that it really is that item,
/// and the probability from which the item is reported (its alarm threshold).
/// </summary>
/// <remarks>
/// <para>The forests and thresholds are trained by <c>tests/Benchmarks -- xray-train</c> on synthetic
/// bags from the training variants only, and shipped in this assembly
/// (<c>Xray/Models/ITEM.yml.gz</c> and <c>Xray/Models/thresholds.json</c>).</para>
/// <para>An item may also have a small network (<see cref="XrayNetwork"/>, <c>ITEM.net.json.gz</c>)
/// trained on the same candidates; its probability is then the mean of the forest's and the
/// network's, and its threshold was chosen on that mean.</para>
/// <para>A probability at the threshold maps to the analyser's lowest reported confidence (0.25, a
/// "suspect"), and 1 maps to 0.99, so confidences keep their meaning for the rules.</para>
/// <para>Thread-safe: each item's prediction is serialised by its own lock.</para>
/// </remarks>
public sealed class XrayVerifier : IDisposable
{
    private const string ResourcePrefix = "Screening.Devices.Xray.Models.";
    private readonly Dictionary<string, (RTrees Forest, XrayNetwork? Network, double Threshold, Lock Gate)> _forests;

    private XrayVerifier(Dictionary<string, (RTrees, XrayNetwork?, double, Lock)> forests) => _forests = forests;

    /// <summary>The forests shipped in this assembly; empty when none was trained yet.</summary>
    public static XrayVerifier Shipped { get; } = LoadShipped();

    /// <summary>Items that have a forest.</summary>
    public IReadOnlyCollection<string> Items => _forests.Keys;

    /// <summary>Items whose forest has a network beside it.</summary>
    public IReadOnlyCollection<string> ItemsWithNetworks => [.. _forests.Where(f => f.Value.Network is not null).Select(f => f.Key)];

    /// <summary>Items whose network reads the candidates' grids (<see cref="XrayAnalyser.GridNames"/>) as well as their measurements.</summary>
    public IReadOnlyCollection<string> ItemsReadingGrids => [.. _forests.Where(f => f.Value.Network is { ReadsGrid: true }).Select(f => f.Key)];

    /// <summary>Threshold of an item's forest, or null when it has none.</summary>
    public double? ThresholdOf(string item) => _forests.TryGetValue(item, out var f) ? f.Threshold : null;

    /// <summary>Loads forests saved as <c>ITEM.yml.gz</c> (and any networks saved as <c>ITEM.net.json.gz</c>) with a <c>thresholds.json</c> beside them.</summary>
    public static XrayVerifier Load(string directory)
    {
        var thresholds = ReadThresholds(File.ReadAllBytes(Path.Combine(directory, "thresholds.json")));
        var forests = new Dictionary<string, (RTrees, XrayNetwork?, double, Lock)>();
        try
        {
            foreach (var (item, threshold) in thresholds)
            {
                var path = Path.Combine(directory, item + ".yml.gz");
                if (!File.Exists(path))
                {
                    throw new InvalidDataException($"x-ray verifier: thresholds.json names '{item}' but {path} does not exist");
                }

                using (var file = File.OpenRead(path))
                {
                    forests[item] = (Read(file, path), null, threshold, new Lock());
                }

                var networkPath = Path.Combine(directory, item + NetworkSuffix);
                if (File.Exists(networkPath))
                {
                    using var network = File.OpenRead(networkPath);
                    forests[item] = forests[item] with { Item2 = XrayNetwork.Read(network, networkPath) };
                }
            }
        }
        catch
        {
            DisposeAll(forests);
            throw;
        }

        return new XrayVerifier(forests);
    }

    /// <summary>How a network's file name ends after its item's name.</summary>
    public const string NetworkSuffix = ".net.json.gz";

    /// <summary>Probabilities that candidates of one item are that item (one forest call for all; the mean with its network's when it has one), or null when the item has no forest.</summary>
    public double[]? Probabilities(string item, IReadOnlyList<XrayCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (!_forests.TryGetValue(item, out var f))
        {
            return null;
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var width = XrayAnalyser.FeatureNames.Count;
        var rows = new float[candidates.Count * width];
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Item != item || candidates[i].Features.Length != width)
            {
                throw new ArgumentException($"candidate {i} is not a measured {item}", nameof(candidates));
            }

            candidates[i].Features.CopyTo(rows, i * width);
        }

        using var samples = Mat.FromPixelData(candidates.Count, width, MatType.CV_32FC1, rows);
        using var results = new Mat();
        lock (f.Gate)
        {
            f.Forest.Predict(samples, results);
            var p = new double[candidates.Count];
            for (var i = 0; i < p.Length; i++)
            {
                p[i] = Math.Clamp(results.At<float>(i, 0), 0, 1);
            }

            if (f.Network is { } network)
            {
                var networkRows = rows;
                if (network.ReadsGrid)
                {
                    networkRows = new float[candidates.Count * network.Measurements];
                    for (var i = 0; i < candidates.Count; i++)
                    {
                        network.RowOf(candidates[i], networkRows.AsSpan(i * network.Measurements, network.Measurements));
                    }
                }

                var q = network.Probabilities(networkRows, candidates.Count);
                for (var i = 0; i < p.Length; i++)
                {
                    p[i] = (p[i] + q[i]) / 2;
                }
            }

            return p;
        }
    }

    /// <summary>
    /// The confidence to report for a probability of an item with a forest: 0.25 at its threshold
    /// rising to 0.99 at 1, or null below the threshold (not reported).
    /// </summary>
    public double? Confidence(string item, double probability)
    {
        var threshold = _forests[item].Threshold;
        return probability < threshold ? null : Math.Round(0.25 + (0.74 * (probability - threshold) / Math.Max(1e-6, 1 - threshold)), 2);
    }

    public void Dispose() => DisposeAll(_forests);

    private static void DisposeAll(Dictionary<string, (RTrees Forest, XrayNetwork? Network, double, Lock)> forests)
    {
        foreach (var (forest, network, _, _) in forests.Values)
        {
            forest.Dispose();
            network?.Dispose();
        }
    }

    private static XrayVerifier LoadShipped()
    {
        var assembly = typeof(XrayVerifier).Assembly;
        using var thresholdStream = assembly.GetManifestResourceStream(ResourcePrefix + "thresholds.json");
        if (thresholdStream is null)
        {
            return new XrayVerifier([]);
        }

        using var buffer = new MemoryStream();
        thresholdStream.CopyTo(buffer);
        var forests = new Dictionary<string, (RTrees, XrayNetwork?, double, Lock)>();
        foreach (var (item, threshold) in ReadThresholds(buffer.ToArray()))
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + item + ".yml.gz")
                ?? throw new InvalidOperationException($"x-ray verifier: thresholds.json names '{item}' but its forest is not shipped");
            using var network = assembly.GetManifestResourceStream(ResourcePrefix + item + NetworkSuffix);
            forests[item] = (Read(stream, item + ".yml.gz"), network is null ? null : XrayNetwork.Read(network, item + NetworkSuffix), threshold, new Lock());
        }

        return new XrayVerifier(forests);
    }

    private static Dictionary<string, double> ReadThresholds(byte[] json)
    {
        Dictionary<string, double>? thresholds;
        try
        {
            thresholds = JsonSerializer.Deserialize<Dictionary<string, double>>(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"x-ray verifier: thresholds.json is not an object of item names and probabilities ({e.Message})", e);
        }

        if (thresholds is null)
        {
            throw new InvalidDataException("x-ray verifier: thresholds.json is empty");
        }

        foreach (var (item, threshold) in thresholds)
        {
            if (!XrayItems.All.Contains(item))
            {
                throw new InvalidDataException($"x-ray verifier: thresholds.json names '{item}', which is not a catalogue item");
            }

            if (threshold is not (> 0 and < 1))
            {
                throw new InvalidDataException($"x-ray verifier: the threshold of '{item}' is {threshold}; it must lie between 0 and 1");
            }
        }

        return thresholds;
    }

    private static RTrees Read(Stream gzipped, string name)
    {
        try
        {
            using var unzip = new GZipStream(gzipped, CompressionMode.Decompress);
            using var reader = new StreamReader(unzip);
            var forest = RTrees.LoadFromString(reader.ReadToEnd());
            if (forest.GetVarCount() != XrayAnalyser.FeatureNames.Count)
            {
                throw new InvalidDataException($"x-ray verifier: {name} reads {forest.GetVarCount()} measurements; the analyser gives {XrayAnalyser.FeatureNames.Count}");
            }

            return forest;
        }
        catch (Exception e) when (e is InvalidDataException or OpenCVException or IOException)
        {
            throw new InvalidDataException($"x-ray verifier: {name} is not a trained forest ({e.Message})", e);
        }
    }
}
