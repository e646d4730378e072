using System.Text.Json;
using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>Options of the <see cref="SyntheticScanner"/>.</summary>
public sealed record SyntheticScannerOptions
{
    public int Width { get; init; } = 1024;

    public int Height { get; init; } = 768;

    /// <summary>Width of the tunnel the image spans, in millimetres; sets pixels per millimetre.</summary>
    public double TunnelWidthMm { get; init; } = XrayAnalyserOptions.DefaultTunnelWidthMm;

    public SyntheticVariants Variants { get; init; } = SyntheticVariants.Tuning;

    /// <summary>Fewest and most clutter objects per bag (clothes layers come on top).</summary>
    public int ClutterMin { get; init; } = 6;

    public int ClutterMax { get; init; } = 14;

    /// <summary>Chance that a bag holds a block the beam does not get through (a lead-lined pouch).</summary>
    public double OpaqueBlockProbability { get; init; } = 0.05;

    /// <summary>Noise level override; null draws it from the variant set's range per bag.</summary>
    public double? Noise { get; init; }

    /// <summary>The make of scanner imitated: the lane's own palette unless another is asked for.</summary>
    public ScannerPalette Palette { get; init; } = ScannerPalette.Lane;
}

/// <summary>A threat the scanner drew and where: the ground truth of one bag.</summary>
/// <param name="Box">The prohibited item's own box.</param>
/// <param name="HiddenIn">Where the item is hidden in or packed with something innocent (a cushion, a tin, a retail
/// clamshell), the box of all that was drawn with it; null when the item was drawn alone.</param>
public sealed record SyntheticThreat(string Item, ThreatShape Shape, PixelBox Box, PixelBox? HiddenIn = null);

/// <summary>What is in a synthetic bag image.</summary>
public sealed record SyntheticGroundTruth(
    int Seed,
    string Variants,
    int Width,
    int Height,
    bool OpaqueBlock,
    IReadOnlyList<SyntheticThreat> Threats,
    IReadOnlyList<ClutterKind> Clutter)
{
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", Seed);
            json.WriteString("variants", Variants);
            json.WriteNumber("width", Width);
            json.WriteNumber("height", Height);
            json.WriteBoolean("opaqueBlock", OpaqueBlock);
            json.WriteStartArray("threats");
            foreach (var threat in Threats)
            {
                json.WriteStartObject();
                json.WriteString("item", threat.Item);
                json.WriteString("shape", threat.Shape.ToString());
                json.WriteStartArray("box");
                json.WriteNumberValue(threat.Box.X);
                json.WriteNumberValue(threat.Box.Y);
                json.WriteNumberValue(threat.Box.Width);
                json.WriteNumberValue(threat.Box.Height);
                json.WriteEndArray();
                if (threat.HiddenIn is { } host)
                {
                    json.WriteStartArray("hiddenIn");
                    json.WriteNumberValue(host.X);
                    json.WriteNumberValue(host.Y);
                    json.WriteNumberValue(host.Width);
                    json.WriteNumberValue(host.Height);
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("clutter");
            foreach (var kind in Clutter)
            {
                json.WriteStringValue(kind.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>One generated bag: the pseudo-colour image (BGR) and its ground truth.</summary>
public sealed class SyntheticBag(Mat image, SyntheticGroundTruth truth) : IDisposable
{
    public Mat Image { get; } = image;

    public SyntheticGroundTruth Truth { get; } = truth;

    public byte[] EncodePng()
    {
        Cv2.ImEncode(".png", Image, out var png);
        return png;
    }

    /// <summary>Writes NAME.png and NAME.json (the ground truth) into a folder; returns the image path.</summary>
    public string WriteTo(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var image = Path.Combine(directory, name + ".png");
        File.WriteAllBytes(image, EncodePng());
        File.WriteAllText(Path.Combine(directory, name + ".json"), Truth.ToJson());
        return image;
    }

    public void Dispose() => Image.Dispose();
}

/// <summary>
/// A synthetic dual-energy baggage scanner: bags with everyday clutter and, on demand, threats from
/// the catalogue, in the lane scanner's pseudo-colour convention (<see cref="XrayPalette"/>).
/// </summary>
/// <remarks>
/// <para>Every object is a few flat parts of one material and a thickness. Parts add their
/// attenuation at two energies (so overlaps get darker and their colour moves toward the denser
/// material, never painted over), the sums are blurred a little (detector spread), noise grows with
/// attenuation, and each pixel is coloured from the ratio of the two attenuations and the
/// transmission. Threats are placed at random positions and rotations inside the bag, over and
/// under clutter.</para>
/// <para>Everything random comes from one <see cref="Random"/> seeded per bag, so a seed always gives
/// the same image bytes and the same ground truth. Not thread-safe per call; separate instances or
/// calls on separate threads are fine.</para>
/// </remarks>
public sealed partial class SyntheticScanner(SyntheticScannerOptions options)
{
    public SyntheticScanner() : this(new SyntheticScannerOptions())
    {
    }

    public SyntheticScannerOptions Options { get; } = options;

    /// <summary>Generates one bag; <paramref name="threats"/> are catalogue ids (<see cref="XrayItems"/>).</summary>
    public SyntheticBag Generate(int seed, params IReadOnlyList<string> threats)
    {
        var random = new Random(seed);
        var o = Options;
        var pxPerMm = o.Width / o.TunnelWidthMm;
        using var film = new Film(o.Width, o.Height);
        var scene = new Scene(film, random, pxPerMm, o.Variants);

        scene.DrawBag();
        var clutter = new List<ClutterKind>();
        var layers = random.Next(2, 5);
        for (var i = 0; i < layers; i++)
        {
            scene.DrawClutter(ClutterKind.Clothes);
            clutter.Add(ClutterKind.Clothes);
        }

        if (random.NextDouble() < 0.5)
        {
            scene.DrawClutter(ClutterKind.TrolleyFrame);
            clutter.Add(ClutterKind.TrolleyFrame);
        }

        var count = random.Next(o.ClutterMin, o.ClutterMax + 1);
        for (var i = 0; i < count; i++)
        {
            var kind = o.Variants.Clutter[random.Next(o.Variants.Clutter.Count)];
            scene.DrawClutter(kind);
            clutter.Add(kind);
        }

        var opaque = random.NextDouble() < o.OpaqueBlockProbability;
        if (opaque)
        {
            scene.DrawOpaqueBlock();
        }

        var drawn = new List<SyntheticThreat>();
        foreach (var item in threats)
        {
            var shapes = o.Variants.ShapesOf(item);
            if (shapes.Count == 0)
            {
                throw new ArgumentException($"variant set {o.Variants.Name} has no shape for '{item}'", nameof(threats));
            }

            var shape = shapes[random.Next(shapes.Count)];
            film.StartExtent();
            var box = scene.DrawThreat(shape);
            drawn.Add(new SyntheticThreat(item, shape, box, film.Extent == box ? null : film.Extent));
        }

        var noise = o.Noise ?? (o.Variants.NoiseMin + (random.NextDouble() * (o.Variants.NoiseMax - o.Variants.NoiseMin)));
        var image = film.Develop(random, noise);
        o.Palette.Repaint(image);
        return new SyntheticBag(image, new SyntheticGroundTruth(seed, o.Variants.Name, o.Width, o.Height, opaque, drawn, clutter));
    }

    /// <summary>
    /// The calibration test piece (<see cref="XrayTestPiece"/>) alone on the belt, square to it and in
    /// the middle of the frame, as this scanner shows it (its palette and noise).
    /// </summary>
    public Mat TestPiece(int seed = 1)
    {
        var random = new Random(seed);
        var o = Options;
        var pxPerMm = o.Width / o.TunnelWidthMm;
        using var film = new Film(o.Width, o.Height);
        var pen = new Pen(film, o.Width / 2.0, o.Height / 2.0, 0, pxPerMm);
        var cell = XrayTestPiece.CellMm;
        var half = XrayTestPiece.SideMm / 2;
        for (var row = 0; row < XrayTestPiece.SteelMm.Count; row++)
        {
            for (var column = 0; column < XrayTestPiece.OrganicMm.Count; column++)
            {
                var (x, y) = (-half + (column * cell), -half + (row * cell));
                pen.Rect(Material.Organic, XrayTestPiece.OrganicMm[column], x, y, cell, cell);
                pen.Rect(Material.Steel, XrayTestPiece.SteelMm[row], x, y, cell, cell);
            }
        }

        var edge = XrayTestPiece.FrameMm;
        pen.Rect(Material.Steel, XrayTestPiece.FrameSteelMm, -half - edge, -half - edge, XrayTestPiece.SideMm + (2 * edge), edge);
        pen.Rect(Material.Steel, XrayTestPiece.FrameSteelMm, -half - edge, half, XrayTestPiece.SideMm + (2 * edge), edge);
        pen.Rect(Material.Steel, XrayTestPiece.FrameSteelMm, -half - edge, -half, edge, XrayTestPiece.SideMm);
        pen.Rect(Material.Steel, XrayTestPiece.FrameSteelMm, half, -half, edge, XrayTestPiece.SideMm);
        var image = film.Develop(random, o.Noise ?? ((o.Variants.NoiseMin + o.Variants.NoiseMax) / 2));
        o.Palette.Repaint(image);
        return image;
    }

    /// <summary>Attenuation per millimetre at the low and the high energy.</summary>
    internal readonly record struct Material(double Low, double High)
    {
        public static readonly Material Organic = new(0.024, 0.019);
        public static readonly Material Mixed = new(0.10, 0.055);
        public static readonly Material Steel = new(0.75, 0.30);
        public static readonly Material Brass = new(0.85, 0.34);
        public static readonly Material Lead = new(2.75, 1.10);
    }

    /// <summary>The two attenuation images parts are added into, and the final colouring.</summary>
    private sealed class Film(int width, int height) : IDisposable
    {
        private readonly Mat _low = new(height, width, MatType.CV_32FC1, Scalar.All(0));
        private readonly Mat _high = new(height, width, MatType.CV_32FC1, Scalar.All(0));
        private readonly Mat _mask = new(height, width, MatType.CV_8UC1, Scalar.All(0));

        public int Width { get; } = width;

        public int Height { get; } = height;

        /// <summary>Adds a part: a filled polygon (or, with lineWidth &gt; 0, a polyline) in pixels.</summary>
        public PixelBox Add(Point[] points, Material material, double thicknessMm, int lineWidth = 0, bool closed = true)
        {
            // Called on the generating thread only; _mask is scratch space shared by all parts.
            var pad = lineWidth + 1;
            var minX = Math.Max(0, points.Min(p => p.X) - pad);
            var minY = Math.Max(0, points.Min(p => p.Y) - pad);
            var maxX = Math.Min(Width, points.Max(p => p.X) + pad + 1);
            var maxY = Math.Min(Height, points.Max(p => p.Y) + pad + 1);
            if (maxX <= minX || maxY <= minY || thicknessMm <= 0)
            {
                return default;
            }

            var rect = new Rect(minX, minY, maxX - minX, maxY - minY);
            var local = points.Select(p => new Point(p.X - minX, p.Y - minY)).ToArray();
            using var mask = new Mat(_mask, rect);
            mask.SetTo(Scalar.All(0));
            if (lineWidth > 0)
            {
                Cv2.Polylines(mask, [local], closed, Scalar.All(255), lineWidth, LineTypes.Link8);
            }
            else
            {
                Cv2.FillPoly(mask, [local], Scalar.All(255), LineTypes.Link8);
            }

            using var low = new Mat(_low, rect);
            using var high = new Mat(_high, rect);
            // A plain loop: OpenCV's masked add costs more in call overhead than the few pixels of most parts.
            var addLow = (float)(material.Low * thicknessMm);
            var addHigh = (float)(material.High * thicknessMm);
            for (var y = 0; y < rect.Height; y++)
            {
                var m = mask.RowSpan<byte>(y);
                var l = low.RowSpan<float>(y);
                var h = high.RowSpan<float>(y);
                for (var x = 0; x < m.Length; x++)
                {
                    if (m[x] != 0)
                    {
                        l[x] += addLow;
                        h[x] += addHigh;
                    }
                }
            }
            // The box of what was drawn: the points, widened by half a line, inside the image.
            var half = lineWidth / 2;
            var left = Math.Max(0, points.Min(p => p.X) - half);
            var top = Math.Max(0, points.Min(p => p.Y) - half);
            var right = Math.Min(Width, points.Max(p => p.X) + half + 1);
            var bottom = Math.Min(Height, points.Max(p => p.Y) + half + 1);
            var box = new PixelBox(left, top, right - left, bottom - top);
            Extent = Extent.Union(box);
            return box;
        }

        /// <summary>The box of all parts added since <see cref="StartExtent"/>.</summary>
        public PixelBox Extent { get; private set; }

        public void StartExtent() => Extent = default;

        /// <summary>Blurs, adds noise and colours the attenuation into a BGR pseudo-colour image.</summary>
        public Mat Develop(Random random, double noise)
        {
            Cv2.GaussianBlur(_low, _low, new Size(5, 5), 1.0);
            Cv2.GaussianBlur(_high, _high, new Size(5, 5), 1.0);
            var low = _low.AsSpan<float>();
            var high = _high.AsSpan<float>();
            using var hsv = new Mat(Height, Width, MatType.CV_8UC3);
            var pixels = hsv.AsSpan<byte>();
            // Hue by ratio in steps of 1/256 from 1.0 to 3.0: the palette's hue curve, looked up.
            Span<byte> hueOf = stackalloc byte[513];
            for (var k = 0; k < hueOf.Length; k++)
            {
                hueOf[k] = (byte)Math.Round(XrayPalette.HueOf(1 + (k / 256.0)));
            }

            for (var i = 0; i < high.Length; i++)
            {
                // Photon noise: relative noise grows where little gets through.
                var (n1, n2) = Gaussians(random);
                var h = Math.Max(0, high[i] + (n1 * noise * (1 + high[i])));
                var l = Math.Max(0, low[i] + (n2 * noise * 1.3 * (1 + low[i])));
                var transmission = Math.Exp(-h);
                var ratio = h > 0.04 ? l / h : XrayPalette.OrganicRatio;
                pixels[(3 * i) + 0] = hueOf[(int)Math.Clamp((ratio - 1) * 256, 0, 512)];
                pixels[(3 * i) + 1] = (byte)Math.Round(255 * XrayPalette.SaturationOf(transmission));
                pixels[(3 * i) + 2] = (byte)Math.Round(255 * (transmission < XrayPalette.OpaqueTransmission
                    ? XrayPalette.ValueOf(transmission)
                    : Math.Min(1, Math.Exp(-XrayPalette.Gamma * h))));
            }

            var bgr = new Mat();
            Cv2.CvtColor(hsv, bgr, ColorConversionCodes.HSV2BGR);
            return bgr;
        }

        /// <summary>Two independent standard normal numbers (Box–Muller).</summary>
        private static (double, double) Gaussians(Random random)
        {
            var r = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            var (sin, cos) = Math.SinCos(2 * Math.PI * random.NextDouble());
            return (r * cos, r * sin);
        }

        public void Dispose()
        {
            _low.Dispose();
            _high.Dispose();
            _mask.Dispose();
        }
    }

    /// <summary>
    /// Draws one object in its own millimetre coordinates (x along its length, origin at its middle),
    /// placed at a centre and angle in the image; collects the pixel box of what it drew, and apart
    /// from it the box of the prohibited item itself where that is hidden in or packed with something
    /// innocent (the parts drawn inside <see cref="Item"/>).
    /// </summary>
    private sealed class Pen(Film film, double centreX, double centreY, double angleRadians, double pxPerMm)
    {
        private readonly double _cos = Math.Cos(angleRadians);
        private readonly double _sin = Math.Sin(angleRadians);
        private PixelBox _all;
        private PixelBox _item;
        private int _marking;

        /// <summary>
        /// The ground-truth box: the prohibited item's own parts where some were drawn inside
        /// <see cref="Item"/> (a phone, not the cushion it is sewn into), else all that was drawn.
        /// </summary>
        public PixelBox Box => _item.Width > 0 && _item.Height > 0 ? _item : _all;

        /// <summary>
        /// Draws the prohibited item itself, among the parts of an innocent thing it is hidden in or
        /// packed with: the ground truth is then its parts' box alone. Drawing is the same as without it.
        /// </summary>
        public void Item(Action draw)
        {
            _marking++;
            try
            {
                draw();
            }
            finally
            {
                _marking--;
            }
        }

        private Point Map(double x, double y) => new(
            (int)Math.Round(centreX + (((x * _cos) - (y * _sin)) * pxPerMm)),
            (int)Math.Round(centreY + (((x * _sin) + (y * _cos)) * pxPerMm)));

        public void Poly(Material m, double t, params (double X, double Y)[] points) =>
            Drawn(film.Add(points.Select(p => Map(p.X, p.Y)).ToArray(), m, t));

        public void Line(Material m, double t, double widthMm, bool closed, params (double X, double Y)[] points) =>
            Drawn(film.Add(points.Select(p => Map(p.X, p.Y)).ToArray(), m, t, Math.Max(1, (int)Math.Round(widthMm * pxPerMm)), closed));

        private void Drawn(PixelBox part)
        {
            _all = _all.Union(part);
            if (_marking > 0)
            {
                _item = _item.Union(part);
            }
        }

        /// <summary>An axis-aligned rectangle (in the object's frame) from its left-top corner.</summary>
        public void Rect(Material m, double t, double x, double y, double w, double h) =>
            Poly(m, t, (x, y), (x + w, y), (x + w, y + h), (x, y + h));

        public void Ellipse(Material m, double t, double cx, double cy, double rx, double ry, double from = 0, double to = 360)
        {
            var n = 28;
            var points = new (double, double)[n + (to - from < 360 ? 1 : 0)];
            for (var i = 0; i < points.Length; i++)
            {
                var a = (from + ((to - from) * i / n)) * Math.PI / 180;
                points[i] = (cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a)));
            }

            Poly(m, t, points);
        }

        public void Ring(Material m, double t, double widthMm, double cx, double cy, double rx, double ry)
        {
            var points = new (double, double)[28];
            for (var i = 0; i < points.Length; i++)
            {
                var a = 2 * Math.PI * i / points.Length;
                points[i] = (cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a)));
            }

            Line(m, t, widthMm, closed: true, points);
        }

        /// <summary>A solid cylinder seen from the side (axis along x): thicker along its middle.</summary>
        public void Cylinder(Material m, double x, double y, double length, double diameter, double density = 1)
        {
            ReadOnlySpan<(double Half, double Add)> bands = [(0.5, 0.35), (0.4, 0.4), (0.27, 0.15), (0.15, 0.1)];
            var cy = y + (diameter / 2);
            foreach (var (half, add) in bands)
            {
                Rect(m, add * diameter * density, x, cy - (half * diameter), length, 2 * half * diameter);
            }
        }

        /// <summary>A hollow tube seen from the side (axis along x): its walls show as dense edges.</summary>
        public void Tube(Material m, double x, double y, double length, double diameter, double wall)
        {
            Rect(m, 2 * wall, x, y, length, diameter);
            var edge = Math.Max(1.2, diameter * 0.12);
            Rect(m, 2.5 * wall, x, y, length, edge);
            Rect(m, 2.5 * wall, x, y + diameter - edge, length, edge);
        }
    }
}
