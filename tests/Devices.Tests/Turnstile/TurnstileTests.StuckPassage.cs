using Microsoft.Extensions.Logging;
using Screening.Devices.Gpio;

namespace Screening.Devices.Tests.Turnstile;

/// <summary>A passage sensor stuck closed: the turnstile can no longer count passages, so it must not free.</summary>
public sealed partial class TurnstileTests
{
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(5);

    private static SimulatedLane StuckPassageLane(Action<SimulatedGpioDriver, LaneDevicesOptions>? beforeStart = null) =>
        new(o => o.Turnstile.StuckPassageTimeout = StuckAfter, beforeStart);

    private static int SensorPin(SimulatedLane lane, PassageDirection direction) =>
        direction == PassageDirection.In ? lane.PassageInPin : lane.PassageOutPin;

    [Theory]
    [InlineData(PassageDirection.In)]
    [InlineData(PassageDirection.Out)]
    public void A_passage_sensor_stuck_closed_past_the_timeout_locks_the_turnstile_and_FreeOnce_is_refused(PassageDirection direction)
    {
        using var lane = StuckPassageLane();
        lane.Board.Stick(SensorPin(lane, direction), lane.Options.ContactLevel(closed: true));
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(1));
        lane.FreeOnce(); // asked while the contact is closed, before the timeout: nobody after it could be counted

        var early = Assert.Single(lane.EventsOf<CommandRefused>());
        Assert.Contains($"the {direction} passage sensor is still closed", early.Reason, StringComparison.Ordinal);
        lane.Advance(TimeSpan.FromSeconds(3.9));
        Assert.Empty(lane.EventsOf<TurnstileFault>());
        Assert.True(lane.LockOutputLocked);
        Assert.Empty(lane.EventsOf<TurnstileFreedOnce>());
        lane.Advance(TimeSpan.FromSeconds(0.2));

        var fault = Assert.Single(lane.EventsOf<TurnstileFault>());
        Assert.Equal((TurnstileFaultKind.PassageSensorStuck, direction), (fault.Kind, fault.Direction));
        Assert.Equal(fault, Assert.Single(lane.Devices.Turnstile.Faults));
        Assert.True(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.Locked, lane.Devices.Turnstile.State);

        lane.FreeOnce();

        var refused = lane.EventsOf<CommandRefused>().Last();
        Assert.Equal(2, lane.EventsOf<CommandRefused>().Count());
        Assert.Equal("FreeOnce", refused.Command);
        Assert.Contains($"the turnstile is faulted (PassageSensorStuck {direction})", refused.Reason, StringComparison.Ordinal);
        Assert.True(lane.LockOutputLocked);
        Assert.Empty(lane.EventsOf<TurnstileFreedOnce>());
    }

    [Theory]
    [InlineData(PassageDirection.In)]
    [InlineData(PassageDirection.Out)]
    public void A_stuck_passage_sensor_fault_clears_when_the_contact_opens_and_the_lane_can_free_again(PassageDirection direction)
    {
        using var lane = StuckPassageLane();
        var pin = SensorPin(lane, direction);
        lane.Board.Stick(pin, lane.Options.ContactLevel(closed: true));
        lane.Step();
        lane.Advance(StuckAfter + TimeSpan.FromSeconds(1));
        Assert.Single(lane.EventsOf<TurnstileFault>());

        lane.Board.Unstick(pin);
        lane.SetContact(pin, closed: false);
        lane.Step();
        lane.Settle();

        var cleared = Assert.Single(lane.EventsOf<TurnstileFaultCleared>());
        Assert.Equal((TurnstileFaultKind.PassageSensorStuck, direction), (cleared.Kind, cleared.Direction));
        Assert.Empty(lane.Devices.Turnstile.Faults);
        Assert.True(lane.LockOutputLocked); // clearing frees nothing by itself

        lane.FreeOnce();
        Assert.Empty(lane.EventsOf<CommandRefused>());
        Assert.False(lane.LockOutputLocked);
        lane.Passage(direction);

        Assert.Equal(direction, Assert.Single(lane.EventsOf<PassageSensed>()).Direction);
        Assert.Equal(LockReason.Passage, lane.EventsOf<TurnstileLocked>().Last().Reason);
        Assert.Single(lane.EventsOf<TurnstileFault>());
    }

    [Fact]
    public void FreeOnce_waits_for_the_last_person_to_leave_the_arms()
    {
        // The officer clears the next person while the one before is still in the arms: freeing now would
        // leave the turnstile free with no closing edge to count, so it is refused until the contact opens.
        using var lane = new SimulatedLane();
        lane.FreeOnce();
        lane.SetContact(lane.PassageInPin, closed: true);
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(lane.EventsOf<PassageSensed>());

        lane.FreeOnce();

        Assert.Contains("the In passage sensor is still closed", Assert.Single(lane.EventsOf<CommandRefused>()).Reason, StringComparison.Ordinal);
        Assert.True(lane.LockOutputLocked);
        lane.SetContact(lane.PassageInPin, closed: false);
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(0.2));
        lane.FreeOnce();
        Assert.False(lane.LockOutputLocked);
        Assert.Single(lane.EventsOf<CommandRefused>());
        Assert.Equal(2, lane.EventsOf<TurnstileFreedOnce>().Count());
    }

    [Fact]
    public void People_passing_one_after_another_are_not_a_stuck_sensor()
    {
        // Each contact is closed 1 s, for less than the timeout, but the two together for longer: the
        // timeout runs from each closing edge, not from the first.
        using var lane = new SimulatedLane(o => o.Turnstile.StuckPassageTimeout = TimeSpan.FromSeconds(1.5));
        for (var person = 0; person < 2; person++)
        {
            lane.FreeOnce();
            lane.SetContact(lane.PassageInPin, closed: true);
            lane.Step();
            lane.Advance(TimeSpan.FromSeconds(1));
            lane.SetContact(lane.PassageInPin, closed: false);
            lane.Step();
            lane.Advance(TimeSpan.FromSeconds(0.2));
        }

        lane.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(2, lane.EventsOf<PassageSensed>().Count());
        Assert.Empty(lane.EventsOf<TurnstileFault>());
        Assert.Empty(lane.EventsOf<CommandRefused>());
        Assert.Empty(lane.Devices.Turnstile.Faults);
    }

    [Fact]
    public void A_chattering_passage_contact_that_never_holds_for_the_debounce_is_no_fault_and_no_passage()
    {
        // Closed 9 ms, open 3 ms, for 40 cycles: closed most of the time and for far longer than the
        // timeout in all, but never still: bounce or noise, not a stuck contact.
        using var lane = new SimulatedLane(o => o.Turnstile.StuckPassageTimeout = TimeSpan.FromMilliseconds(100));
        for (var cycle = 0; cycle < 40; cycle++)
        {
            lane.SetContact(lane.PassageInPin, closed: true);
            lane.Advance(TimeSpan.FromMilliseconds(9));
            lane.SetContact(lane.PassageInPin, closed: false);
            lane.Advance(TimeSpan.FromMilliseconds(3));
        }

        lane.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(lane.EventsOf<TurnstileFault>());
        Assert.Empty(lane.EventsOf<ForcedPassage>());
        lane.FreeOnce();
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void A_passage_sensor_closed_at_start_up_is_stuck_once_the_timeout_has_run()
    {
        using var lane = StuckPassageLane((board, o) => board.SetInput(o.Turnstile.PassageInPin!.Value, o.ContactLevel(closed: true)));

        lane.Advance(StuckAfter + TimeSpan.FromSeconds(0.1));

        Assert.Equal(PassageDirection.In, Assert.Single(lane.EventsOf<TurnstileFault>()).Direction);
        lane.FreeOnce();
        Assert.Single(lane.EventsOf<CommandRefused>());
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void The_fire_release_frees_the_turnstile_while_a_passage_sensor_is_stuck_and_the_fault_outlasts_it()
    {
        using var lane = StuckPassageLane();
        lane.Board.Stick(lane.PassageInPin, lane.Options.ContactLevel(closed: true));
        lane.Step();
        lane.Advance(StuckAfter + TimeSpan.FromSeconds(1));
        Assert.True(lane.LockOutputLocked);

        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        Assert.False(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.FireReleased, lane.Devices.Turnstile.State);

        // Loop restored and acknowledged with the sensor still stuck: locked, and still no FreeOnce.
        lane.SetContact(lane.FireLoopPin, closed: true);
        lane.Step();
        lane.Settle();
        lane.Devices.AcknowledgeFireRelease("SO 1203");
        lane.Step();
        lane.FreeOnce();

        Assert.True(lane.LockOutputLocked);
        Assert.Equal(LockReason.FireReleaseAcknowledged, lane.EventsOf<TurnstileLocked>().Last().Reason);
        Assert.Contains("faulted", Assert.Single(lane.EventsOf<CommandRefused>()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_sensor_sticking_during_a_fire_release_is_reported_but_does_not_relock_the_lane()
    {
        using var lane = StuckPassageLane();
        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        lane.Board.Stick(lane.PassageInPin, lane.Options.ContactLevel(closed: true));
        lane.Step();
        lane.Advance(StuckAfter + TimeSpan.FromSeconds(1));

        Assert.Single(lane.EventsOf<TurnstileFault>());
        Assert.False(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.FireReleased, lane.Devices.Turnstile.State);
        Assert.DoesNotContain(lane.EventsOf<TurnstileLocked>(), l => l.Reason == LockReason.PassageSensorFault);
    }

    [Fact]
    public void A_stuck_passage_sensor_is_logged_once_as_an_error_when_raised_and_once_when_cleared()
    {
        var log = new RecordingLogger<LaneDevices>();
        using var lane = new SimulatedLane(o => o.Turnstile.StuckPassageTimeout = StuckAfter, logger: log);
        lane.Board.Stick(lane.PassageInPin, lane.Options.ContactLevel(closed: true));
        lane.Step();
        lane.Advance(StuckAfter * 3); // long past the timeout: still one fault
        lane.Board.Unstick(lane.PassageInPin);
        lane.SetContact(lane.PassageInPin, closed: false);
        lane.Step();
        lane.Settle();

        var raised = Assert.Single(log.Entries, e => Equals(e.Property("DeviceEvent"), nameof(TurnstileFault)));
        Assert.Equal(LogLevel.Error, raised.Level);
        Assert.IsType<TurnstileFault>(raised.Property("Detail"));
        var cleared = Assert.Single(log.Entries, e => Equals(e.Property("DeviceEvent"), nameof(TurnstileFaultCleared)));
        Assert.Equal(LogLevel.Information, cleared.Level);
    }
}
