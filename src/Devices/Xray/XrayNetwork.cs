using System.IO.Compression;
using System.Text.Json;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace Screening.Devices.Xray;

/// <summary>
/// A small OpenCV neural network (<see cref="ANN_MLP"/>, one hidden layer) that the verifier may
/// keep beside an item's forest: it reads the same measurements (<see cref="XrayAnalyser.FeatureNames"/>),
/// and may read the candidate's grid after them (<see cref="XrayAnalyser.GridNames"/>), and gives its
/// own probability; the verifier reports the mean of the two.
/// </summary>
/// <remarks>
/// <para>A forest cuts the measurements into boxes drawn round the training shapes; a network's
/// surface is smooth, so a shape between the training shapes (a gun the sets never drew) gets a
/// probability between theirs instead of falling into whichever box is nearest.</para>
/// <para>Inputs are scaled the same way in training and in use: length, width, area and
/// length/width on a log scale, every measurement as a standard score of the training candidates
/// clipped to ±4, and the candidate's source (which cut found it) as one column per source. The
/// means and spreads are saved with the network (<c>ITEM.net.json.gz</c>: JSON, gzipped).</para>
/// <para>Not thread-safe: the verifier calls it under the item's lock.</para>
/// </remarks>
public sealed class XrayNetwork : IDisposable
{
    /// <summary>Measurements read on a log scale: length mm, width mm, area mm², length/width (2 to 5).</summary>
    private static bool LogScaled(int measurement) => measurement is >= 2 and <= 5;

    private const int SourceMeasurement = 1;

    /// <summary>One input column per source a candidate can come from (1 to this).</summary>
    private const int Sources = 24;

    private const float Clip = 4f;

    private readonly ANN_MLP _network;
    private readonly double[] _mean;
    private readonly double[] _spread;

    private XrayNetwork(ANN_MLP network, double[] mean, double[] spread)
    {
        _network = network;
        _mean = mean;
        _spread = spread;
    }

    /// <summary>Number of values the network reads a row of: the measurements, and the grid's cells when <see cref="ReadsGrid"/>.</summary>
    public int Measurements => _mean.Length;

    /// <summary>Whether the network reads each candidate's grid after its measurements.</summary>
    public bool ReadsGrid => _mean.Length == WithGrid;

    private static int WithGrid => XrayAnalyser.FeatureNames.Count + XrayAnalyser.GridNames.Count;

    /// <summary>A candidate's row as this network reads it (its measurements, then its grid if the network reads one).</summary>
    public void RowOf(XrayCandidate candidate, Span<float> into)
    {
        if (into.Length != Measurements)
        {
            throw new ArgumentException($"a row of {into.Length} values is not one of the {Measurements} this network reads", nameof(into));
        }

        Write(candidate, ReadsGrid, into);
    }

    /// <summary>A candidate's row for a network that reads the grid (<paramref name="withGrid"/>) or only the measurements: what training reads.</summary>
    public static float[] Row(XrayCandidate candidate, bool withGrid)
    {
        var row = new float[withGrid ? WithGrid : XrayAnalyser.FeatureNames.Count];
        Write(candidate, withGrid, row);
        return row;
    }

    private static void Write(XrayCandidate candidate, bool withGrid, Span<float> into)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var width = XrayAnalyser.FeatureNames.Count;
        if (candidate.Features.Length != width)
        {
            throw new ArgumentException($"a candidate of {candidate.Features.Length} measurements is not one the analyser gives ({width})", nameof(candidate));
        }

        candidate.Features.CopyTo(into);
        if (withGrid)
        {
            if (candidate.Grid is not { } grid || grid.Length != XrayAnalyser.GridNames.Count)
            {
                throw new ArgumentException($"the network reads a grid of {XrayAnalyser.GridNames.Count} cells and the candidate has {candidate.Grid?.Length ?? 0}", nameof(candidate));
            }

            grid.CopyTo(into[width..]);
        }
    }

    /// <summary>
    /// Trains a network on candidates' measurements (one row each, all of the analyser's width, or
    /// its measurements and grid laid end to end) and
    /// whether each really is the item: one hidden layer of <paramref name="hidden"/> units, symmetric
    /// sigmoids, resilient back-propagation (deterministic: OpenCV seeds its weights the same way each time).
    /// </summary>
    public static XrayNetwork Train(IReadOnlyList<float[]> rows, IReadOnlyList<bool> labels, int hidden = 16)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count != labels.Count || rows.Count == 0)
        {
            throw new ArgumentException($"training needs one label per row and at least one row ({rows.Count} rows, {labels.Count} labels)", nameof(labels));
        }

        var width = rows[0].Length;
        if (rows.FirstOrDefault(r => r.Length != width || (width != XrayAnalyser.FeatureNames.Count && width != WithGrid)) is { } wrong)
        {
            throw new ArgumentException($"a row has {wrong.Length} values; the analyser gives {XrayAnalyser.FeatureNames.Count} measurements, or {WithGrid} with the grid, the same in every row", nameof(rows));
        }

        if (!labels.Contains(true) || !labels.Contains(false))
        {
            throw new ArgumentException("training needs both candidates that are the item and candidates that are not", nameof(labels));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        var mean = new double[width];
        var spread = new double[width];
        for (var c = 0; c < width; c++)
        {
            var sum = 0.0;
            var squares = 0.0;
            foreach (var row in rows)
            {
                var v = Raw(row[c], c);
                sum += v;
                squares += v * v;
            }

            mean[c] = sum / rows.Count;
            spread[c] = Math.Max(1e-6, Math.Sqrt(Math.Max(0, (squares / rows.Count) - (mean[c] * mean[c]))));
        }

        var inputs = width + Sources;
        var network = ANN_MLP.Create();
        try
        {
            var scaled = new float[rows.Count * inputs];
            var targets = new float[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                Scale(rows[r], mean, spread, scaled.AsSpan(r * inputs, inputs));
                targets[r] = labels[r] ? 1f : -1f;
            }

            using var samples = Mat.FromPixelData(rows.Count, inputs, MatType.CV_32FC1, scaled);
            using var responses = Mat.FromPixelData(rows.Count, 1, MatType.CV_32FC1, targets);

            using var layers = Mat.FromArray([inputs, hidden, 1]);
            network.SetLayerSizes(layers);
            network.SetActivationFunction(ANN_MLP.ActivationFunctions.SigmoidSym, 1, 1);
            network.SetTrainMethod(ANN_MLP.TrainingMethods.RProp, 0.1, 0);
            network.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter | CriteriaTypes.Eps, 300, 1e-5);
            if (!network.Train(samples, SampleTypes.RowSample, responses))
            {
                throw new InvalidOperationException("x-ray network: OpenCV did not train the network");
            }

            return new XrayNetwork(network, mean, spread);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>Probabilities (0 to 1) for <paramref name="count"/> rows of measurements laid end to end.</summary>
    public double[] Probabilities(ReadOnlySpan<float> rows, int count)
    {
        var width = Measurements;
        if (rows.Length != count * width)
        {
            throw new ArgumentException($"{rows.Length} values are not {count} rows of {width} measurements", nameof(rows));
        }

        var inputs = width + Sources;
        var scaled = new float[count * inputs];
        for (var r = 0; r < count; r++)
        {
            Scale(rows.Slice(r * width, width), _mean, _spread, scaled.AsSpan(r * inputs, inputs));
        }

        using var samples = Mat.FromPixelData(count, inputs, MatType.CV_32FC1, scaled);
        using var results = new Mat();
        _network.Predict(samples, results);
        var p = new double[count];
        for (var i = 0; i < count; i++)
        {
            p[i] = Math.Clamp((results.At<float>(i, 0) + 1) / 2, 0, 1);
        }

        return p;
    }

    /// <summary>Writes the network with its scaling as gzipped JSON.</summary>
    public void Save(string path)
    {
        var yml = Path.Combine(Path.GetTempPath(), $"xray-network-{Guid.NewGuid():N}.yml");
        try
        {
            _network.Save(yml);
            var saved = new Saved(_mean, _spread, File.ReadAllText(yml));
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            JsonSerializer.Serialize(gzip, saved);
        }
        finally
        {
            File.Delete(yml);
        }
    }

    /// <summary>Reads a network written by <see cref="Save"/>; anything else is refused naming <paramref name="name"/>.</summary>
    public static XrayNetwork Read(Stream gzipped, string name)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        Saved? saved;
        try
        {
            using var unzip = new GZipStream(gzipped, CompressionMode.Decompress);
            saved = JsonSerializer.Deserialize<Saved>(unzip);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"x-ray verifier: {name} is not a saved network ({e.Message})", e);
        }

        if (saved?.Mean is not { } mean || saved.Spread is not { } spread || saved.Network is not { Length: > 0 } text)
        {
            throw new InvalidDataException($"x-ray verifier: {name} lacks its mean, spread or network");
        }

        var width = mean.Length;
        if ((width != XrayAnalyser.FeatureNames.Count && width != WithGrid) || spread.Length != width)
        {
            throw new InvalidDataException($"x-ray verifier: {name} scales {mean.Length} measurements and spreads {spread.Length}; the analyser gives {XrayAnalyser.FeatureNames.Count} measurements, or {WithGrid} with the grid");
        }

        if (mean.Any(m => !double.IsFinite(m)) || spread.Any(s => !double.IsFinite(s) || s <= 0))
        {
            throw new InvalidDataException($"x-ray verifier: {name} has a mean that is not a number or a spread that is not above 0");
        }

        ANN_MLP network;
        try
        {
            network = ANN_MLP.LoadFromString(text);
        }
        catch (OpenCVException e)
        {
            throw new InvalidDataException($"x-ray verifier: {name} holds no OpenCV network ({e.Message})", e);
        }

        using var layers = network.GetLayerSizes();
        if (layers.Total() < 2 || layers.Get<int>(0) != width + Sources || layers.Get<int>((int)layers.Total() - 1) != 1)
        {
            network.Dispose();
            throw new InvalidDataException($"x-ray verifier: {name} is not a network of {width + Sources} inputs and one output");
        }

        return new XrayNetwork(network, mean, spread);
    }

    public void Dispose() => _network.Dispose();

    private static double Raw(float value, int measurement) =>
        LogScaled(measurement) ? Math.Log(1 + Math.Max(0, value)) : value;

    /// <summary>One row of measurements as the network's inputs.</summary>
    private static void Scale(ReadOnlySpan<float> row, double[] mean, double[] spread, Span<float> into)
    {
        into.Clear();
        for (var c = 0; c < row.Length; c++)
        {
            if (c != SourceMeasurement)
            {
                var z = (Raw(row[c], c) - mean[c]) / spread[c];
                into[c] = double.IsNaN(z) ? 0f : (float)Math.Clamp(z, -Clip, Clip);
            }
        }

        var source = (int)Math.Round(row[SourceMeasurement]);
        if (source is > 0 and <= Sources)
        {
            into[row.Length + source - 1] = 1f;
        }
    }

    private sealed record Saved(double[]? Mean, double[]? Spread, string? Network);
}
