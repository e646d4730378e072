using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>
/// How a make of scanner colours what its beam saw: the lane's own convention (<see cref="XrayPalette"/>)
/// or another make's, imitated by the <see cref="SyntheticScanner"/> so that calibration
/// (<see cref="XrayCalibration"/>) can be rehearsed and measured without that scanner.
/// </summary>
/// <remarks>
/// Every make keeps to the same convention (orange organic, green mixed, blue metal, black where the
/// beam does not get through, lighter for less), but each draws its own hues, brightness curve and
/// saturation. Another make's frame is our frame repainted: each pixel's hue, saturation and value are
/// read back to what the beam did and drawn again under that make's curves, so the two differ in
/// colouring only.
/// </remarks>
public sealed class ScannerPalette
{
    // Values below this are the lane palette's black (transmission under XrayPalette.OpaqueTransmission).
    private const int Black = 21;

    private readonly byte[] _hue;
    private readonly byte[] _saturation;
    private readonly byte[] _value;

    private ScannerPalette(string name, string description, byte[] hue, byte[] saturation, byte[] value)
    {
        (Name, Description, _hue, _saturation, _value) = (name, description, hue, saturation, value);
    }

    /// <summary>The lane's own palette (<see cref="XrayPalette"/>): frames are left as drawn.</summary>
    public static ScannerPalette Lane { get; } = new("lane", "the lane's own palette", Identity(), Identity(), Identity());

    /// <summary>A brighter brightness curve (value = transmission^0.40 against our 0.55).</summary>
    public static ScannerPalette Brighter { get; } = new("brighter", "value = transmission^0.40", Identity(), Identity(), Power(0.40));

    /// <summary>A darker brightness curve (value = transmission^0.80).</summary>
    public static ScannerPalette Darker { get; } = new("darker", "value = transmission^0.80", Identity(), Identity(), Power(0.80));

    /// <summary>A logarithmic display: brightness falls in proportion to attenuation down to black.</summary>
    public static ScannerPalette Logarithmic { get; } = new("logarithmic", "value falls linearly with attenuation", Identity(), Identity(), Logarithm());

    /// <summary>Organic a yellower orange, mixed a bluer green, metal a deeper blue.</summary>
    public static ScannerPalette OtherHues { get; } = new("other-hues", "organic hue 20, mixed 36-58, metal 122", Hues(), Identity(), Identity());

    /// <summary>Paler colours: saturation 70 % of ours.</summary>
    public static ScannerPalette Paler { get; } = new("paler", "saturation x0.7", Identity(), Scaled(0.7), Identity());

    /// <summary>A little of each: other hues, value = transmission^0.45, saturation 85 % of ours.</summary>
    public static ScannerPalette OtherMake { get; } = new("other-make", "other hues, value = transmission^0.45, saturation x0.85", Hues(), Scaled(0.85), Power(0.45));

    public static IReadOnlyList<ScannerPalette> All { get; } = [Lane, Brighter, Darker, Logarithmic, OtherHues, Paler, OtherMake];

    public string Name { get; }

    public string Description { get; }

    /// <summary>The palette of this name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No palette has that name; the message lists those that do.</exception>
    public static ScannerPalette Named(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"no scanner palette '{name}'; one of {string.Join(", ", All.Select(p => p.Name))}", nameof(name));

    public override string ToString() => Name;

    /// <summary>Repaints a frame drawn in the lane's palette (8-bit BGR) in place, in this one.</summary>
    public void Repaint(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (ReferenceEquals(this, Lane))
        {
            return;
        }

        using var hsv = new Mat();
        Cv2.CvtColor(bgr, hsv, ColorConversionCodes.BGR2HSV);
        var pixels = hsv.AsSpan<byte>();
        for (var i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = _hue[pixels[i]];
            pixels[i + 1] = _saturation[pixels[i + 1]];
            pixels[i + 2] = _value[pixels[i + 2]];
        }

        Cv2.CvtColor(hsv, bgr, ColorConversionCodes.HSV2BGR);
    }

    private static byte[] Identity() => [.. Enumerable.Range(0, 256).Select(i => (byte)i)];

    /// <summary>The transmission a value of the lane's palette stands for (above black).</summary>
    private static double Transmission(int value) => Math.Pow(value / 255.0, 1 / XrayPalette.Gamma);

    /// <summary>Values redrawn as transmission^gamma, black kept black.</summary>
    private static byte[] Power(double gamma) => Redraw(t => Math.Pow(t, gamma));

    private static byte[] Logarithm()
    {
        var mostAttenuation = -Math.Log(XrayPalette.OpaqueTransmission);
        return Redraw(t => 1 - (-Math.Log(Math.Max(t, 1e-6)) / mostAttenuation));
    }

    private static byte[] Redraw(Func<double, double> valueOfTransmission)
    {
        var table = Identity();
        for (var v = Black; v < 256; v++)
        {
            // Never darker than the lane's black line: what got through stays distinguishable from what did not.
            table[v] = (byte)Math.Clamp(Math.Round(255 * Math.Max(0.08, valueOfTransmission(Transmission(v)))), 0, 255);
        }

        return table;
    }

    private static byte[] Scaled(double factor) => [.. Enumerable.Range(0, 256).Select(s => (byte)Math.Round(s * factor))];

    /// <summary>Our hue anchors (organic 14, yellow-orange 30, green 65, blue 115) moved to another make's.</summary>
    private static byte[] Hues()
    {
        ReadOnlySpan<(double Ours, double Theirs)> anchors = [(0, 4), (14, 20), (30, 36), (65, 58), (115, 122), (179, 179)];
        var table = Identity();
        for (var h = 0; h < 180; h++)
        {
            var i = 0;
            while (anchors[i + 1].Ours < h)
            {
                i++;
            }

            var (ours0, theirs0) = anchors[i];
            var (ours1, theirs1) = anchors[i + 1];
            table[h] = (byte)Math.Round(theirs0 + ((h - ours0) / (ours1 - ours0) * (theirs1 - theirs0)));
        }

        return table;
    }
}
