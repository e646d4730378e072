using System.Globalization;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// How often <see cref="XrayAnalyser.CheckPalette"/> says a frame does not fit: on frames drawn in the
/// palette the analyser reads (it should never), and on frames of the other makes' palettes (it should
/// always), uncalibrated and through each palette's own calibration fitted from its test piece.
/// </summary>
/// <remarks>
/// The check's limits were set on bags of sets A, B, W and X; this draws sets C to V, Y and Z (never
/// the held-out sets 1 and 2), <c>--bags</c> per set and palette, a third of them clean.
/// </remarks>
public static class XrayPaletteFit
{
    public static int Run(string[] args)
    {
        var perSet = int.Parse(Arg(args, "--bags", "10"), CultureInfo.InvariantCulture);
        (string Name, SyntheticVariants Variants, int Seed)[] sets =
        [
            ("C", SyntheticVariants.HeldOut, SyntheticVariants.HeldOutSeedFirst), ("D", SyntheticVariants.Fresh, SyntheticVariants.FreshSeedFirst),
            ("E", SyntheticVariants.SetE, SyntheticVariants.SetESeedFirst), ("F", SyntheticVariants.SetF, SyntheticVariants.SetFSeedFirst),
            ("G", SyntheticVariants.SetG, SyntheticVariants.SetGSeedFirst), ("H", SyntheticVariants.SetH, SyntheticVariants.SetHSeedFirst),
            ("I", SyntheticVariants.SetI, SyntheticVariants.SetISeedFirst), ("J", SyntheticVariants.SetJ, SyntheticVariants.SetJSeedFirst),
            ("K", SyntheticVariants.SetK, SyntheticVariants.SetKSeedFirst), ("L", SyntheticVariants.SetL, SyntheticVariants.SetLSeedFirst),
            ("M", SyntheticVariants.SetM, SyntheticVariants.SetMSeedFirst), ("N", SyntheticVariants.SetN, SyntheticVariants.SetNSeedFirst),
            ("O", SyntheticVariants.SetO, SyntheticVariants.SetOSeedFirst), ("P", SyntheticVariants.SetP, SyntheticVariants.SetPSeedFirst),
            ("Q", SyntheticVariants.SetQ, SyntheticVariants.SetQSeedFirst), ("S", SyntheticVariants.SetS, SyntheticVariants.SetSSeedFirst),
            ("T", SyntheticVariants.SetT, SyntheticVariants.SetTSeedFirst), ("U", SyntheticVariants.SetU, SyntheticVariants.SetUSeedFirst),
            ("V", SyntheticVariants.SetV, SyntheticVariants.SetVSeedFirst), ("Y", SyntheticVariants.SetY, SyntheticVariants.SetYSeedFirst),
            ("Z", SyntheticVariants.SetZ, SyntheticVariants.SetZSeedFirst),
        ];
        var lane = new XrayAnalyser();
        var calibrated = ScannerPalette.All.ToDictionary(p => p, p =>
        {
            using var piece = new SyntheticScanner(new SyntheticScannerOptions { Palette = p }).TestPiece();
            return new XrayAnalyser(new XrayAnalyserOptions { Calibration = XrayCalibration.FitTo(piece) });
        });

        Console.WriteLine($"Frames that do not fit the palette read (1024x768, {perSet} bags per set and palette, sets {string.Join("", sets.Select(s => s.Name))})");
        Console.WriteLine("palette      | read in the lane palette | JPEG q85, colour only | own calibration | lane frames through it");
        foreach (var palette in ScannerPalette.All)
        {
            var counts = new int[4];
            var total = 0;
            foreach (var (_, variants, seed) in sets)
            {
                var scanner = new SyntheticScanner(new SyntheticScannerOptions { Width = 1024, Height = 768, Variants = variants, Palette = palette });
                var laneScanner = new SyntheticScanner(new SyntheticScannerOptions { Width = 1024, Height = 768, Variants = variants });
                for (var i = 0; i < perSet; i++)
                {
                    string[] threats = i % 3 == 0 ? [] : [XrayItems.All[(i + seed) % XrayItems.All.Count]];
                    using var bag = scanner.Generate(seed + 1000 + i, threats);
                    using var laneBag = laneScanner.Generate(seed + 1000 + i, threats);
                    Cv2.ImEncode(".jpg", bag.Image, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
                    using var lossy = Cv2.ImDecode(jpeg, ImreadModes.Color);
                    counts[0] += lane.CheckPalette(bag.Image).Fits ? 0 : 1;
                    counts[1] += lane.CheckPalette(lossy, lossy: true).Fits ? 0 : 1;
                    counts[2] += calibrated[palette].CheckPalette(bag.Image).Fits ? 0 : 1;
                    counts[3] += calibrated[palette].CheckPalette(laneBag.Image).Fits ? 0 : 1;
                    total++;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{palette.Name,-12} | {Share(counts[0], total),24} | {Share(counts[1], total),21} | {Share(counts[2], total),15} | {Share(counts[3], total),22}"));
        }

        // A scanner switched to its black-and-white display: the lane's bags in grey, losslessly and as JPEG.
        var (grey, greyLossy, greyTotal) = (0, 0, 0);
        foreach (var (_, variants, seed) in sets)
        {
            var scanner = new SyntheticScanner(new SyntheticScannerOptions { Width = 1024, Height = 768, Variants = variants });
            for (var i = 0; i < perSet; i++)
            {
                using var bag = scanner.Generate(seed + 1000 + i, i % 3 == 0 ? [] : [XrayItems.All[(i + seed) % XrayItems.All.Count]]);
                using var g = new Mat();
                Cv2.CvtColor(bag.Image, g, ColorConversionCodes.BGR2GRAY);
                Cv2.CvtColor(g, g, ColorConversionCodes.GRAY2BGR);
                Cv2.ImEncode(".jpg", g, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
                using var lossy = Cv2.ImDecode(jpeg, ImreadModes.Color);
                grey += lane.CheckPalette(g).Fits ? 0 : 1;
                greyLossy += lane.CheckPalette(lossy, lossy: true).Fits ? 0 : 1;
                greyTotal++;
            }
        }

        Console.WriteLine($"black and white  | {Share(grey, greyTotal),20} | {Share(greyLossy, greyTotal),21} |");
        Console.WriteLine("Each cell: frames said not to fit, of all. Drawn in the palette read (lane row, first column; every row, third column), none should be.");
        return 0;
    }

    private static string Share(int n, int total) => string.Create(CultureInfo.InvariantCulture, $"{n}/{total} ({100.0 * n / total:0.0} %)");

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
