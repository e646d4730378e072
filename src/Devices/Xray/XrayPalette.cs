namespace Screening.Devices.Xray;

/// <summary>A material class as dual-energy scanners show it.</summary>
public enum XrayMaterial
{
    /// <summary>Nothing in the beam: white.</summary>
    Background,

    /// <summary>Low effective atomic number (plastics, paper, cloth, food, drugs, liquids): orange.</summary>
    Organic,

    /// <summary>Middle effective atomic number (aluminium, glass, salts, organic over metal): green.</summary>
    Mixed,

    /// <summary>High effective atomic number (steel, copper, brass): blue.</summary>
    Inorganic,

    /// <summary>The beam did not get through: black. Nothing behind it can be cleared by image.</summary>
    Opaque,
}

/// <summary>
/// The pseudo-colour convention of the lane's scanner (and of <see cref="SyntheticScanner"/>): hue
/// from the ratio of low- to high-energy attenuation (orange organic, green mixed, blue inorganic),
/// value from the high-energy transmission, saturation from how much was absorbed; black where
/// (almost) nothing got through.
/// </summary>
/// <remarks>
/// The analyser inverts this map (hue back to a material ratio, value back to an attenuation), so a
/// scanner with another palette needs its own calibration of these few functions, not new detection
/// logic. Real scanners keep their palettes close to this convention; the constants are ours.
/// </remarks>
public static class XrayPalette
{
    /// <summary>Low/high attenuation ratio of organic matter (plastics, paper, water).</summary>
    public const double OrganicRatio = 1.26;

    /// <summary>Ratio of aluminium and glass.</summary>
    public const double MixedRatio = 1.82;

    /// <summary>Ratio of steel, copper and brass.</summary>
    public const double InorganicRatio = 2.5;

    /// <summary>Exponent of the value curve: value = transmission^Gamma.</summary>
    public const double Gamma = 0.55;

    /// <summary>Below this transmission the pixel is drawn black (the beam did not get through).</summary>
    public const double OpaqueTransmission = 0.012;

    /// <summary>OpenCV hue (0–180) for a low/high attenuation ratio.</summary>
    public static double HueOf(double ratio) => ratio switch
    {
        <= 1.30 => 14,
        <= 1.65 => 14 + ((ratio - 1.30) / 0.35 * 16), // to yellow-orange at 30
        <= 2.00 => 30 + ((ratio - 1.65) / 0.35 * 35), // to green at 65
        <= 2.35 => 65 + ((ratio - 2.00) / 0.35 * 50), // to blue at 115
        _ => 115,
    };

    /// <summary>The ratio a hue stands for (inverse of <see cref="HueOf"/> on 14–115).</summary>
    public static double RatioOf(double hue) => hue switch
    {
        <= 14 or > 160 => 1.26,
        <= 30 => 1.30 + ((hue - 14) / 16 * 0.35),
        <= 65 => 1.65 + ((hue - 30) / 35 * 0.35),
        <= 115 => 2.00 + ((hue - 65) / 50 * 0.35),
        _ => 2.5,
    };

    /// <summary>Value (0–1) for a high-energy transmission (0–1).</summary>
    public static double ValueOf(double transmission) =>
        transmission < OpaqueTransmission
            ? 0.08 * transmission / OpaqueTransmission
            : Math.Min(1, Math.Pow(transmission, Gamma));

    /// <summary>High-energy attenuation (−ln transmission) a value (0–1) stands for.</summary>
    public static double AttenuationOf(double value)
    {
        var v = Math.Clamp(value, 1.0 / 255, 1);
        var transmission = v < 0.08 ? OpaqueTransmission * v / 0.08 : Math.Pow(v, 1 / Gamma);
        return -Math.Log(Math.Max(transmission, 1e-4));
    }

    /// <summary>Saturation (0–1) for a high-energy transmission.</summary>
    public static double SaturationOf(double transmission) => Math.Clamp(2.2 * (1 - transmission), 0, 0.95);
}
