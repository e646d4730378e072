using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Benchmarks.Xray;

/// <summary>
/// Analysis time per frame on one core: median and p99 of <see cref="XrayAnalyser.Analyse"/> over
/// decoded synthetic bags (evaluation set B, one threat each, clutter as usual) at 1024×768 and
/// 2048×1536. Decoding the file is not in the figure (the folder drop decodes once on arrival).
/// </summary>
public static class XraySpeed
{
    public static int Run(string[] args)
    {
        var frames = int.Parse(Arg(args, "--frames", "200"), CultureInfo.InvariantCulture);
        var repeats = int.Parse(Arg(args, "--repeats", "5"), CultureInfo.InvariantCulture);
        Cv2.SetNumThreads(1);
        var analyser = new XrayAnalyser();
        Console.WriteLine($"X-ray analysis time per frame, one core (Cv2.SetNumThreads(1), one thread), {frames} bags x {repeats} runs each");
        foreach (var (width, height) in new[] { (1024, 768), (2048, 1536) })
        {
            var scanner = new SyntheticScanner(new SyntheticScannerOptions { Width = width, Height = height, Variants = SyntheticVariants.Evaluation });
            var bags = Enumerable.Range(0, frames)
                .Select(i => scanner.Generate(SyntheticVariants.EvaluationSeedFirst + 50_000 + i, XrayItems.All[i % XrayItems.All.Count]))
                .ToList();
            foreach (var bag in bags.Take(10))
            {
                analyser.Analyse(bag.Image); // warm-up: JIT and OpenCV's first calls
            }

            var times = new List<double>();
            for (var r = 0; r < repeats; r++)
            {
                foreach (var bag in bags)
                {
                    var start = Stopwatch.GetTimestamp();
                    analyser.Analyse(bag.Image);
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{width}x{height}: median {Percentile(times, 0.5):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms over {times.Count} analyses"));
            foreach (var bag in bags)
            {
                bag.Dispose();
            }
        }

        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
