using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>
/// Whether a frame's colours fit the palette the analyser reads frames through (the lane palette or
/// the scanner's calibration). A frame that does not fit is read wrongly: its detections and its
/// silence both mean little, so the bag is hand searched.
/// </summary>
/// <param name="Checked">Whether there was enough of a bag, drawn losslessly, to tell; a frame not checked fits.</param>
/// <param name="Fits">False when the colours are not the palette's.</param>
/// <param name="Problem">What does not fit, in words for the officer and the log; null when it fits.</param>
/// <param name="ValueOffset">Median brightness above what the palette draws for each saturation (0–1; lane palette, lossless frames only).</param>
/// <param name="OrganicHueOffset">The hue most of the thin organic matter shows, less the palette's organic hue (lossless frames only).</param>
/// <param name="ColouredShare">Share of the bag's pixels with any colour (0 for a black-and-white export).</param>
public sealed record XrayPaletteCheck(bool Checked, bool Fits, string? Problem, double? ValueOffset, int? OrganicHueOffset, double ColouredShare);

public sealed partial class XrayAnalyser
{
    /// <summary>Bag pixels (of those sampled, every other row and column) below which a frame is not judged: an empty belt or a sliver.</summary>
    private const int PaletteCheckMinPixels = 2000;

    /// <summary>Brightness off the palette's, in 1/255 steps, from which a frame does not fit (the lane palette's own frames read 0; the other makes tried read 3 or more).</summary>
    private const int ValueOffsetLimit = 2;

    /// <summary>Organic hue off the palette's, in OpenCV hue steps, from which a frame does not fit (the lane palette's own frames read +1; a make with organic at hue 20 reads +7).</summary>
    private const int HueOffsetBelow = -2;
    private const int HueOffsetAbove = 3;

    /// <summary>Below this share of coloured bag pixels the scanner is exporting black and white (lane frames: over 0.8; a palette at 70 % saturation through JPEG: 0.38).</summary>
    private const double ColouredShareLimit = 0.2;

    /// <summary>Per saturation (0–255), the value the lane palette draws with it: saturation is 2.2 × absorbed, value transmission^0.55.</summary>
    private static readonly byte[] LaneValueOfSaturation = [.. Enumerable.Range(0, 256).Select(s =>
        (byte)Math.Clamp(Math.Round(255 * Math.Pow(1 - (s / 255.0 / 2.2), XrayPalette.Gamma)), 0, 255))];

    /// <summary>
    /// Checks that a decoded 8-bit BGR frame is drawn in the palette this analyser reads: an operator
    /// switching the scanner's display mode, a scanner of another make, or an export setting changed
    /// after calibration would otherwise be misread without a sign.
    /// </summary>
    /// <remarks>
    /// Three readings of the bag's pixels (white belt left out, every other row and column):
    /// <list type="bullet">
    /// <item>colour at all: a black-and-white or single-energy export has none;</item>
    /// <item>the hue of most thin organic matter (bag fabric, clothes, paper: in every bag) against the
    /// palette's organic hue (14 in the lane palette; a calibration's lowest hue);</item>
    /// <item>in the lane palette, brightness against saturation: both come from how much the beam lost, so
    /// for each saturation the palette draws one value. Another brightness curve or another saturation
    /// moves the median away from it. A calibration does not record that pairing, so calibrated lanes
    /// are checked on colour and hue only.</item>
    /// </list>
    /// A lossy frame (JPEG) is checked for colour only: chroma subsampling pales and shifts colours by more
    /// than the other two readings allow (measured on lane frames at JPEG quality 85).
    /// </remarks>
    public XrayPaletteCheck CheckPalette(Mat bgr, bool lossy = false)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3)
        {
            throw new ArgumentException("expected a decoded 8-bit BGR frame", nameof(bgr));
        }

        // Only every other row and column is read, so only those are converted: the analysis converts the
        // whole frame already, and this runs beside it on every frame the lane takes.
        using var hsv = EveryOtherPixel(bgr);
        Cv2.CvtColor(hsv, hsv, ColorConversionCodes.BGR2HSV);
        var calibration = Options.Calibration;
        var expectedHue = calibration is null ? (int)Math.Round(XrayPalette.HueOf(XrayPalette.OrganicRatio)) : (int)Math.Round(calibration.HueKnots[0].Hue);
        var greyBelow = calibration?.GreySaturation ?? LaneGreySaturation;

        Span<int> valueOffsets = stackalloc int[511];
        Span<int> hues = stackalloc int[180];
        valueOffsets.Clear();
        hues.Clear();
        int bag = 0, coloured = 0, paired = 0;
        var pixels = hsv.AsSpan<byte>();
        for (var i = 0; i < pixels.Length; i += 3)
        {
            int h = pixels[i], s = pixels[i + 1], v = pixels[i + 2];
            if (v >= 250 && s < 13)
            {
                continue; // the belt
            }

            bag++;
            if (s >= greyBelow)
            {
                coloured++;
            }

            // Saturation short of the palette's ceiling (where it stops telling how much was lost).
            if (s is >= 20 and <= 216 && v >= 77)
            {
                valueOffsets[v - LaneValueOfSaturation[s] + 255]++;
                paired++;
            }

            // Thin, well-coloured matter: where hue is steadiest.
            if (s >= 64 && v is >= 128 and <= 250)
            {
                hues[h]++;
            }
        }

        if (bag < PaletteCheckMinPixels)
        {
            return new XrayPaletteCheck(false, true, null, null, null, 0);
        }

        var colouredShare = (double)coloured / bag;
        if (colouredShare < ColouredShareLimit)
        {
            return new XrayPaletteCheck(true, false,
                $"the image has almost no colour ({colouredShare:P0} of the bag): the scanner is not exporting its dual-energy colours (a black-and-white or single-energy display mode?)",
                null, null, colouredShare);
        }

        if (lossy)
        {
            return new XrayPaletteCheck(true, true, null, null, null, colouredShare);
        }

        double? valueOffset = null;
        var problems = new List<string>(2);
        if (calibration is null && paired >= PaletteCheckMinPixels / 4)
        {
            var median = MedianIndex(valueOffsets, paired) - 255;
            valueOffset = median / 255.0;
            if (Math.Abs(median) >= ValueOffsetLimit)
            {
                problems.Add($"brightness {(median > 0 ? "above" : "below")} what the palette draws for these colours ({median:+0;-0} of 255)");
            }
        }

        int? hueOffset = null;
        var (peak, count) = HuePeak(hues, expectedHue);
        if (count >= PaletteCheckMinPixels / 8)
        {
            hueOffset = peak - expectedHue;
            if (hueOffset < HueOffsetBelow || hueOffset > HueOffsetAbove)
            {
                problems.Add($"organic matter at hue {peak} where the palette draws it at {expectedHue}");
            }
        }

        return problems.Count == 0
            ? new XrayPaletteCheck(true, true, null, valueOffset, hueOffset, colouredShare)
            : new XrayPaletteCheck(true, false,
                $"the colours do not fit the {(calibration is null ? "lane palette" : "scanner calibration")}: {string.Join("; ", problems)} (another make, a changed display mode, or a calibration that is not this scanner's)",
                valueOffset, hueOffset, colouredShare);
    }

    /// <summary>The frame's pixels at even rows and columns, as a new, continuous 8-bit BGR Mat.</summary>
    private static Mat EveryOtherPixel(Mat bgr)
    {
        var (rows, cols) = ((bgr.Rows + 1) / 2, (bgr.Cols + 1) / 2);
        var sampled = new Mat(rows, cols, MatType.CV_8UC3);
        var to = sampled.AsSpan<byte>();
        for (var y = 0; y < rows; y++)
        {
            var from = bgr.RowSpan<byte>(2 * y);
            var into = to.Slice(3 * y * cols, 3 * cols);
            for (var x = 0; x < cols; x++)
            {
                into[3 * x] = from[6 * x];
                into[(3 * x) + 1] = from[(6 * x) + 1];
                into[(3 * x) + 2] = from[(6 * x) + 2];
            }
        }

        return sampled;
    }

    private static int MedianIndex(ReadOnlySpan<int> histogram, int total)
    {
        var seen = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            seen += histogram[i];
            if (2 * seen > total)
            {
                return i;
            }
        }

        return histogram.Length - 1;
    }

    /// <summary>The commonest hue (three hues pooled) within 16 of the expected organic hue, and how many pixels were in the window.</summary>
    private static (int Peak, int Count) HuePeak(ReadOnlySpan<int> hues, int expected)
    {
        var (from, to) = (Math.Max(1, expected - 16), Math.Min(hues.Length - 2, expected + 16));
        var (peak, best, count) = (expected, -1, 0);
        for (var h = from; h <= to; h++)
        {
            count += hues[h];
            var pooled = hues[h - 1] + hues[h] + hues[h + 1];
            if (pooled > best)
            {
                (peak, best) = (h, pooled);
            }
        }

        return (peak, count);
    }
}
