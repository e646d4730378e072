using System.IO.Compression;
using System.Text;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>
/// The trained verifier the analyser decides with: shipped in the assembly, loaded strictly (a bad
/// model directory is refused with a reason, never half-loaded), and switchable off.
/// </summary>
public sealed class XrayVerifierTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("xray-verifier-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Shipped_verifier_has_a_forest_for_each_class_the_rules_propose()
    {
        foreach (var item in new[] { XrayItems.Firearm, XrayItems.Knife, XrayItems.MobilePhone, XrayItems.LithiumBattery, XrayItems.Tool, XrayItems.Ammunition, XrayItems.Alcohol })
        {
            Assert.Contains(item, XrayVerifier.Shipped.Items);
            Assert.InRange(XrayVerifier.Shipped.ThresholdOf(item)!.Value, 0.01, 0.99);
        }
    }

    [Fact]
    public void With_the_verifier_off_the_rules_still_find_a_firearm()
    {
        var rulesOnly = new XrayAnalyser(new XrayAnalyserOptions { UseTrainedVerifier = false });
        var scanner = new SyntheticScanner();
        var found = 0;
        for (var seed = 520; seed < 526; seed++)
        {
            using var bag = scanner.Generate(seed, XrayItems.Firearm);
            found += rulesOnly.Analyse(bag.Image).Detections.Any(d => d.Item == XrayItems.Firearm && d.Box.IoU(bag.Truth.Threats[0].Box) >= 0.3) ? 1 : 0;
        }

        Assert.InRange(found, 5, 6);
    }

    [Fact]
    public void Every_candidate_carries_one_value_per_named_measurement()
    {
        using var bag = new SyntheticScanner().Generate(530, XrayItems.Knife);
        var candidates = new XrayAnalyser(new XrayAnalyserOptions { MeasureGrids = true }).Candidates(bag.Image);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(XrayAnalyser.FeatureNames.Count, c.Features.Length));
        Assert.All(candidates, c => Assert.All(c.Features, f => Assert.True(float.IsFinite(f), $"{c.Item} has a measurement {f}")));
        Assert.All(candidates, c => Assert.Equal(XrayAnalyser.GridNames.Count, c.Grid!.Length));
        Assert.All(candidates, c => Assert.All(c.Grid!, g => Assert.InRange(g, 0f, 1f)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_knife_and_its_mirror_image_are_seen_through_the_same_grid(bool leftToRight)
    {
        using var bag = new SyntheticScanner().Generate(530, XrayItems.Knife);
        using var mirrored = new OpenCvSharp.Mat();
        OpenCvSharp.Cv2.Flip(bag.Image, mirrored, leftToRight ? OpenCvSharp.FlipMode.Y : OpenCvSharp.FlipMode.X);
        var truth = bag.Truth.Threats[0].Box;
        var mirroredTruth = leftToRight
            ? new PixelBox(bag.Image.Width - truth.X - truth.Width, truth.Y, truth.Width, truth.Height)
            : new PixelBox(truth.X, bag.Image.Height - truth.Y - truth.Height, truth.Width, truth.Height);
        var analyser = new XrayAnalyser(new XrayAnalyserOptions { MeasureGrids = true });
        var grid = analyser.Candidates(bag.Image).Where(c => c.Item == XrayItems.Knife).MaxBy(c => c.Box.IoU(truth))!.Grid!;
        var mirroredGrid = analyser.Candidates(mirrored).Where(c => c.Item == XrayItems.Knife).MaxBy(c => c.Box.IoU(mirroredTruth))!.Grid!;

        // Each cell alike, give or take the blur and noise a mirrored frame shifts by a pixel.
        var worst = grid.Zip(mirroredGrid, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst < 0.15, $"a cell differs by {worst:0.00} between the knife and its mirror image");
        // And the grid is the knife's own: not a flat field.
        Assert.True(grid.Max() - grid.Min() > 0.5, "the knife's grid is flat");
    }

    [Theory]
    [InlineData("[1, 2", "thresholds.json")]              // not JSON
    [InlineData("""{ "banana": 0.5 }""", "banana")]       // not a catalogue item
    [InlineData("""{ "knife": 1.5 }""", "knife")]         // not a probability
    [InlineData("""{ "knife": 0 }""", "knife")]           // would report everything
    public void Bad_thresholds_file_is_refused_naming_what_is_wrong(string json, string named)
    {
        File.WriteAllText(Path.Combine(_directory, "thresholds.json"), json);
        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_forest_is_refused_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_directory, "thresholds.json"), """{ "knife": 0.5 }""");
        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains("knife.yml.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_forest_is_refused_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_directory, "thresholds.json"), """{ "knife": 0.5 }""");
        File.WriteAllBytes(Path.Combine(_directory, "knife.yml.gz"), Encoding.ASCII.GetBytes("not gzip at all"));
        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains("knife.yml.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forest_that_is_not_an_opencv_model_is_refused()
    {
        File.WriteAllText(Path.Combine(_directory, "thresholds.json"), """{ "knife": 0.5 }""");
        using (var file = File.Create(Path.Combine(_directory, "knife.yml.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.ASCII.GetBytes("%YAML:1.0\n---\nnothing: 1\n"));
        }

        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains("knife.yml.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_network_that_reads_them_the_lane_analyser_does_not_measure_grids()
    {
        using var bag = new SyntheticScanner().Generate(530, XrayItems.Knife);
        var analyser = new XrayAnalyser();
        Assert.False(analyser.MeasuresGrids);
        var candidates = analyser.Candidates(bag.Image);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Null(c.Grid));
    }

    [Fact]
    public void Shipped_firearm_and_knife_verifiers_average_a_network_with_their_forest_and_neither_network_reads_the_grid()
    {
        Assert.Equal([XrayItems.Firearm, XrayItems.Knife], XrayVerifier.Shipped.ItemsWithNetworks.Order(StringComparer.Ordinal));
        Assert.Empty(XrayVerifier.Shipped.ItemsReadingGrids);
    }

    [Fact]
    public void A_network_saved_and_read_back_gives_the_same_probabilities_and_tells_the_classes_apart()
    {
        var (rows, labels) = TwoKinds(400);
        using var trained = XrayNetwork.Train(rows, labels, hidden: 4);
        var path = Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix);
        trained.Save(path);
        using var file = File.OpenRead(path);
        using var read = XrayNetwork.Read(file, path);

        var (test, truth) = TwoKinds(100, seed: 2);
        var flat = test.SelectMany(r => r).ToArray();
        var before = trained.Probabilities(flat, test.Count);
        var after = read.Probabilities(flat, test.Count);
        Assert.Equal(before, after);
        Assert.All(after, p => Assert.InRange(p, 0, 1));
        var right = Enumerable.Range(0, test.Count).Count(i => (after[i] >= 0.5) == truth[i]);
        Assert.True(right >= 95, $"the network told {right} of 100 candidates apart");
    }

    [Fact]
    public void A_network_beside_a_forest_moves_the_verifier_probability_to_the_mean_of_the_two()
    {
        var (rows, labels) = TwoKinds(400);
        using var network = XrayNetwork.Train(rows, labels, hidden: 4);
        using var bag = new SyntheticScanner().Generate(530, XrayItems.Knife);
        var candidates = new XrayAnalyser().Candidates(bag.Image).Where(c => c.Item == XrayItems.Knife).Take(5).ToList();
        Assert.NotEmpty(candidates);

        // The shipped knife forest alone, then beside the test network.
        CopyShipped(XrayItems.Knife, withNetwork: false);
        double[] forestOnly;
        using (var alone = XrayVerifier.Load(_directory))
        {
            Assert.DoesNotContain(XrayItems.Knife, alone.ItemsWithNetworks);
            forestOnly = alone.Probabilities(XrayItems.Knife, candidates)!;
        }

        network.Save(Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix));
        using var beside = XrayVerifier.Load(_directory);
        Assert.Contains(XrayItems.Knife, beside.ItemsWithNetworks);
        var both = beside.Probabilities(XrayItems.Knife, candidates)!;
        var alone2 = network.Probabilities(candidates.SelectMany(c => c.Features).ToArray(), candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            Assert.Equal((forestOnly[i] + alone2[i]) / 2, both[i], 6);
        }
    }

    [Fact]
    public void A_network_that_reads_the_grid_is_saved_read_and_used_by_the_verifier_and_refuses_a_candidate_without_one()
    {
        // Two kinds told apart by their grids only: the same measurements, metal at one end or all along.
        static (List<float[]> Rows, List<bool> Labels) EndOrAllAlong(int count, int seed)
        {
            var random = new Random(seed);
            var rows = new List<float[]>();
            var labels = new List<bool>();
            for (var i = 0; i < count; i++)
            {
                var item = i % 2 == 0;
                var row = new float[XrayAnalyser.FeatureNames.Count + XrayAnalyser.GridNames.Count];
                row[1] = 2;
                for (var c = XrayAnalyser.FeatureNames.Count; c < row.Length; c++)
                {
                    var cell = c - XrayAnalyser.FeatureNames.Count;
                    row[c] = (float)(((item && cell < 16) || !item ? 0.8 : 0.1) + (0.1 * random.NextDouble()));
                }

                rows.Add(row);
                labels.Add(item);
            }

            return (rows, labels);
        }

        var (rows, labels) = EndOrAllAlong(400, seed: 3);
        using var trained = XrayNetwork.Train(rows, labels, hidden: 4);
        Assert.True(trained.ReadsGrid);
        var path = Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix);
        trained.Save(path);
        using (var file = File.OpenRead(path))
        using (var read = XrayNetwork.Read(file, path))
        {
            Assert.True(read.ReadsGrid);
            var (test, truth) = EndOrAllAlong(20, seed: 4);
            var p = read.Probabilities(test.SelectMany(r => r).ToArray(), 20);
            Assert.Equal(20, Enumerable.Range(0, 20).Count(i => (p[i] >= 0.5) == truth[i]));
        }

        CopyShipped(XrayItems.Knife, withNetwork: false);
        trained.Save(path);
        using var verifier = XrayVerifier.Load(_directory);
        using var bag = new SyntheticScanner().Generate(530, XrayItems.Knife);
        // An analyser whose verifier reads grids measures them without being asked.
        var analyser = new XrayAnalyser(new XrayAnalyserOptions(), verifier);
        Assert.True(analyser.MeasuresGrids);
        var candidates = analyser.Candidates(bag.Image).Where(c => c.Item == XrayItems.Knife).Take(3).ToList();
        Assert.All(candidates, c => Assert.Equal(XrayAnalyser.GridNames.Count, c.Grid!.Length));
        Assert.All(verifier.Probabilities(XrayItems.Knife, candidates)!, p => Assert.InRange(p, 0, 1));
        var error = Assert.Throws<ArgumentException>(() => verifier.Probabilities(XrayItems.Knife, [candidates[0] with { Grid = null }]));
        Assert.Contains("grid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_network_is_refused_naming_the_file()
    {
        CopyShipped(XrayItems.Knife, withNetwork: false);
        File.WriteAllBytes(Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix), Encoding.ASCII.GetBytes("not gzip at all"));
        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains("knife" + XrayVerifier.NetworkSuffix, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Mean": [1, 2], "Spread": [1, 1], "Network": "x" }""", "scales 2 measurements")]
    [InlineData("""{ "Spread": [1], "Network": "x" }""", "lacks")]
    [InlineData("""[1, 2, 3]""", "not a saved network")]
    public void Network_file_of_the_wrong_make_is_refused_saying_what_is_wrong(string json, string said)
    {
        CopyShipped(XrayItems.Knife, withNetwork: false);
        WriteGzipped(Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix), json);
        var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
        Assert.Contains("knife" + XrayVerifier.NetworkSuffix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_whose_spread_is_zero_or_whose_opencv_model_is_garbage_is_refused()
    {
        CopyShipped(XrayItems.Knife, withNetwork: false);
        var width = XrayAnalyser.FeatureNames.Count;
        var ones = string.Join(", ", Enumerable.Repeat("1", width));
        var zeros = string.Join(", ", Enumerable.Repeat("0", width));
        foreach (var (json, said) in new[]
        {
            ($$"""{ "Mean": [{{ones}}], "Spread": [{{zeros}}], "Network": "x" }""", "spread"),
            ($$"""{ "Mean": [{{ones}}], "Spread": [{{ones}}], "Network": "%YAML:1.0\n---\nnothing: 1\n" }""", "network"),
        })
        {
            WriteGzipped(Path.Combine(_directory, "knife" + XrayVerifier.NetworkSuffix), json);
            var error = Assert.Throws<InvalidDataException>(() => XrayVerifier.Load(_directory));
            Assert.Contains(said, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Training_refuses_rows_of_another_width_and_labels_of_one_kind()
    {
        var (rows, labels) = TwoKinds(20);
        Assert.Throws<ArgumentException>(() => XrayNetwork.Train([.. rows.Select(r => r[..^1])], labels));
        Assert.Throws<ArgumentException>(() => XrayNetwork.Train(rows, [.. labels.Select(_ => true)]));
        Assert.Throws<ArgumentException>(() => XrayNetwork.Train(rows, labels.Take(5).ToList()));
    }

    /// <summary>Candidates of two kinds that differ in length and metal (the item: long and dense), from a seeded generator.</summary>
    private static (List<float[]> Rows, List<bool> Labels) TwoKinds(int count, int seed = 1)
    {
        var random = new Random(seed);
        var rows = new List<float[]>();
        var labels = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var item = i % 2 == 0;
            var row = new float[XrayAnalyser.FeatureNames.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = (float)random.NextDouble();
            }

            row[1] = 1 + random.Next(5);                                            // source
            row[2] = (float)((item ? 180 : 60) + (30 * random.NextDouble()));        // length mm
            row[9] = (float)((item ? 0.7 : 0.3) + (0.2 * random.NextDouble()));      // metal mean
            rows.Add(row);
            labels.Add(item);
        }

        return (rows, labels);
    }

    private static void WriteGzipped(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>The shipped forest of one item, its threshold and (if asked) its network, written to the test directory.</summary>
    private void CopyShipped(string item, bool withNetwork)
    {
        var assembly = typeof(XrayVerifier).Assembly;
        foreach (var name in withNetwork ? new[] { item + ".yml.gz", item + XrayVerifier.NetworkSuffix } : [item + ".yml.gz"])
        {
            using var resource = assembly.GetManifestResourceStream("Screening.Devices.Xray.Models." + name)!;
            using var file = File.Create(Path.Combine(_directory, name));
            resource.CopyTo(file);
        }

        File.WriteAllText(Path.Combine(_directory, "thresholds.json"), $$"""{ "{{item}}": 0.3 }""");
    }
}
