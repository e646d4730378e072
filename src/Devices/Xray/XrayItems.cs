namespace Screening.Devices.Xray;

/// <summary>
/// The catalogue item ids (src/Rules/default.rules.yaml) the x-ray analyser and the synthetic scanner
/// know. Devices does not load the rule file at run time; a test checks every id here against the
/// catalogue so a renamed item cannot slip through.
/// </summary>
public static class XrayItems
{
    public const string Knife = "knife";
    public const string Firearm = "firearm";
    public const string Ammunition = "ammunition";
    public const string MobilePhone = "mobile-phone";
    public const string SimCard = "sim-card";
    public const string Syringe = "syringe";
    public const string LithiumBattery = "lithium-battery";
    public const string Tool = "tool";
    public const string Alcohol = "alcohol";
    public const string ControlledDrugs = "controlled-drugs";

    /// <summary>Every threat the synthetic scanner can draw, in a fixed order (reports list classes in it).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Firearm, Knife, MobilePhone, Ammunition, SimCard, Syringe, LithiumBattery, Tool, Alcohol, ControlledDrugs];
}

/// <summary>An axis-aligned box in image pixels: left, top, width, height (DESIGN.md's `[x, y, w, h]`).</summary>
public readonly record struct PixelBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public long Area => (long)Width * Height;

    /// <summary>The area the two boxes have in common: 0 when they do not meet.</summary>
    public long Overlap(PixelBox other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        return w <= 0 || h <= 0 ? 0 : (long)w * h;
    }

    /// <summary>Intersection over union: 0 for disjoint boxes, 1 for the same box.</summary>
    public double IoU(PixelBox other)
    {
        var inter = (double)Overlap(other);
        return inter == 0 ? 0 : inter / (Area + other.Area - inter);
    }

    /// <summary>The smallest box holding both; an empty box (nothing drawn, or all of it beyond the frame) adds nothing.</summary>
    public PixelBox Union(PixelBox other)
    {
        if (other.Width <= 0 || other.Height <= 0)
        {
            return this;
        }

        if (Width <= 0 || Height <= 0)
        {
            return other;
        }

        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new PixelBox(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }

    public override string ToString() => $"[{X}, {Y}, {Width}, {Height}]";
}
