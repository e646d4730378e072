using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Screening.Benchmarks;
using Screening.Benchmarks.Rules;

// Measurements that need their own percentiles (latency of one edge, one frame) run by name;
// everything else is a BenchmarkDotNet class picked by the switcher.
return args.FirstOrDefault() switch
{
    "device-latency" => DeviceLatency.Run(args[1..]),
    "rules-agree" => RulesAgreement.Run(args[1..]),
    "search-log" => Screening.Benchmarks.SearchLog.SearchLogThroughput.Run(args[1..]),
    "busy-day" => Screening.Benchmarks.Lane.BusyDay.Run(args[1..]),
    "xray-quality" => Screening.Benchmarks.Xray.XrayQuality.Run(args[1..]),
    "xray-train" => Screening.Benchmarks.Xray.XrayTraining.Run(args[1..]),
    "xray-speed" => Screening.Benchmarks.Xray.XraySpeed.Run(args[1..]),
    "xray-palette" => Screening.Benchmarks.Xray.XrayPaletteFit.Run(args[1..]),
    "report" => Screening.Benchmarks.Reports.ReportExport.Run(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    // In process: each benchmark and its peer run in this one process, on the same JIT and GC.
    var config = DefaultConfig.Instance.AddJob(
        Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).AsDefault());
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(DeviceLatency).Assembly).Run(args, config);
    return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
