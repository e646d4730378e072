using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// Analysis time per frame on one core: median and p99 of <see cref="XrayAnalyser.Analyse"/> over
/// decoded synthetic bags (evaluation set B, one threat each, clutter as usual) at 1024×768 and
/// 2048×1536. Decoding the file is not in the figure (the folder drop decodes once on arrival).
/// <c>--against DIR</c> also times an analyser whose verifier is loaded from DIR (another set of
/// forests, networks and thresholds) on the same frames in the same process, the two taking turns
/// frame by frame, and gives the ratio of the shipped verifier's median to that peer's.
/// </summary>
public static class XraySpeed
{
    public static int Run(string[] args)
    {
        var frames = int.Parse(Arg(args, "--frames", "200"), CultureInfo.InvariantCulture);
        var repeats = int.Parse(Arg(args, "--repeats", "5"), CultureInfo.InvariantCulture);
        Cv2.SetNumThreads(1);
        var analyser = new XrayAnalyser();
        var against = Arg(args, "--against", "");
        using var peerVerifier = against.Length > 0 ? XrayVerifier.Load(against) : null;
        var peer = peerVerifier is null ? null : new XrayAnalyser(new XrayAnalyserOptions(), peerVerifier);
        Console.WriteLine($"X-ray analysis time per frame, one core (Cv2.SetNumThreads(1), one thread), {frames} bags x {repeats} runs each"
            + (peer is null ? "" : $"; the shipped verifier against {against}'s, taking turns"));
        foreach (var (width, height) in new[] { (1024, 768), (2048, 1536) })
        {
            var scanner = new SyntheticScanner(new SyntheticScannerOptions { Width = width, Height = height, Variants = SyntheticVariants.Evaluation });
            var bags = Enumerable.Range(0, frames)
                .Select(i => scanner.Generate(SyntheticVariants.EvaluationSeedFirst + 50_000 + i, XrayItems.All[i % XrayItems.All.Count]))
                .ToList();
            foreach (var bag in bags.Take(10))
            {
                analyser.Analyse(bag.Image); // warm-up: JIT and OpenCV's first calls
                peer?.Analyse(bag.Image);
            }

            var times = new List<double>();
            var peerTimes = new List<double>();
            for (var r = 0; r < repeats; r++)
            {
                for (var i = 0; i < bags.Count; i++)
                {
                    // Taking turns, each going first on every other frame, so drift and caches fall on both alike.
                    var peerFirst = peer is not null && (i + r) % 2 == 1;
                    if (peerFirst)
                    {
                        peerTimes.Add(Time(peer!, bags[i].Image));
                    }

                    times.Add(Time(analyser, bags[i].Image));
                    if (peer is not null && !peerFirst)
                    {
                        peerTimes.Add(Time(peer, bags[i].Image));
                    }
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{width}x{height}: median {Percentile(times, 0.5):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms over {times.Count} analyses"));
            if (peer is not null)
            {
                peerTimes.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{width}x{height} peer ({against}): median {Percentile(peerTimes, 0.5):0.0} ms, p99 {Percentile(peerTimes, 0.99):0.0} ms; shipped/peer median ratio {Percentile(times, 0.5) / Percentile(peerTimes, 0.5):0.000}"));
            }
            foreach (var bag in bags)
            {
                bag.Dispose();
            }
        }

        return 0;
    }

    private static double Time(XrayAnalyser analyser, Mat image)
    {
        var start = Stopwatch.GetTimestamp();
        analyser.Analyse(image);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
