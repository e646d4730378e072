using PdfSharp.Fonts;

namespace Screening.Station.Reports;

/// <summary>
/// PDFsharp on Linux has no system font lookup: this resolver hands it DejaVu Sans from Debian's
/// fonts-dejavu-core (scripts/debian-packages-run.txt installs it). The fonts are embedded (subset)
/// in every report, so the PDF reads the same on any machine and pdftotext can extract its text.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string Folder = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans.ttf";
    private const string Bold = "DejaVuSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private static bool _licensed; // guarded by Gate

    /// <summary>
    /// Installs the resolver once per process (PDFsharp allows one, set before any font is used).
    /// Throws <see cref="InvalidOperationException"/> naming the package when the font files are missing
    /// (the machine is incomplete: not bad input).
    /// </summary>
    public static void Install()
    {
        foreach (var file in new[] { Regular, Bold })
        {
            if (!File.Exists(Path.Combine(Folder, file)))
            {
                throw new InvalidOperationException($"the PDF report needs {Path.Combine(Folder, file)}: install Debian's fonts-dejavu-core");
            }
        }

        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ReportFonts();

            // PDFsharp 6.5 is dual-licensed (AGPL-3.0-only, or a commercial key) and refuses to make a
            // document until one is chosen. A commercial key in PDFSHARP_LICENSE is loaded; otherwise the
            // package is used under its AGPL licence, as served. Which applies is the project owner's
            // decision (README, Reports), not the report's.
            if (!_licensed)
            {
                if (Environment.GetEnvironmentVariable("PDFSHARP_LICENSE") is { Length: > 0 } key)
                {
                    PdfSharp.PdfSharpLicense.LoadLicense(key);
                }
                else
                {
                    PdfSharp.PdfSharpLicense.SetAgplLicense();
                }

                _licensed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName));
}
