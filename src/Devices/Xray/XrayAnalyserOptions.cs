namespace Screening.Devices.Xray;

/// <summary>Options of the <see cref="XrayAnalyser"/> (configuration section <c>Xray:Analyser</c>).</summary>
public sealed record XrayAnalyserOptions
{
    /// <summary>The tunnel width of the lane's scanner: 640 mm, a common cabinet scanner (64 × 43 cm).</summary>
    public const double DefaultTunnelWidthMm = 640;

    /// <summary>Width of the tunnel the image spans; sizes in millimetres come from it.</summary>
    public double TunnelWidthMm { get; init; } = DefaultTunnelWidthMm;

    /// <summary>
    /// A connected near-black region at least this large (square millimetres) raises the opaque-area
    /// alarm: the beam did not get through, so the bag cannot be cleared by image. 1,500 mm² is
    /// about a 4 × 4 cm block, big enough to hide a phone's SIM, a blade or a drug wrap.
    /// </summary>
    public double OpaqueAreaMm2 { get; init; } = 1500;

    /// <summary>Detections below this confidence are not reported at all.</summary>
    public double MinimumConfidence { get; init; } = 0.25;

    /// <summary>
    /// Decide with the trained verifier shipped in the assembly (<see cref="XrayVerifier"/>). Off, the
    /// class rules' own scores decide, as before the verifier was trained.
    /// </summary>
    public bool UseTrainedVerifier { get; init; } = true;

    /// <summary>
    /// The lane scanner's palette as read from its test piece (<c>screening xray calibrate</c>); null
    /// reads frames in the lane palette the analyser was built on (<see cref="XrayPalette"/>).
    /// </summary>
    public XrayCalibration? Calibration { get; init; }

    /// <summary>
    /// Measure each candidate's grid (<see cref="XrayCandidate.Grid"/>) even when no network of the
    /// verifier reads it (for training one). Otherwise grids are measured only for a verifier that reads them.
    /// </summary>
    public bool MeasureGrids { get; init; }

    /// <summary>Working width the frame is downscaled to for segmentation (boxes come back in original pixels).</summary>
    public int WorkingWidth { get; init; } = 512;
}
