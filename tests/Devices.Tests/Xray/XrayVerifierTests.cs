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
        var candidates = new XrayAnalyser().Candidates(bag.Image);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(XrayAnalyser.FeatureNames.Count, c.Features.Length));
        Assert.All(candidates, c => Assert.All(c.Features, f => Assert.True(float.IsFinite(f), $"{c.Item} has a measurement {f}")));
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
}
