namespace Screening.Devices.Xray;

/// <summary>
/// The calibration test piece: a square grid of 7 × 7 steps, each 36 mm square, acetal (an organic
/// plastic) rising from 0 to 180 mm across the columns and steel from 0 to 15 mm down the rows, one
/// on the other, in a 5 mm frame of 1 mm steel. Scanned alone on the belt, it shows the scanner's
/// palette every combination of organic and metal from nothing to black, which is what
/// <see cref="XrayCalibration.Fit"/> reads back. Building one: <c>hardware-docs/xray-calibration.md</c>.
/// </summary>
public static class XrayTestPiece
{
    /// <summary>The side of one step.</summary>
    public const double CellMm = 36;

    /// <summary>The width of the steel frame round the grid.</summary>
    public const double FrameMm = 5;

    /// <summary>The thickness of the frame's steel.</summary>
    public const double FrameSteelMm = 1;

    /// <summary>Acetal thickness of each column, left to right as the piece lies in its drawing.</summary>
    public static IReadOnlyList<double> OrganicMm { get; } = [0, 3, 8, 20, 50, 100, 180];

    /// <summary>Steel thickness of each row, top to bottom.</summary>
    public static IReadOnlyList<double> SteelMm { get; } = [0, 0.15, 0.4, 1, 2.5, 6, 15];

    /// <summary>The grid's side (the frame adds <see cref="FrameMm"/> each side).</summary>
    public static double SideMm => CellMm * OrganicMm.Count;

    /// <summary>
    /// What the beam does through one step, in the analyser's units: the high-energy attenuation
    /// (−ln of the transmission) and the low/high attenuation ratio (the material; a step too thin
    /// to tell reads as organic).
    /// </summary>
    public static (double Attenuation, double Ratio) Expected(int row, int column)
    {
        var organic = SyntheticScanner.Material.Organic;
        var steel = SyntheticScanner.Material.Steel;
        var high = (organic.High * OrganicMm[column]) + (steel.High * SteelMm[row]);
        var low = (organic.Low * OrganicMm[column]) + (steel.Low * SteelMm[row]);
        return (high, high > 0.04 ? low / high : XrayPalette.OrganicRatio);
    }
}
