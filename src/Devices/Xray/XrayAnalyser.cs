using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>One thing the analyser believes it saw: a catalogue item id, a confidence (0–1) and a box in original pixels.</summary>
public sealed record XrayDetection(string Item, double Confidence, PixelBox Box);

/// <summary>Share of the image's pixels in each material class (background excluded from none: the shares sum to 1).</summary>
public sealed record MaterialShares(double Background, double Organic, double Mixed, double Inorganic, double Opaque);

/// <summary>The analysis of one frame.</summary>
/// <param name="OpaqueArea">A region the beam did not get through is above the configured area: hand search.</param>
/// <param name="LargestOpaqueMm2">The largest connected opaque region, in square millimetres.</param>
public sealed record XrayAnalysis(bool OpaqueArea, double LargestOpaqueMm2, IReadOnlyList<XrayDetection> Detections, MaterialShares Materials);

/// <summary>
/// Classical analysis of a pseudo-colour x-ray frame: per-pixel material from hue and value, an
/// opaque-area alarm, and threat candidates from segmentation and shape features.
/// </summary>
/// <remarks>
/// <para>How it works. The frame is shrunk to <see cref="XrayAnalyserOptions.WorkingWidth"/> (about
/// 0.8 px/mm). Each pixel's hue and value are turned back into a high-energy attenuation and a
/// low/high ratio (<see cref="XrayPalette"/>), which splits the attenuation into an organic and a
/// metal part: <c>metal = A·(ratio − 1.26)/1.24</c>. Because attenuation adds, clothes lying over a
/// knife add to the organic part and leave the knife's metal part alone, which is what makes the
/// segmentation work under clutter. Three masks are cut: light metal (glass, aluminium, thin
/// steel), metal, and thick organic; their connected regions are measured (length, width, area,
/// extent in the rotated box, solidity, holes, width profile along the long axis, mean metal) and
/// scored by one rule per class, written below in terms of what the item physically is (a blade
/// tapers gradually to a point; tools are thick steel; a phone is a flat rectangle with a denser
/// battery block; rounds have lead cores). Each scored region is a candidate with its measurements;
/// the trained <see cref="XrayVerifier"/> decides which are reported. Overlapping detections of one
/// item are merged; a firearm suppresses the less confident detections of other items inside it;
/// one object read as two different items is reported as both.</para>
/// <para>Thread-safe: an instance holds only its options, lookup tables and the (locked) verifier.</para>
/// </remarks>
public sealed partial class XrayAnalyser
{
    // Per pixel colour, as (row, value) with row the hue (0–179) or, for a pixel with too little
    // colour to have a hue, row 180: the metal and organic parts of the high-energy attenuation
    // (the inverse of XrayPalette) and the material class. Dark pixels are opaque in every row.
    // The two parts lie side by side (metal at 2·at, organic at 2·at + 1): a pixel's lookup reads one cache line, not two.
    private const int GreyRow = 180;
    private readonly float[] _attenuationAt = new float[2 * (GreyRow + 1) * 256];
    private readonly byte[] _materialAt = new byte[(GreyRow + 1) * 256];

    // Per saturation: all ones where a pixel has too little colour for its hue to mean anything.
    private readonly int[] _greyness;

    // Below this saturation a pixel of the lane palette has too little colour for its hue to mean anything (a calibration measures its own).
    private const int LaneGreySaturation = 28;

    // Below these low/high ratios a calibrated hue reads as organic, then mixed (the lane palette's hues 38 and 82).
    private static readonly double OrganicBelow = XrayPalette.RatioOf(37.5);
    private static readonly double MixedBelow = XrayPalette.RatioOf(81.5);

    private readonly XrayVerifier? _verifier;

    /// <param name="options">The analyser's options.</param>
    /// <param name="verifier">The trained verifier to decide with; null takes the shipped one, unless
    /// <see cref="XrayAnalyserOptions.UseTrainedVerifier"/> is off.</param>
    public XrayAnalyser(XrayAnalyserOptions options, XrayVerifier? verifier = null)
    {
        Options = options;
        _verifier = options.UseTrainedVerifier ? verifier ?? XrayVerifier.Shipped : null;
        MeasuresGrids = options.MeasureGrids || _verifier?.ItemsReadingGrids.Count > 0;
        var calibration = options.Calibration;
        _greyness = [.. Enumerable.Range(0, 256).Select(s => s < (calibration?.GreySaturation ?? LaneGreySaturation) ? -1 : 0)];
        for (var row = 0; row <= GreyRow; row++)
        {
            var hue = Math.Min(row, GreyRow - 1);
            var ratio = calibration?.RatioOf(hue) ?? XrayPalette.RatioOf(hue);
            var fraction = Math.Clamp((ratio - XrayPalette.OrganicRatio) / (XrayPalette.InorganicRatio - XrayPalette.OrganicRatio), 0, 1);
            // The material classes' borders: hues 38 and 82 of the lane palette, ratios 1.73 and 2.12.
            var material = calibration is null
                ? (row is < 38 or > 160 ? XrayMaterial.Organic : row < 82 ? XrayMaterial.Mixed : XrayMaterial.Inorganic)
                : (ratio < OrganicBelow ? XrayMaterial.Organic : ratio < MixedBelow ? XrayMaterial.Mixed : XrayMaterial.Inorganic);
            for (var v = 0; v < 256; v++)
            {
                var at = (row * 256) + v;
                var attenuation = (float)(calibration?.AttenuationOf(v) ?? XrayPalette.AttenuationOf(v / 255.0));
                if (v < OpaqueValue)
                {
                    // Black: the beam did not get through; as much of both as the scale holds.
                    (_attenuationAt[2 * at], _attenuationAt[(2 * at) + 1], _materialAt[at]) = (3f, 3f, (byte)XrayMaterial.Opaque);
                }
                else if (row == GreyRow)
                {
                    // Hue means nothing where there is hardly any colour: all of it counts as organic.
                    (_attenuationAt[2 * at], _attenuationAt[(2 * at) + 1], _materialAt[at]) = (0f, attenuation, (byte)XrayMaterial.Background);
                }
                else
                {
                    var metal = attenuation * (float)fraction;
                    (_attenuationAt[2 * at], _attenuationAt[(2 * at) + 1], _materialAt[at]) = (metal, attenuation - metal, (byte)material);
                }
            }
        }
    }

    public XrayAnalyser() : this(new XrayAnalyserOptions())
    {
    }

    public XrayAnalyserOptions Options { get; }

    /// <summary>Whether candidates carry their grids: asked for in the options, or read by the verifier's networks.</summary>
    public bool MeasuresGrids { get; }

    /// <summary>Analyses a decoded 8-bit BGR frame (as <see cref="XrayImageDecoder"/> gives).</summary>
    public XrayAnalysis Analyse(Mat bgr)
    {
        var (opaqueArea, largest, candidates, shares) = Propose(bgr);
        return new XrayAnalysis(opaqueArea, largest, Decide(candidates), shares);
    }

    /// <summary>Every candidate region of a frame with its measurements, before anything is decided (what the verifier is trained on).</summary>
    public IReadOnlyList<XrayCandidate> Candidates(Mat bgr) => Propose(bgr).Candidates;

    /// <summary>
    /// Which candidates are reported: each item with a trained forest by its forest; without one
    /// (or with the verifier off), by the rule's own score; then one detection per item per object.
    /// Given <see cref="Candidates"/>'s output, in its order (confidence ties are broken by it), it
    /// reports what <see cref="Analyse"/> would (training uses it to score forests on candidates
    /// measured once).
    /// </summary>
    public IReadOnlyList<XrayDetection> Decide(IReadOnlyList<XrayCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var found = new List<XrayDetection>();
        foreach (var group in candidates.GroupBy(c => c.Item))
        {
            var item = group.Key;
            var members = group.ToList();
            var probabilities = _verifier?.Probabilities(item, members);
            for (var i = 0; i < members.Count; i++)
            {
                var confidence = probabilities is not null ? _verifier!.Confidence(item, probabilities[i])
                    : Math.Round(Math.Clamp(0.2 + (0.75 * members[i].RuleScore), 0, 0.99), 2);
                if (confidence >= Options.MinimumConfidence)
                {
                    found.Add(new XrayDetection(item, confidence.Value, members[i].Box));
                }
            }
        }

        return Frame.Merge(found);
    }

    private (bool OpaqueArea, double LargestMm2, IReadOnlyList<XrayCandidate> Candidates, MaterialShares Shares) Propose(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3)
        {
            throw new ArgumentException("expected a non-empty 8-bit BGR image", nameof(bgr));
        }

        // Materials are read at up to twice the working width (fine enough for a pen's clip or a
        // needle to keep its colour), then the attenuation maps are averaged down to the working
        // size: attenuation adds, so averaging it (not the colours) keeps thin metal under noise.
        var fineScale = Math.Min(1.0, 2.0 * Options.WorkingWidth / bgr.Width);
        using var fine = new Mat();
        if (fineScale < 1)
        {
            Cv2.Resize(bgr, fine, new Size((int)Math.Round(bgr.Width * fineScale), (int)Math.Round(bgr.Height * fineScale)), 0, 0, InterpolationFlags.Area);
        }
        else
        {
            bgr.CopyTo(fine);
        }

        var scale = Math.Min(1.0, (double)Options.WorkingWidth / bgr.Width);
        var workSize = new Size((int)Math.Round(bgr.Width * scale), (int)Math.Round(bgr.Height * scale));
        var frame = new Frame(this, fine, workSize, pxPerMm: workSize.Width / Options.TunnelWidthMm, toOriginal: 1 / scale, bgr.Width, bgr.Height);
        try
        {
            return frame.Propose();
        }
        finally
        {
            frame.Dispose();
        }
    }

    /// <summary>Per-pixel material classes of a frame, at its own size (a CV_8UC1 image of <see cref="XrayMaterial"/> values).</summary>
    public static Mat ClassifyMaterials(Mat bgr)
    {
        using var hsv = new Mat();
        Cv2.CvtColor(bgr, hsv, ColorConversionCodes.BGR2HSV);
        var labels = new Mat(bgr.Rows, bgr.Cols, MatType.CV_8UC1);
        var src = hsv.AsSpan<byte>();
        var dst = labels.AsSpan<byte>();
        for (var i = 0; i < dst.Length; i++)
        {
            dst[i] = (byte)MaterialOf(src[3 * i], src[(3 * i) + 1], src[(3 * i) + 2]);
        }

        return labels;
    }

    private static XrayMaterial MaterialOf(byte h, byte s, byte v)
    {
        if (v < OpaqueValue)
        {
            return XrayMaterial.Opaque;
        }

        if (s < 28)
        {
            return XrayMaterial.Background;
        }

        return h switch
        {
            < 38 or > 160 => XrayMaterial.Organic,
            < 82 => XrayMaterial.Mixed,
            _ => XrayMaterial.Inorganic,
        };
    }

    /// <summary>Value (0–255) below which a pixel is opaque: the palette's black.</summary>
    private const int OpaqueValue = 22;

    /// <summary>Draws the detections (and an opaque-area banner) on a copy of the frame.</summary>
    public static Mat Annotate(Mat bgr, XrayAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var copy = bgr.Clone();
        var thickness = Math.Max(2, bgr.Width / 400);
        var font = Math.Max(0.5, bgr.Width / 1600.0);
        foreach (var d in analysis.Detections)
        {
            var colour = d.Confidence >= 0.6 ? new Scalar(0, 0, 255) : new Scalar(0, 200, 255);
            Cv2.Rectangle(copy, new Rect(d.Box.X, d.Box.Y, d.Box.Width, d.Box.Height), colour, thickness);
            Cv2.PutText(copy, $"{d.Item} {d.Confidence:0.00}", new Point(d.Box.X, Math.Max(12, d.Box.Y - 4)), HersheyFonts.HersheySimplex, font, colour, Math.Max(1, thickness / 2));
        }

        if (analysis.OpaqueArea)
        {
            Cv2.PutText(copy, "OPAQUE AREA: HAND SEARCH", new Point(8, (int)(30 * font) + 8), HersheyFonts.HersheySimplex, font * 1.2, new Scalar(0, 0, 255), thickness);
        }

        return copy;
    }
}
