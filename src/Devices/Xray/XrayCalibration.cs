using System.Globalization;
using System.Text.Json;
using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>A calibration could not be fitted or read; the message says what was wrong.</summary>
public sealed class XrayCalibrationException(string message) : Exception(message);

/// <summary>How well a calibration fitted its test piece.</summary>
/// <param name="HueSteps">Steps with colour enough to read a material from.</param>
/// <param name="ValueSteps">Steps short of black.</param>
/// <param name="HueResidual">Mean distance, in low/high ratio, between a step's material and what its hue now reads as.</param>
/// <param name="ValueResidual">Mean distance, in high-energy attenuation, between a step's and what its value now reads as.</param>
public sealed record XrayCalibrationFit(int HueSteps, int ValueSteps, double HueResidual, double ValueResidual);

/// <summary>
/// A scanner's palette read back from an image of the test piece (<see cref="XrayTestPiece"/>):
/// which low/high attenuation ratio (material) each hue stands for, which high-energy attenuation each
/// value (brightness) stands for, and how pale a colour may be and still mean a material. The
/// analyser reads frames through it (<see cref="XrayAnalyserOptions.Calibration"/>) instead of the
/// lane palette's built-in inverse, so a scanner of another make is measured in the same millimetres
/// of steel and plastic as the one it was built on.
/// </summary>
/// <remarks>
/// Both maps are monotone piecewise-linear curves through the steps' readings (hue rises from
/// organic to metal; value falls as attenuation rises), fitted by pooling adjacent steps that
/// disagree. Red hues (above 160) are read as below 0, where orange organic shades into red. Black
/// (value below 22, as every make draws where the beam did not get through) is left as the analyser
/// reads it.
/// </remarks>
public sealed class XrayCalibration
{
    /// <summary>The largest calibration file read (a real one is about 2 KiB).</summary>
    public const int MaxFileBytes = 64 * 1024;

    private const string Kind = "screening-xray-calibration";

    /// <summary>Below this value a pixel is black in every palette: the analyser's opaque level.</summary>
    private const int Black = 22;

    private readonly (double X, double Y)[] _hue;
    private readonly (double X, double Y)[] _value;

    private XrayCalibration((double, double)[] hue, (double, double)[] value, int greySaturation, XrayCalibrationFit? fit)
    {
        (_hue, _value, GreySaturation, Fit) = (hue, value, greySaturation, fit);
    }

    /// <summary>Below this saturation (0–255) a pixel's hue means nothing (too little got absorbed to colour it).</summary>
    public int GreySaturation { get; }

    /// <summary>How well it fitted its test piece (null when read from a file without its "fit" record).</summary>
    public XrayCalibrationFit? Fit { get; }

    /// <summary>(hue, low/high ratio) knots, hue rising.</summary>
    public IReadOnlyList<(double Hue, double Ratio)> HueKnots => _hue;

    /// <summary>(value, high-energy attenuation) knots, value rising.</summary>
    public IReadOnlyList<(double Value, double Attenuation)> ValueKnots => _value;

    /// <summary>The low/high attenuation ratio an OpenCV hue (0–179) stands for.</summary>
    public double RatioOf(int hue)
    {
        var ratio = Interpolate(_hue, hue > 160 ? hue - 180 : hue);
        return Math.Clamp(ratio, XrayPalette.OrganicRatio, XrayPalette.InorganicRatio);
    }

    /// <summary>The high-energy attenuation a value (0–255) above black stands for.</summary>
    public double AttenuationOf(int value) => Math.Max(0, Interpolate(_value, value));

    /// <summary>
    /// Reads the palette from a frame of the test piece lying alone on the belt, square to it (any way
    /// round), wholly in the frame.
    /// </summary>
    /// <exception cref="XrayCalibrationException">No test piece was found, it is cut off or skewed, or its steps do not read as steps.</exception>
    public static XrayCalibration FitTo(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3)
        {
            throw new XrayCalibrationException("the test piece image must be a non-empty colour image");
        }

        using var hsv = new Mat();
        Cv2.CvtColor(bgr, hsv, ColorConversionCodes.BGR2HSV);
        var piece = Locate(hsv);
        var rows = XrayTestPiece.SteelMm.Count;
        var columns = XrayTestPiece.OrganicMm.Count;
        var seen = new (double Hue, double Saturation, double Value)[rows, columns];
        var across = (XrayTestPiece.SideMm + (2 * XrayTestPiece.FrameMm)) / piece.Width;
        var down = (XrayTestPiece.SideMm + (2 * XrayTestPiece.FrameMm)) / piece.Height;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                // The middle half of each step: clear of its neighbours and the blur between them.
                var cx = piece.X + ((XrayTestPiece.FrameMm + ((j + 0.5) * XrayTestPiece.CellMm)) / across);
                var cy = piece.Y + ((XrayTestPiece.FrameMm + ((i + 0.5) * XrayTestPiece.CellMm)) / down);
                var hw = Math.Max(1, (int)(0.25 * XrayTestPiece.CellMm / across));
                var hh = Math.Max(1, (int)(0.25 * XrayTestPiece.CellMm / down));
                seen[i, j] = Medians(hsv, new Rect((int)cx - hw, (int)cy - hh, 2 * hw, 2 * hh));
            }
        }

        var (steps, orientation, consistency) = Orient(seen);
        if (consistency < 0.9)
        {
            // On the test piece brightness falls step by step with thickness (a rank correlation near 1, whichever make).
            throw new XrayCalibrationException(string.Create(CultureInfo.InvariantCulture,
                $"what lies on the belt is not the test piece: brightness does not fall with the steps' thickness (rank correlation {consistency:0.00}; the test piece's is close to 1)"));
        }

        var value = new List<(double X, double Y)> { (255, 0) };
        var hue = new List<(double X, double Y)>();
        var thinnest = 0.0;
        foreach (var (row, column, reading) in steps)
        {
            var (attenuation, _) = XrayTestPiece.Expected(row, column);
            if (reading.Value >= Black)
            {
                value.Add((reading.Value, attenuation));
            }

            if (row == 0 && column == 1)
            {
                thinnest = reading.Saturation;
            }
        }

        var grey = (int)Math.Clamp(Math.Round(0.9 * thinnest), 4, 60);
        foreach (var (row, column, reading) in steps)
        {
            var (attenuation, ratio) = XrayTestPiece.Expected(row, column);
            if (attenuation >= 0.15 && reading.Value >= 40 && reading.Saturation >= grey)
            {
                hue.Add((reading.Hue, ratio));
            }
        }

        if (value.Count < 12 || value.Max(p => p.X) - value.Where(p => p.Y > 0).Min(p => p.X) < 120)
        {
            throw new XrayCalibrationException($"the test piece's steps are not told apart by brightness (only {value.Count - 1} steps short of black, orientation {orientation}): is it the test piece, and is the scanner's image processing off?");
        }

        if (hue.Count < 6 || hue.Min(p => p.Y) > 1.4 || hue.Max(p => p.Y) < 2.3)
        {
            throw new XrayCalibrationException($"the test piece's steps do not show organic and metal in different colours ({hue.Count} steps coloured): is the scanner showing its colour image, not a grey one?");
        }

        var hueKnots = Monotone(hue, rising: true);
        if (hueKnots[^1].Y - hueKnots[0].Y < 0.8)
        {
            throw new XrayCalibrationException("hue does not rise from the organic steps to the steel ones: not the orange-green-blue convention the analyser reads");
        }

        var valueKnots = Monotone(value, rising: false);
        var fit = new XrayCalibrationFit(
            hue.Count,
            value.Count - 1,
            Math.Round(hue.Average(p => Math.Abs(Interpolate(hueKnots, p.X) - p.Y)), 4),
            Math.Round(value.Average(p => Math.Abs(Interpolate(valueKnots, p.X) - p.Y)), 4));
        return new XrayCalibration(hueKnots, valueKnots, grey, fit);
    }

    /// <summary>Reads a calibration file written by <see cref="ToJson"/>.</summary>
    /// <exception cref="XrayCalibrationException">The file is missing, too large, not JSON or not a valid calibration; the message names the file and what was wrong.</exception>
    public static XrayCalibration Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new XrayCalibrationException($"{path}: no such calibration file");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new XrayCalibrationException($"{path}: {info.Length} bytes, more than a calibration file's {MaxFileBytes}");
            }

            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new XrayCalibrationException($"{path}: cannot be read: {ex.Message}");
        }
    }

    /// <summary>Reads a calibration from its JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="XrayCalibrationException">Not JSON or not a valid calibration; the message names the field.</exception>
    public static XrayCalibration Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Kind)
            {
                throw new XrayCalibrationException($"{source}: not an x-ray calibration (\"kind\" must be \"{Kind}\")");
            }

            var grey = Number(root, "greySaturation", source);
            if (grey is < 0 or > 255 || grey != Math.Floor(grey))
            {
                throw new XrayCalibrationException($"{source}: \"greySaturation\" must be a whole number 0-255, not {grey.ToString(CultureInfo.InvariantCulture)}");
            }

            var hue = Knots(root, "hue", source, -20, 179, XrayPalette.OrganicRatio - 0.5, XrayPalette.InorganicRatio + 0.5, rising: true);
            var value = Knots(root, "value", source, 0, 255, 0, 12, rising: false);
            XrayCalibrationFit? fit = null;
            if (root.TryGetProperty("fit", out var recorded))
            {
                fit = recorded.ValueKind == JsonValueKind.Object
                    ? new XrayCalibrationFit((int)Number(recorded, "hueSteps", source), (int)Number(recorded, "valueSteps", source), Number(recorded, "hueResidual", source), Number(recorded, "valueResidual", source))
                    : throw new XrayCalibrationException($"{source}: \"fit\" must be an object");
            }

            return new XrayCalibration(hue, value, (int)grey, fit);
        }
        catch (JsonException ex)
        {
            throw new XrayCalibrationException($"{source}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
    }

    /// <summary>The calibration as JSON (what <see cref="Load"/> reads), with its fit for the record.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("kind", Kind);
            w.WriteNumber("greySaturation", GreySaturation);
            WriteKnots(w, "hue", _hue);
            WriteKnots(w, "value", _value);
            if (Fit is { } fit)
            {
                w.WriteStartObject("fit");
                w.WriteNumber("hueSteps", fit.HueSteps);
                w.WriteNumber("valueSteps", fit.ValueSteps);
                w.WriteNumber("hueResidual", fit.HueResidual);
                w.WriteNumber("valueResidual", fit.ValueResidual);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteKnots(Utf8JsonWriter w, string name, (double X, double Y)[] knots)
    {
        w.WriteStartArray(name);
        foreach (var (x, y) in knots)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(x, 3));
            w.WriteNumberValue(Math.Round(y, 4));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static double Number(JsonElement root, string name, string source) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number
            ? e.GetDouble()
            : throw new XrayCalibrationException($"{source}: \"{name}\" is missing or not a number");

    private static (double X, double Y)[] Knots(JsonElement root, string name, string source, double minX, double maxX, double minY, double maxY, bool rising)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new XrayCalibrationException($"{source}: \"{name}\" is missing or not an array of [x, y] pairs");
        }

        var knots = new List<(double X, double Y)>();
        foreach (var pair in array.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                || pair[0].ValueKind != JsonValueKind.Number || pair[1].ValueKind != JsonValueKind.Number)
            {
                throw new XrayCalibrationException($"{source}: \"{name}\"[{knots.Count}] must be a pair of numbers [x, y]");
            }

            var (x, y) = (pair[0].GetDouble(), pair[1].GetDouble());
            if (x < minX || x > maxX || y < minY || y > maxY)
            {
                throw new XrayCalibrationException($"{source}: \"{name}\"[{knots.Count}] = [{x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)}] is out of range (x {minX}..{maxX}, y {minY.ToString(CultureInfo.InvariantCulture)}..{maxY.ToString(CultureInfo.InvariantCulture)})");
            }

            if (knots.Count > 0 && (x <= knots[^1].X || (rising ? y < knots[^1].Y : y > knots[^1].Y)))
            {
                throw new XrayCalibrationException($"{source}: \"{name}\"[{knots.Count}] breaks the curve: x must rise and y must {(rising ? "not fall" : "not rise")} from one pair to the next");
            }

            knots.Add((x, y));
        }

        return knots.Count >= 2 ? [.. knots] : throw new XrayCalibrationException($"{source}: \"{name}\" needs at least two pairs");
    }

    /// <summary>The bounding box of the test piece: the largest thing on the belt, wholly inside the frame and square.</summary>
    private static Rect Locate(Mat hsv)
    {
        using var mask = new Mat(hsv.Rows, hsv.Cols, MatType.CV_8UC1);
        var pixels = hsv.AsSpan<byte>();
        var marks = mask.AsSpan<byte>();
        for (var i = 0; i < marks.Length; i++)
        {
            // Anything coloured or darker than the empty belt.
            marks[i] = pixels[(3 * i) + 1] > 40 || pixels[(3 * i) + 2] < 200 ? (byte)255 : (byte)0;
        }

        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5));
        Cv2.MorphologyEx(mask, mask, MorphTypes.Close, kernel);
        Cv2.FindContours(mask, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        if (contours.Length == 0)
        {
            throw new XrayCalibrationException("no test piece found: the belt is empty");
        }

        var piece = contours.Select(Cv2.BoundingRect).MaxBy(r => r.Width * r.Height);
        var smallest = 8 * XrayTestPiece.OrganicMm.Count;
        if (piece.Width < smallest || piece.Height < smallest)
        {
            throw new XrayCalibrationException($"no test piece found: the largest thing on the belt is {piece.Width} x {piece.Height} px, too small for its {XrayTestPiece.OrganicMm.Count} x {XrayTestPiece.SteelMm.Count} steps");
        }

        if (piece.X <= 1 || piece.Y <= 1 || piece.Right >= hsv.Cols - 1 || piece.Bottom >= hsv.Rows - 1)
        {
            throw new XrayCalibrationException($"the test piece is cut off by the image's edge (found at {piece.X},{piece.Y} {piece.Width} x {piece.Height} px): scan it again in the middle of the belt");
        }

        var aspect = (double)piece.Width / piece.Height;
        if (aspect is < 0.88 or > 1.14)
        {
            throw new XrayCalibrationException($"the largest thing on the belt is {piece.Width} x {piece.Height} px, not square like the test piece: is it the test piece alone, square to the belt?");
        }

        return piece;
    }

    private static (double Hue, double Saturation, double Value) Medians(Mat hsv, Rect box)
    {
        var hues = new List<double>(box.Width * box.Height);
        var saturations = new List<double>(hues.Capacity);
        var values = new List<double>(hues.Capacity);
        for (var y = box.Top; y < box.Bottom; y++)
        {
            var row = hsv.RowSpan<byte>(y);
            for (var x = box.Left; x < box.Right; x++)
            {
                var h = row[3 * x];
                hues.Add(h > 160 ? h - 180 : h);
                saturations.Add(row[(3 * x) + 1]);
                values.Add(row[(3 * x) + 2]);
            }
        }

        return (Median(hues), Median(saturations), Median(values));
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
    }

    /// <summary>
    /// Which way round the piece lies (any of its eight): the one where brightness falls most
    /// consistently as the steps thicken, and hue rises with their material.
    /// </summary>
    private static (List<(int Row, int Column, (double Hue, double Saturation, double Value) Reading)> Steps, string Orientation, double Consistency) Orient((double Hue, double Saturation, double Value)[,] seen)
    {
        var n = seen.GetLength(0);
        var best = (Score: double.NegativeInfinity, Name: "", Steps: new List<(int, int, (double, double, double))>(), Consistency: 0.0);
        for (var turn = 0; turn < 8; turn++)
        {
            var steps = new List<(int, int, (double Hue, double Saturation, double Value))>();
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var (a, b) = (turn & 3) switch
                    {
                        0 => (i, j),
                        1 => (j, n - 1 - i),
                        2 => (n - 1 - i, n - 1 - j),
                        _ => (n - 1 - j, i),
                    };
                    if (turn >= 4)
                    {
                        (a, b) = (b, a);
                    }

                    steps.Add((a, b, seen[i, j]));
                }
            }

            var valueScore = -RankCorrelation(steps.Select(s => s.Item3.Value).ToArray(), steps.Select(s => XrayTestPiece.Expected(s.Item1, s.Item2).Attenuation).ToArray());
            var coloured = steps.Where(s => XrayTestPiece.Expected(s.Item1, s.Item2).Attenuation >= 0.15 && s.Item3.Value >= 40).ToArray();
            var hueScore = coloured.Length >= 3
                ? RankCorrelation(coloured.Select(s => s.Item3.Hue).ToArray(), coloured.Select(s => XrayTestPiece.Expected(s.Item1, s.Item2).Ratio).ToArray())
                : 0;
            var score = valueScore + hueScore;
            if (score > best.Score)
            {
                best = (score, $"{(turn >= 4 ? "flipped, " : "")}turned {90 * (turn & 3)} degrees", steps, valueScore);
            }
        }

        return (best.Steps, best.Name, best.Consistency);
    }

    private static double RankCorrelation(double[] a, double[] b)
    {
        var ra = Ranks(a);
        var rb = Ranks(b);
        var (ma, mb) = (ra.Average(), rb.Average());
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < ra.Length; i++)
        {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }

        return saa == 0 || sbb == 0 ? 0 : sab / Math.Sqrt(saa * sbb);
    }

    private static double[] Ranks(double[] xs)
    {
        var order = Enumerable.Range(0, xs.Length).OrderBy(i => xs[i]).ToArray();
        var ranks = new double[xs.Length];
        for (var k = 0; k < order.Length;)
        {
            var end = k;
            while (end + 1 < order.Length && xs[order[end + 1]] == xs[order[k]])
            {
                end++;
            }

            for (var m = k; m <= end; m++)
            {
                ranks[order[m]] = (k + end) / 2.0;
            }

            k = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// A monotone curve through the points (pool adjacent violators): rising or falling y as x rises,
    /// one knot per pooled block at its mean x.
    /// </summary>
    private static (double X, double Y)[] Monotone(IEnumerable<(double X, double Y)> points, bool rising)
    {
        var blocks = new List<(double SumX, double SumY, int Count)>();
        foreach (var group in points.GroupBy(p => p.X).OrderBy(g => g.Key))
        {
            blocks.Add((group.Key * group.Count(), group.Sum(p => rising ? p.Y : -p.Y), group.Count()));
            while (blocks.Count >= 2 && blocks[^2].SumY / blocks[^2].Count > blocks[^1].SumY / blocks[^1].Count)
            {
                var (a, b) = (blocks[^2], blocks[^1]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add((a.SumX + b.SumX, a.SumY + b.SumY, a.Count + b.Count));
            }
        }

        return [.. blocks.Select(b => (b.SumX / b.Count, (rising ? 1 : -1) * b.SumY / b.Count))];
    }

    private static double Interpolate((double X, double Y)[] knots, double x)
    {
        if (x <= knots[0].X)
        {
            return knots[0].Y;
        }

        for (var k = 1; k < knots.Length; k++)
        {
            if (x <= knots[k].X)
            {
                var (x0, y0) = knots[k - 1];
                var (x1, y1) = knots[k];
                return y0 + ((x - x0) / (x1 - x0) * (y1 - y0));
            }
        }

        return knots[^1].Y;
    }
}
