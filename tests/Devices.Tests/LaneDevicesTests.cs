using System.Device.Gpio;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Devices.Gpio;
using Screening.Devices.Simulation;

namespace Screening.Devices.Tests;

public sealed class LaneDevicesTests
{
    [Fact]
    public async Task No_edge_is_dropped_when_both_channels_are_full_and_the_pump_runs_behind()
    {
        const int people = 300;
        var clock = new ManualClock();
        var options = LaneDevicesOptions.CreateDefault();
        options.MetalDetector.TransitPin = null; // the detector then counts the turnstile's passages as its walks
        options.ChannelCapacity = 16; // smaller than one burst: writers must wait, not drop
        var board = new SimulatedGpioDriver(clock, options.RestingInputLevels());
        using var gpio = new GpioController(board);
        using var devices = new LaneDevices(gpio, options, clock, NullLogger<LaneDevices>.Instance);
        using var stop = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var pump = Task.Run(() => devices.RunAsync(stop.Token));

        // The "driver thread": 300 people push the locked turnstile, 30 ms contact each, 30 ms apart.
        var pin = options.Turnstile.PassageInPin!.Value;
        var closed = options.ContactLevel(closed: true);
        var driver = Task.Run(() =>
        {
            for (var person = 0; person < people; person++)
            {
                board.Pulse(pin, closed, TimeSpan.FromMilliseconds(30));
                clock.Advance(TimeSpan.FromMilliseconds(30));
            }
        });

        // Once the driver is done, the manual clock keeps moving: the pump may take the last push's edge
        // after the driver's last advance (a loaded machine), and its debounce deadline runs on this clock.
        using var settled = new CancellationTokenSource();
        var ticker = Task.Run(async () =>
        {
            await driver;
            while (!settled.IsCancellationRequested && !timeout.IsCancellationRequested)
            {
                await Task.Delay(5);
                clock.Advance(TimeSpan.FromMilliseconds(5));
            }
        });

        var forced = 0;
        await Task.Delay(50, timeout.Token); // let both channels fill before anyone reads events
        try
        {
            await foreach (var deviceEvent in devices.Events.ReadAllAsync(timeout.Token))
            {
                if (deviceEvent is ForcedPassage && ++forced == people)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Only {forced} of {people} forced passages arrived: something was dropped.");
        }

        await driver.WaitAsync(timeout.Token);
        await settled.CancelAsync();
        await ticker.WaitAsync(timeout.Token);
        await stop.CancelAsync();
        await pump.WaitAsync(timeout.Token);

        Assert.Equal(people, forced);
        Assert.Equal(people, devices.MetalDetector.Counters.Passages);
    }

    [Fact]
    public async Task A_freed_turnstile_locks_when_the_host_stops_reading_events()
    {
        var clock = new ManualClock();
        var options = LaneDevicesOptions.CreateDefault();
        options.ChannelCapacity = 16;
        var board = new SimulatedGpioDriver(clock, options.RestingInputLevels());
        using var gpio = new GpioController(board);
        using var devices = new LaneDevices(gpio, options, clock, NullLogger<LaneDevices>.Instance);
        using var stop = new CancellationTokenSource();
        var pump = Task.Run(() => devices.RunAsync(stop.Token));
        var lockPin = options.Turnstile.LockPin!.Value;
        var locked = options.Turnstile.LockedLevel == PinLevel.High ? PinValue.High : PinValue.Low;

        // Fill the event channel exactly, with people pushing the locked turnstile, while nobody reads.
        var pin = options.Turnstile.PassageInPin!.Value;
        var closed = options.ContactLevel(closed: true);
        var filling = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (devices.Events.Count < options.ChannelCapacity && DateTime.UtcNow < filling)
        {
            var before = devices.Events.Count;
            board.Pulse(pin, closed, TimeSpan.FromMilliseconds(30));
            clock.Advance(TimeSpan.FromMilliseconds(60));
            while (devices.Events.Count == before && DateTime.UtcNow < filling)
            {
                // The driver thread may take the edges after the advance above (a loaded machine): its debounce
                // deadline then runs on the manual clock, which only moves when the test moves it.
                await Task.Delay(5);
                clock.Advance(TimeSpan.FromMilliseconds(5));
            }
        }

        Assert.Equal(options.ChannelCapacity, devices.Events.Count);

        // Let the last push's contact settle open (no event): a FreeOnce is refused while it is closed.
        for (var i = 0; i < 10; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Delay(20);
        }

        devices.FreeOnce();

        // The pump frees the turnstile, cannot report it, and must lock again before it waits.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(board.Writes.Any(w => w.Pin == lockPin && w.Value != locked) && board.LastWrite(lockPin)!.Value.Value == locked)
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(board.Writes.Any(w => w.Pin == lockPin && w.Value != locked), "the turnstile was never freed");
        Assert.Equal(locked, board.LastWrite(lockPin)!.Value.Value);
        Assert.Equal(TurnstileState.Locked, devices.Turnstile.State);

        // Now read: the 16 queued events, then the lock that happened before the pump waited, then the free.
        var seen = new List<LaneDeviceEvent>();
        while (!seen.Any(e => e is TurnstileFreedOnce) && await devices.Events.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)))
        {
            while (devices.Events.TryRead(out var e))
            {
                seen.Add(e);
            }
        }

        Assert.Contains(seen, e => e is TurnstileLocked { Reason: LockReason.HostNotReading });
        Assert.Contains(seen, e => e is TurnstileFreedOnce);
        await stop.CancelAsync();
        await pump.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
