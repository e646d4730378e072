using System.Device.Gpio;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Devices;
using Screening.Devices.Gpio;

namespace Screening.Benchmarks;

/// <summary>
/// Alarm edge at the driver to lock output written: p50 and p99 over 10,000 edges.
/// </summary>
/// <remarks>
/// <para>Setup: the real <see cref="LaneDevices"/> on the <see cref="SimulatedGpioDriver"/>, the system
/// clock, the pump on the thread pool as the host runs it (<see cref="LaneDevices.RunAsync"/>), and a
/// consumer draining <see cref="LaneDevices.Events"/>. Each round frees the turnstile once, then injects
/// one raw alarm edge and reads the lock write's timestamp from the board.</para>
/// <para>Start: <see cref="Stopwatch.GetTimestamp"/> just before the edge is driven (the simulated
/// board then runs the GPIO callback on this thread, as libgpiod's event thread would). End: the
/// board's timestamp of the lock write, taken inside the driver's Write. The path between is the
/// callback's hand-off to the channel, the pump waking, the detector's edge handling and the interlock.</para>
/// <para>Debounce is NOT in the figure, by design: the lane locks on the first raw alarm edge and
/// uses the debounce only to count and clear alarms. Each injected edge is released at once, so it
/// is a glitch shorter than the debounce: it locks but never counts.</para>
/// <para>Not in the figure: the kernel and libgpiod delivering the edge to user space, and the relay
/// and solenoid (milliseconds). Those are hardware figures, see hardware-docs.</para>
/// </remarks>
public static class DeviceLatency
{
    public static int Run(string[] args)
    {
        var edges = ArgValue(args, "--edges", 10_000);
        var warmup = ArgValue(args, "--warmup", 1_000);

        var options = LaneDevicesOptions.CreateDefault();
        options.ChannelCapacity = 4096;
        var board = new SimulatedGpioDriver(TimeProvider.System, options.RestingInputLevels());
        using var gpio = new GpioController(board);
        using var lane = new LaneDevices(gpio, options, TimeProvider.System, NullLogger<LaneDevices>.Instance);
        using var stop = new CancellationTokenSource();
        var pump = Task.Run(() => lane.RunAsync(stop.Token));
        var consumer = Task.Run(async () =>
        {
            await foreach (var _ in lane.Events.ReadAllAsync())
            {
            }
        });

        var lockPin = options.Turnstile.LockPin!.Value;
        var alarmPin = options.MetalDetector.AlarmPin!.Value;
        var lockedLevel = options.Turnstile.LockedLevel == PinLevel.High ? PinValue.High : PinValue.Low;
        var alarmLevel = options.ContactLevel(closed: options.MetalDetector.AlarmContact == ContactType.NormallyOpen);
        var latencies = new double[edges];

        for (var round = -warmup; round < edges; round++)
        {
            lane.FreeOnce();
            WaitForLockOutput(board, lockPin, !lockedLevel, since: 0);

            var injected = Stopwatch.GetTimestamp();
            board.SetInput(alarmPin, alarmLevel);
            var write = WaitForLockOutput(board, lockPin, lockedLevel, since: injected);
            board.SetInput(alarmPin, !alarmLevel);

            if (round >= 0)
            {
                latencies[round] = Stopwatch.GetElapsedTime(injected, write.Timestamp).TotalMicroseconds;
            }
        }

        stop.Cancel();
        pump.GetAwaiter().GetResult();
        consumer.GetAwaiter().GetResult();

        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p / 100 * latencies.Length) - 1)];
        var p99 = Percentile(99);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"device-latency: alarm edge at the driver -> lock output written, {edges} edges ({warmup} warm-up), {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(inv, $"  p50   {Percentile(50),8:F1} us"));
        Console.WriteLine(string.Create(inv, $"  p99   {p99,8:F1} us"));
        Console.WriteLine(string.Create(inv, $"  p99.9 {Percentile(99.9),8:F1} us"));
        Console.WriteLine(string.Create(inv, $"  max   {latencies[^1],8:F1} us"));
        Console.WriteLine(string.Create(inv, $"  target p99 < 1000 us: {(p99 < 1000 ? "met" : "NOT met")} (debounce not included: the lane locks on the raw edge)"));
        return p99 < 1000 ? 0 : 1;
    }

    private static PinWrite WaitForLockOutput(SimulatedGpioDriver board, int lockPin, PinValue level, long since)
    {
        var spinner = default(SpinWait);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
        while (true)
        {
            if (board.LastWrite(lockPin) is { } write && write.Value == level && write.Timestamp >= since)
            {
                return write;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The lock output never went {level}.");
            }

            // Yields to the pump on a small machine but never sleeps a whole millisecond; the figure is
            // taken from the write's own timestamp, so how soon this loop notices does not change it.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
