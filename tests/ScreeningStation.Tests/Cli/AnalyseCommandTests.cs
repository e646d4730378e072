using System.Text.Json;
using OpenCvSharp;
using Screening.Devices.Xray;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>
/// `screening analyse IMAGE... [--json] [--annotate DIR]` on bags these tests generate (tuning
/// variant set A, seeds 500–509: outside the tuning seeds 1000–1999 and the evaluation seeds 9000+).
/// </summary>
public sealed class AnalyseCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    /// <summary>Writes a generated bag as NAME.png into the CLI's working folder; returns its ground truth.</summary>
    private SyntheticGroundTruth Bag(string name, int seed, params string[] threats)
    {
        using var bag = new SyntheticScanner().Generate(seed, threats);
        bag.WriteTo(_screening.Folder, name);
        return bag.Truth;
    }

    private static PixelBox BoxOf(JsonElement detection)
    {
        var box = detection.GetProperty("box").EnumerateArray().Select(v => v.GetInt32()).ToArray();
        Assert.Equal(4, box.Length);
        return new PixelBox(box[0], box[1], box[2], box[3]);
    }

    [Fact]
    public async Task Json_gives_one_object_per_image_in_the_design_shape_with_the_threat_boxed()
    {
        var gun = Bag("gun", 500, "firearm");
        Bag("clean", 501);

        var result = await _screening.RunAsync("analyse", "gun.png", "clean.png", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var images = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, images.Length);

        Assert.Equal("gun.png", images[0].GetProperty("image").GetString());
        Assert.False(images[0].GetProperty("opaqueArea").GetBoolean());
        Assert.False(images[0].TryGetProperty("error", out _));
        var detections = images[0].GetProperty("detections").EnumerateArray().ToArray();
        var firearm = Assert.Single(detections, d => d.GetProperty("item").GetString() == XrayItems.Firearm);
        Assert.InRange(firearm.GetProperty("confidence").GetDouble(), 0.25, 1);
        var truth = gun.Threats[0].Box;
        Assert.True(BoxOf(firearm).IoU(truth) >= 0.3, $"box {BoxOf(firearm)} against ground truth {truth}");

        Assert.Equal("clean.png", images[1].GetProperty("image").GetString());
        Assert.Empty(images[1].GetProperty("detections").EnumerateArray());
    }

    [Fact]
    public async Task A_frame_in_another_makes_colours_is_said_not_to_fit_the_lane_palette_in_text_and_json()
    {
        using (var other = new SyntheticScanner(new SyntheticScannerOptions { Palette = ScannerPalette.OtherMake }).Generate(502))
        {
            other.WriteTo(_screening.Folder, "other-make");
        }

        Bag("lane", 503);

        var json = await _screening.RunAsync("analyse", "other-make.png", "lane.png", "--json");
        var text = await _screening.RunAsync("analyse", "other-make.png");

        Assert.True(json.ExitCode == 0, json.ToString());
        var images = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToArray();
        var misfit = images[0].GetProperty("palette");
        Assert.True(misfit.GetProperty("checked").GetBoolean());
        Assert.False(misfit.GetProperty("fits").GetBoolean());
        Assert.Contains("do not fit the lane palette", misfit.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.True(images[1].GetProperty("palette").GetProperty("fits").GetBoolean());
        Assert.False(images[1].GetProperty("palette").TryGetProperty("problem", out _));
        Assert.Contains("COLOURS DO NOT FIT", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("hand search", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_detection_names_a_catalogue_item_with_a_box_inside_the_image()
    {
        var truth = Bag("knife", 502, "knife");

        var result = await _screening.RunAsync("analyse", "knife.png", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var image = Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToArray());
        var detections = image.GetProperty("detections").EnumerateArray().ToArray();
        Assert.Contains(detections, d => d.GetProperty("item").GetString() == XrayItems.Knife);
        foreach (var d in detections)
        {
            Assert.Contains(d.GetProperty("item").GetString(), XrayItems.All);
            var box = BoxOf(d);
            Assert.True(box.X >= 0 && box.Y >= 0 && box.Width > 0 && box.Height > 0 && box.Right <= truth.Width && box.Bottom <= truth.Height, $"box {box}");
        }
    }

    [Fact]
    public async Task Unreadable_images_get_an_error_entry_and_exit_2_while_the_others_are_analysed()
    {
        Bag("good", 503, "firearm");
        var png = File.ReadAllBytes(Path.Combine(_screening.Folder, "good.png"));
        File.WriteAllBytes(Path.Combine(_screening.Folder, "truncated.png"), png[..(png.Length / 2)]);
        _screening.WriteFile("notes.png", "this is not an image");

        var result = await _screening.RunAsync("analyse", "truncated.png", "good.png", "notes.png", "missing.png", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        var images = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.Equal(["truncated.png", "good.png", "notes.png", "missing.png"], images.Select(i => i.GetProperty("image").GetString()));
        foreach (var bad in new[] { images[0], images[2], images[3] })
        {
            Assert.False(string.IsNullOrWhiteSpace(bad.GetProperty("error").GetString()));
            Assert.False(bad.TryGetProperty("detections", out _));
        }

        Assert.Equal("file not found", images[3].GetProperty("error").GetString());
        Assert.False(images[1].TryGetProperty("error", out _));
        Assert.Contains(images[1].GetProperty("detections").EnumerateArray(), d => d.GetProperty("item").GetString() == XrayItems.Firearm);
        Assert.Contains("truncated.png", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("notes.png", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_writes_a_boxed_copy_of_each_image_the_same_size_as_the_original()
    {
        Bag("gun", 500, "firearm");

        var result = await _screening.RunAsync("analyse", "gun.png", "--annotate", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var annotated = Path.Combine(_screening.Folder, "out", "gun.annotated.png");
        Assert.True(File.Exists(annotated), result.ToString());
        using var copy = Cv2.ImRead(annotated);
        using var original = Cv2.ImRead(Path.Combine(_screening.Folder, "gun.png"));
        Assert.Equal(original.Size(), copy.Size());
        // The boxes are drawn on the copy, never on the original.
        using var difference = new Mat();
        Cv2.Absdiff(copy, original, difference);
        Assert.True(Cv2.CountNonZero(difference.Reshape(1)) > 0);
        using var again = new SyntheticScanner().Generate(500, XrayItems.Firearm);
        Assert.Equal(again.EncodePng(), File.ReadAllBytes(Path.Combine(_screening.Folder, "gun.png")));
    }

    [Fact]
    public async Task Without_json_each_image_gets_a_line_an_officer_can_read()
    {
        Bag("gun", 500, "firearm");
        _screening.WriteFile("broken.png", "not an image");

        var result = await _screening.RunAsync("analyse", "gun.png", "broken.png");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gun.png: no opaque area;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("firearm", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.png: unreadable", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("hand search", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_without_an_image_is_refused()
    {
        var result = await _screening.RunAsync("analyse", "--json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }
}
