using System.Device.Gpio;

namespace Screening.Devices.Tests.MetalDetector;

public sealed class MetalDetectorTests
{
    [Theory]
    [InlineData(0.2, 2)]   // fast chatter
    [InlineData(1.0, 6)]   // typical reed-relay bounce
    [InlineData(3.0, 5)]   // odd count: settles flipped from where it started, i.e. alarming
    [InlineData(8.0, 12)]  // slow bounce, each gap still under the 20 ms debounce
    public void A_bouncing_alarm_contact_counts_one_alarm(double intervalMs, int edges)
    {
        using var lane = new SimulatedLane();

        lane.Board.Bounce(lane.AlarmPin, lane.AlarmLevel, edges, TimeSpan.FromMilliseconds(intervalMs));
        lane.Step();
        lane.Settle();

        var alarm = Assert.Single(lane.EventsOf<MetalDetectorAlarm>());
        Assert.Equal(1, alarm.Counters.Alarms);
        Assert.Equal(1, lane.Devices.MetalDetector.Counters.Alarms);
    }

    [Fact]
    public void Transitions_further_apart_than_the_debounce_are_separate_alarms()
    {
        using var lane = new SimulatedLane();

        // Three alarms 30 ms long with 30 ms between them; the pump only catches up afterwards.
        lane.Board.Bounce(lane.AlarmPin, !lane.AlarmLevel, edges: 6, TimeSpan.FromMilliseconds(30));
        lane.Step();
        lane.Settle();

        Assert.Equal(3, lane.EventsOf<MetalDetectorAlarm>().Count());
        Assert.Equal(3, lane.EventsOf<MetalDetectorAlarmCleared>().Count());
    }

    [Fact]
    public void A_glitch_shorter_than_the_debounce_is_not_counted_but_still_locks_a_freed_turnstile()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();
        Assert.False(lane.LockOutputLocked);

        lane.Board.Pulse(lane.AlarmPin, lane.AlarmLevel, TimeSpan.FromMilliseconds(5));
        lane.Step();
        lane.Settle();

        Assert.Empty(lane.EventsOf<MetalDetectorAlarm>());
        Assert.True(lane.LockOutputLocked);
        Assert.Equal(LockReason.DetectorAlarm, lane.EventsOf<TurnstileLocked>().Last().Reason);
    }

    [Theory]
    [InlineData(ContactType.NormallyOpen)]
    [InlineData(ContactType.NormallyClosed)]
    public void An_alarm_relay_of_either_contact_type_reports_the_alarm_with_its_zones(ContactType contact)
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.AlarmContact = contact);
        Assert.Empty(lane.EventsOf<MetalDetectorAlarm>());

        lane.SetContact(lane.Options.MetalDetector.ZonePins["left-low"]!.Value, closed: true);
        lane.SetContact(lane.AlarmPin, closed: contact == ContactType.NormallyOpen);
        lane.Step();
        lane.Settle();

        var alarm = Assert.Single(lane.EventsOf<MetalDetectorAlarm>());
        Assert.Equal(["left-low"], alarm.Zones);

        lane.SetContact(lane.AlarmPin, closed: contact == ContactType.NormallyClosed);
        lane.Step();
        lane.Settle();
        Assert.Single(lane.EventsOf<MetalDetectorAlarmCleared>());
    }

    [Fact]
    public void A_cut_wire_on_a_normally_closed_alarm_reads_as_an_alarm()
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.AlarmContact = ContactType.NormallyClosed);

        lane.SetContact(lane.AlarmPin, closed: false); // the wire is cut: the contact is open for good
        lane.Step();
        lane.Settle();

        Assert.Single(lane.EventsOf<MetalDetectorAlarm>());
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void An_alarm_stuck_past_the_timeout_is_a_detector_fault_that_keeps_the_lane_locked()
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.StuckAlarmTimeout = TimeSpan.FromSeconds(5));
        lane.Board.Stick(lane.AlarmPin, lane.AlarmLevel);
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Empty(lane.EventsOf<DetectorFault>());

        lane.Advance(TimeSpan.FromSeconds(0.2));

        Assert.Equal(DetectorFaultKind.StuckAlarm, Assert.Single(lane.EventsOf<DetectorFault>()).Kind);
        Assert.Contains(DetectorFaultKind.StuckAlarm, lane.Devices.MetalDetector.Faults);
        lane.FreeOnce();
        Assert.Contains("faulted", Assert.Single(lane.EventsOf<CommandRefused>()).Reason, StringComparison.Ordinal);
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void A_stuck_alarm_fault_clears_when_the_line_recovers_and_the_lane_can_free_again()
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.StuckAlarmTimeout = TimeSpan.FromSeconds(5));
        lane.Board.Stick(lane.AlarmPin, lane.AlarmLevel);
        lane.Step();
        lane.Advance(TimeSpan.FromSeconds(6));

        lane.Board.Unstick(lane.AlarmPin);
        lane.SetAlarm(false);
        lane.Step();
        lane.Settle();
        lane.FreeOnce();

        Assert.Equal(DetectorFaultKind.StuckAlarm, Assert.Single(lane.EventsOf<DetectorFaultCleared>()).Kind);
        Assert.Empty(lane.EventsOf<CommandRefused>());
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void Losing_the_ready_line_locks_at_once_and_is_reported_as_a_fault()
    {
        using var lane = new SimulatedLane();
        lane.FreeOnce();

        lane.SetContact(lane.ReadyPin, closed: false);
        lane.Step();
        Assert.True(lane.LockOutputLocked); // before the debounce: the lane does not wait to be sure
        lane.Settle();

        Assert.Equal(DetectorFaultKind.NotReady, Assert.Single(lane.EventsOf<DetectorFault>()).Kind);
        lane.FreeOnce();
        Assert.Single(lane.EventsOf<CommandRefused>());

        lane.SetContact(lane.ReadyPin, closed: true);
        lane.Step();
        lane.Settle();
        lane.FreeOnce();
        Assert.Single(lane.EventsOf<DetectorFaultCleared>());
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void A_detector_not_ready_at_start_up_is_a_fault_from_the_start()
    {
        using var lane = new SimulatedLane(beforeStart: (board, o) => board.SetInput(o.MetalDetector.ReadyPin!.Value, o.ContactLevel(closed: false)));

        Assert.Equal(DetectorFaultKind.NotReady, Assert.Single(lane.EventsOf<DetectorFault>()).Kind);
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void Counters_keep_passages_alarms_and_the_alarm_ratio()
    {
        // A detector with a transit relay counts its own walks: the one who alarmed and was turned away counts too.
        using var lane = new SimulatedLane();
        for (var person = 0; person < 4; person++)
        {
            if (person == 2)
            {
                AlarmOnce(lane);
            }

            WalkThrough(lane);
            if (person != 2)
            {
                lane.FreeOnce();
                lane.Passage();
            }
        }

        Assert.Equal(new MetalDetectorCounters(Passages: 4, Alarms: 1), lane.Devices.MetalDetector.Counters);
        Assert.Equal(0.25, lane.Devices.MetalDetector.Counters.AlarmRatio);
    }

    [Fact]
    public void Without_a_transit_relay_the_turnstile_passages_are_the_walks_counted()
    {
        using var lane = new SimulatedLane(o => o.MetalDetector.TransitPin = null);
        for (var person = 0; person < 4; person++)
        {
            if (person == 2)
            {
                AlarmOnce(lane);
            }

            lane.FreeOnce();
            lane.Passage();
        }

        Assert.Equal(new MetalDetectorCounters(Passages: 4, Alarms: 1), lane.Devices.MetalDetector.Counters);
    }

    [Fact]
    public void Zone_lines_that_are_quiet_are_not_reported()
    {
        using var lane = new SimulatedLane();

        lane.SetAlarm(true);
        lane.Step();
        lane.Settle();

        Assert.Empty(Assert.Single(lane.EventsOf<MetalDetectorAlarm>()).Zones);
        Assert.Equal(PinValue.High, lane.Gpio.Read(lane.Options.MetalDetector.ZonePins["head"]!.Value));
    }

    private static void AlarmOnce(SimulatedLane lane)
    {
        lane.SetAlarm(true);
        lane.Step();
        lane.Settle();
        lane.SetAlarm(false);
        lane.Step();
        lane.Settle();
    }

    private static void WalkThrough(SimulatedLane lane)
    {
        var pin = lane.Options.MetalDetector.TransitPin!.Value;
        lane.Board.Pulse(pin, lane.Options.ContactLevel(closed: true), lane.Debounce * 3);
        lane.Step();
        lane.Advance(lane.Debounce * 4);
    }

    [Fact]
    public void A_clear_walk_through_is_reported_as_a_transit_without_alarm()
    {
        using var lane = new SimulatedLane();

        WalkThrough(lane);

        var transit = Assert.Single(lane.EventsOf<ArchTransit>());
        Assert.False(transit.Alarmed);
    }

    [Fact]
    public void A_walk_through_that_alarmed_is_reported_with_its_zones()
    {
        using var lane = new SimulatedLane();
        lane.SetContact(lane.Options.MetalDetector.ZonePins["torso"]!.Value, closed: true);
        lane.SetAlarm(true);
        lane.Step();
        lane.Settle();
        lane.SetAlarm(false);
        lane.Step();
        lane.Settle();

        WalkThrough(lane);
        WalkThrough(lane);

        var transits = lane.EventsOf<ArchTransit>().ToList();
        Assert.Equal(2, transits.Count);
        Assert.True(transits[0].Alarmed);
        Assert.Equal(["torso"], transits[0].Zones);
        Assert.False(transits[1].Alarmed); // the next person does not inherit the alarm
    }

    [Fact]
    public void An_alarm_shorter_than_the_debounce_still_marks_the_walk_through_as_alarmed()
    {
        using var lane = new SimulatedLane();
        lane.Board.Pulse(lane.AlarmPin, lane.AlarmLevel, TimeSpan.FromMilliseconds(5));
        lane.Step();
        lane.Settle();

        WalkThrough(lane);

        Assert.Empty(lane.EventsOf<MetalDetectorAlarm>());
        Assert.True(Assert.Single(lane.EventsOf<ArchTransit>()).Alarmed);
    }
}
