using System.Text.Json;
using Screening.Devices.Xray;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>
/// Commissioning a scanner of another make from the command line: `screening xray test-piece` draws
/// its image of the test piece, `screening xray calibrate` fits the palette, and `analyse
/// --calibration` (like the lane with Lane:Xray:CalibrationFile) reads its frames through it. Bags are
/// tuning variant set A at seeds 700–711, drawn as a scanner with other hues would show them.
/// </summary>
public sealed class XrayCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private string[] CleanBags(ScannerPalette palette)
    {
        var scanner = new SyntheticScanner(new SyntheticScannerOptions { Palette = palette });
        return [.. Enumerable.Range(700, 12).Select(seed =>
        {
            using var bag = scanner.Generate(seed);
            return Path.GetFileName(bag.WriteTo(_screening.Folder, $"clean-{seed}"));
        })];
    }

    private static int Alarming(string analyseJson) =>
        JsonDocument.Parse(analyseJson).RootElement.EnumerateArray().Count(image => image.GetProperty("detections").GetArrayLength() > 0);

    [Fact]
    public async Task A_scanner_with_other_hues_is_calibrated_from_its_test_piece_and_its_clean_bags_stop_alarming()
    {
        var drawn = await _screening.RunAsync("xray", "test-piece", "--palette", "other-hues", "--out", "piece.png");
        Assert.True(drawn.ExitCode == 0, drawn.ToString());

        var calibrated = await _screening.RunAsync("xray", "calibrate", "piece.png", "--out", "scanner.json", "--json");
        Assert.True(calibrated.ExitCode == 0, calibrated.ToString());
        var fit = JsonDocument.Parse(calibrated.Stdout).RootElement;
        Assert.InRange(fit.GetProperty("hueSteps").GetInt32(), 12, 49);
        Assert.InRange(fit.GetProperty("valueSteps").GetInt32(), 12, 49);
        Assert.True(File.Exists(Path.Combine(_screening.Folder, "scanner.json")));

        var bags = CleanBags(ScannerPalette.OtherHues);
        var plain = await _screening.RunAsync(["analyse", .. bags, "--json"]);
        var through = await _screening.RunAsync(["analyse", .. bags, "--calibration", "scanner.json", "--json"]);

        Assert.True(plain.ExitCode == 0 && through.ExitCode == 0, plain + "\n" + through);
        Assert.True(Alarming(through.Stdout) <= 2, $"{Alarming(through.Stdout)} of 12 clean bags alarmed calibrated, {Alarming(plain.Stdout)} without");
    }

    [Fact]
    public async Task A_bag_is_refused_as_a_test_piece_with_exit_2_and_nothing_written()
    {
        using (var bag = new SyntheticScanner().Generate(712, XrayItems.Firearm))
        {
            bag.WriteTo(_screening.Folder, "bag");
        }

        var result = await _screening.RunAsync("xray", "calibrate", "bag.png", "--out", "scanner.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("bag.png", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("test piece", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_screening.Folder, "scanner.json")));
    }

    [Fact]
    public async Task A_corrupt_image_is_refused_as_a_test_piece_with_exit_2()
    {
        _screening.WriteFile("piece.png", "not really a PNG");

        var result = await _screening.RunAsync("xray", "calibrate", "piece.png", "--out", "scanner.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("piece.png", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_with_a_broken_calibration_file_exits_2_naming_it_and_analyses_nothing()
    {
        _screening.WriteFile("scanner.json", "{ \"kind\": \"screening-xray-calibration\", \"greySaturation\": 28 }");
        var bag = CleanBags(ScannerPalette.Lane)[0];

        var result = await _screening.RunAsync("analyse", bag, "--calibration", "scanner.json", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("scanner.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"hue\"", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout.Trim());
    }

    [Fact]
    public async Task An_unknown_palette_is_refused_listing_the_known_ones()
    {
        var result = await _screening.RunAsync("xray", "test-piece", "--palette", "sepia", "--out", "piece.png");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("sepia", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("other-hues", result.Stderr, StringComparison.Ordinal);
    }
}
