using System.Device.Gpio;

namespace Screening.Devices.Tests.Turnstile;

public sealed partial class TurnstileTests
{
    [Theory]
    [InlineData(PinLevel.Low)]
    [InlineData(PinLevel.High)]
    public void The_lock_output_is_driven_locked_before_any_other_pin_is_touched(PinLevel lockedLevel)
    {
        using var lane = new SimulatedLane(o => o.Turnstile.LockedLevel = lockedLevel);

        var first = lane.Board.Writes[0];
        Assert.Equal(lane.LockPin, first.Pin);
        Assert.Equal(lane.LockedLevel, first.Value);
        Assert.All(lane.Board.Writes, w => Assert.Equal(lane.LockedLevel, w.Value));
        Assert.Equal(TurnstileState.Locked, lane.Devices.Turnstile.State);
        Assert.Equal(LockReason.StartUp, Assert.Single(lane.EventsOf<TurnstileLocked>()).Reason);
    }

    [Fact]
    public void FreeOnce_frees_one_passage_and_relocks_on_it()
    {
        using var lane = new SimulatedLane();

        lane.FreeOnce();
        Assert.False(lane.LockOutputLocked);
        Assert.Single(lane.EventsOf<TurnstileFreedOnce>());

        lane.Passage();

        Assert.True(lane.LockOutputLocked);
        Assert.Equal(PassageDirection.In, Assert.Single(lane.EventsOf<PassageSensed>()).Direction);
        Assert.Equal(LockReason.Passage, lane.EventsOf<TurnstileLocked>().Last().Reason);
        Assert.Empty(lane.EventsOf<ForcedPassage>());
    }

    [Fact]
    public void FreeOnce_relocks_after_the_timeout_when_nobody_walks_through()
    {
        using var lane = new SimulatedLane(o => o.Turnstile.FreeOnceTimeout = TimeSpan.FromSeconds(8));
        lane.FreeOnce();

        lane.Advance(TimeSpan.FromSeconds(7.9));
        Assert.False(lane.LockOutputLocked);
        lane.Advance(TimeSpan.FromSeconds(0.2));

        Assert.True(lane.LockOutputLocked);
        Assert.Equal(LockReason.FreeOnceTimeout, lane.EventsOf<TurnstileLocked>().Last().Reason);
    }

    [Fact]
    public void The_second_person_after_a_FreeOnce_is_a_forced_passage()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.Passage();
        lane.Passage();

        Assert.Single(lane.EventsOf<PassageSensed>());
        Assert.Equal(PassageDirection.In, Assert.Single(lane.EventsOf<ForcedPassage>()).Direction);
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void A_passage_sensed_while_locked_is_a_forced_passage_in_its_direction()
    {
        using var lane = new SimulatedLane();

        lane.Passage(PassageDirection.Out);

        Assert.Equal(PassageDirection.Out, Assert.Single(lane.EventsOf<ForcedPassage>()).Direction);
        Assert.Empty(lane.EventsOf<PassageSensed>());
    }

    [Fact]
    public void A_bouncing_passage_contact_is_one_passage()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.Board.Bounce(lane.PassageInPin, lane.Options.ContactLevel(closed: true), edges: 7, TimeSpan.FromMilliseconds(1));
        lane.Step();
        lane.Settle();
        lane.Board.Bounce(lane.PassageInPin, lane.Options.ContactLevel(closed: false), edges: 7, TimeSpan.FromMilliseconds(1));
        lane.Step();
        lane.Settle();

        Assert.Single(lane.EventsOf<PassageSensed>());
        Assert.Empty(lane.EventsOf<ForcedPassage>());
    }

    [Fact]
    public void An_alarm_edge_relocks_a_freed_turnstile_at_that_instant_without_waiting_for_the_debounce()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.SetAlarm(true);
        var edgeAt = lane.Clock.GetUtcNow();
        lane.Step();

        var lockWrite = lane.Board.LastWrite(lane.LockPin)!.Value;
        Assert.Equal(lane.LockedLevel, lockWrite.Value);
        Assert.Equal(edgeAt, lockWrite.At);
        Assert.Equal(LockReason.DetectorAlarm, lane.EventsOf<TurnstileLocked>().Last().Reason);
    }

    [Fact]
    public void FreeOnce_is_refused_while_the_detector_is_alarming()
    {
        using var lane = new SimulatedLane();
        lane.SetAlarm(true);
        lane.Step();
        lane.Settle();

        lane.FreeOnce();

        Assert.Equal("FreeOnce", Assert.Single(lane.EventsOf<CommandRefused>()).Command);
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void Turnstile_stays_locked_when_detector_faults()
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.StuckAlarmTimeout = TimeSpan.FromSeconds(2));
        lane.FreeOnce();
        lane.Board.Stick(lane.AlarmPin, lane.AlarmLevel);
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(3));

        lane.FreeOnce();
        lane.Passage();

        Assert.Single(lane.EventsOf<DetectorFault>());
        Assert.Single(lane.EventsOf<ForcedPassage>());
        Assert.True(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.Locked, lane.Devices.Turnstile.State);
    }

    [Fact]
    public void An_officer_can_withdraw_a_FreeOnce()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.Devices.Lock("SO 4471");
        lane.Step();

        Assert.True(lane.LockOutputLocked);
        Assert.Equal(LockReason.Officer, lane.EventsOf<TurnstileLocked>().Last().Reason);
    }

    [Fact]
    public void A_detector_that_cannot_be_read_at_start_up_is_reported_and_keeps_the_lane_locked()
    {
        using var lane = new SimulatedLane(beforeStart: (board, o) => board.Break(o.MetalDetector.ReadyPin!.Value));

        Assert.Contains("broken", Assert.Single(lane.EventsOf<DeviceError>()).Message, StringComparison.Ordinal);
        lane.FreeOnce();
        Assert.Single(lane.EventsOf<CommandRefused>());
        Assert.True(lane.LockOutputLocked);

        // The pump carries on: once the line is repaired and the detector reports ready, the lane works.
        lane.Board.Repair(lane.ReadyPin);
        lane.SetContact(lane.ReadyPin, closed: false);
        lane.SetContact(lane.ReadyPin, closed: true);
        lane.Step();
        lane.Settle();
        lane.FreeOnce();
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void When_even_the_lock_output_fails_the_pump_stops_instead_of_carrying_on_unlocked()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();
        lane.Board.Break(lane.LockPin);

        lane.SetAlarm(true);

        Assert.Throws<IOException>(() => lane.Devices.ProcessPending());
        Assert.Equal(TurnstileState.Locked, lane.Devices.Turnstile.State);
        lane.Board.Repair(lane.LockPin);
    }

    [Fact]
    public void Shutdown_leaves_the_turnstile_locked()
    {
        var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.Devices.Dispose();
        lane.Step();
        lane.FreeOnce(); // too late: the lane is shut down
        lane.Passage();

        Assert.True(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.Locked, lane.Devices.Turnstile.State);
        Assert.Equal(LockReason.Shutdown, lane.EventsOf<TurnstileLocked>().Last().Reason);
        lane.Dispose();
    }

    [Fact]
    public async Task The_host_pump_relocks_on_a_passage_and_locks_when_cancelled()
    {
        var options = LaneDevicesOptions.CreateDefault();
        var board = new Screening.Devices.Gpio.SimulatedGpioDriver(TimeProvider.System, options.RestingInputLevels());
        using var gpio = new GpioController(board);
        using var devices = new LaneDevices(gpio, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LaneDevices>.Instance);
        using var stop = new CancellationTokenSource();
        var pump = devices.RunAsync(stop.Token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        devices.FreeOnce();
        await WaitFor<TurnstileFreedOnce>(devices, timeout.Token);
        board.Pulse(options.Turnstile.PassageInPin!.Value, options.ContactLevel(closed: true), TimeSpan.FromMilliseconds(60));
        await WaitFor<PassageSensed>(devices, timeout.Token);
        var relocked = await WaitFor<TurnstileLocked>(devices, timeout.Token);
        await stop.CancelAsync();
        await pump.WaitAsync(timeout.Token);

        devices.FreeOnce(); // after shutdown: ignored

        Assert.Equal(LockReason.Passage, relocked.Reason);
        Assert.Equal(TurnstileState.Locked, devices.Turnstile.State);
        Assert.Equal(PinValue.Low, board.LastWrite(options.Turnstile.LockPin!.Value)!.Value.Value);
    }

    private static async Task<T> WaitFor<T>(LaneDevices devices, CancellationToken cancellationToken)
    {
        await foreach (var deviceEvent in devices.Events.ReadAllAsync(cancellationToken))
        {
            if (deviceEvent is T wanted)
            {
                return wanted;
            }
        }

        throw new InvalidOperationException($"The event stream ended before a {typeof(T).Name}.");
    }
}
