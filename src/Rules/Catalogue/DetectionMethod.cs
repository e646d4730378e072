namespace Screening.Rules.Catalogue;

/// <summary>How an item is normally found at the gate; shown to the officer, used by reports.</summary>
[Flags]
public enum DetectionMethod
{
    None = 0,
    Xray = 1,
    MetalDetector = 2,
    Dog = 4,
    Declaration = 8,
}
