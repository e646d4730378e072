using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>
/// Whether a frame's colours fit the palette the analyser reads: the lane's own frames always do;
/// another make's, a black-and-white export, or frames read through a calibration that is not their
/// scanner's do not, and say why. Bags are variant sets C and Z at seeds outside those the check's
/// limits were set on (A, B, W and X).
/// </summary>
public sealed class XrayPaletteCheckTests
{
    private static readonly XrayAnalyser Lane = new();

    private static SyntheticBag Bag(ScannerPalette palette, int i, SyntheticVariants? variants = null, int? seed = null) =>
        new SyntheticScanner(new SyntheticScannerOptions { Width = 1024, Height = 768, Variants = variants ?? SyntheticVariants.HeldOut, Palette = palette })
            .Generate((seed ?? SyntheticVariants.HeldOutSeedFirst + 7000) + i, i % 2 == 0 ? [] : [XrayItems.All[i % XrayItems.All.Count]]);

    private static XrayAnalyser CalibratedTo(ScannerPalette palette)
    {
        using var piece = new SyntheticScanner(new SyntheticScannerOptions { Palette = palette }).TestPiece();
        return new XrayAnalyser(new XrayAnalyserOptions { Calibration = XrayCalibration.FitTo(piece) });
    }

    [Fact]
    public void The_lane_scanners_own_frames_fit_clean_or_with_a_threat()
    {
        for (var i = 0; i < 8; i++)
        {
            using var bag = i < 4 ? Bag(ScannerPalette.Lane, i) : Bag(ScannerPalette.Lane, i, SyntheticVariants.SetZ, SyntheticVariants.SetZSeedFirst + 7000);

            var check = Lane.CheckPalette(bag.Image);

            Assert.True(check.Checked, $"bag {i} was not checked");
            Assert.True(check.Fits, $"bag {i}: {check.Problem}");
            Assert.Null(check.Problem);
        }
    }

    [Theory]
    [InlineData("brighter", "brightness above")]
    [InlineData("darker", "brightness below")]
    [InlineData("logarithmic", "brightness above")]
    [InlineData("paler", "brightness below")]
    [InlineData("other-hues", "organic matter at hue")]
    [InlineData("other-make", "organic matter at hue")]
    public void Another_makes_frames_read_in_the_lane_palette_do_not_fit_and_say_why(string palette, string why)
    {
        for (var i = 0; i < 4; i++)
        {
            using var bag = Bag(ScannerPalette.Named(palette), i);

            var check = Lane.CheckPalette(bag.Image);

            Assert.False(check.Fits, $"{palette} bag {i} was said to fit (value offset {check.ValueOffset}, hue offset {check.OrganicHueOffset})");
            Assert.Contains("do not fit the lane palette", check.Problem, StringComparison.Ordinal);
            Assert.Contains(why, check.Problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("other-hues")]
    [InlineData("other-make")]
    [InlineData("brighter")]
    public void Through_its_own_calibration_another_makes_frames_fit(string palette)
    {
        var analyser = CalibratedTo(ScannerPalette.Named(palette));
        for (var i = 0; i < 4; i++)
        {
            using var bag = Bag(ScannerPalette.Named(palette), i);

            var check = analyser.CheckPalette(bag.Image);

            Assert.True(check.Fits, $"{palette} bag {i}: {check.Problem}");
        }
    }

    [Fact]
    public void The_lane_scanners_frames_read_through_another_makes_calibration_do_not_fit()
    {
        var analyser = CalibratedTo(ScannerPalette.OtherHues);
        using var bag = Bag(ScannerPalette.Lane, 1);

        var check = analyser.CheckPalette(bag.Image);

        Assert.False(check.Fits);
        Assert.Contains("do not fit the scanner calibration", check.Problem, StringComparison.Ordinal);
        Assert.True(check.OrganicHueOffset <= -3, $"hue offset {check.OrganicHueOffset}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_black_and_white_export_does_not_fit_lossless_or_as_jpeg(bool jpeg)
    {
        using var bag = Bag(ScannerPalette.Lane, 3);
        using var grey = new Mat();
        Cv2.CvtColor(bag.Image, grey, ColorConversionCodes.BGR2GRAY);
        Cv2.CvtColor(grey, grey, ColorConversionCodes.GRAY2BGR);
        using var frame = jpeg ? Jpeg(grey) : grey.Clone();

        var check = Lane.CheckPalette(frame, lossy: jpeg);

        Assert.False(check.Fits);
        Assert.Contains("almost no colour", check.Problem, StringComparison.Ordinal);
        Assert.True(check.ColouredShare < 0.2);
    }

    [Fact]
    public void A_jpeg_frame_of_the_lane_scanner_fits_its_colours_are_checked_but_not_its_hue_and_brightness()
    {
        for (var i = 0; i < 4; i++)
        {
            using var bag = Bag(ScannerPalette.Lane, i);
            using var lossy = Jpeg(bag.Image);

            var check = Lane.CheckPalette(lossy, lossy: true);

            Assert.True(check.Checked);
            Assert.True(check.Fits, $"bag {i}: {check.Problem}");
            Assert.Null(check.ValueOffset);
            Assert.Null(check.OrganicHueOffset);
        }
    }

    [Fact]
    public void An_empty_belt_is_not_judged()
    {
        using var belt = new Mat(768, 1024, MatType.CV_8UC3, Scalar.All(255));

        var check = Lane.CheckPalette(belt);

        Assert.False(check.Checked);
        Assert.True(check.Fits);
    }

    [Fact]
    public void A_frame_that_is_not_8_bit_colour_is_refused_by_name()
    {
        using var grey = new Mat(100, 100, MatType.CV_8UC1, Scalar.All(128));

        var ex = Assert.Throws<ArgumentException>(() => Lane.CheckPalette(grey));

        Assert.Contains("8-bit BGR", ex.Message, StringComparison.Ordinal);
    }

    private static Mat Jpeg(Mat image)
    {
        Cv2.ImEncode(".jpg", image, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return Cv2.ImDecode(bytes, ImreadModes.Color);
    }
}
