using BenchmarkDotNet.Running;
using Screening.Benchmarks;
using Screening.Benchmarks.Rules;

// Measurements that need their own percentiles (latency of one edge, one frame) run by name;
// everything else is a BenchmarkDotNet class picked by the switcher.
return args.FirstOrDefault() switch
{
    "device-latency" => DeviceLatency.Run(args[1..]),
    "rules-agree" => RulesAgreement.Run(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(DeviceLatency).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
