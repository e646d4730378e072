namespace Screening.Benchmarks;

/// <summary>Alarm edge at the driver to lock output written: p50 and p99 over 10,000 edges.</summary>
public static class DeviceLatency
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("device-latency: not written yet");
        return 1;
    }
}
