namespace Screening.Devices.Tests.FireRelease;

public sealed class FireReleaseTests
{
    [Fact]
    public void An_open_fire_loop_frees_the_turnstile_and_the_lane_reports_it()
    {
        using var lane = new SimulatedLane();

        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        Assert.Single(lane.EventsOf<FireReleaseOpened>());
        Assert.False(lane.LockOutputLocked);
        Assert.Equal(TurnstileState.FireReleased, lane.Devices.Turnstile.State);
        Assert.Equal(FireReleaseState.Released, lane.Devices.FireRelease.State);
    }

    [Fact]
    public void A_glitch_on_the_fire_loop_does_not_free_the_lane()
    {
        using var lane = new SimulatedLane();

        lane.Board.Pulse(lane.FireLoopPin, lane.Options.ContactLevel(closed: false), TimeSpan.FromMilliseconds(3));
        lane.Step();
        lane.Settle();

        Assert.Empty(lane.EventsOf<FireReleaseOpened>());
        Assert.True(lane.LockOutputLocked);
    }

    [Fact]
    public void During_a_fire_release_people_pass_freely_and_alarms_do_not_relock()
    {
        using var lane = new SimulatedLane();
        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        lane.Passage();
        lane.Passage(PassageDirection.Out);
        lane.SetAlarm(true);
        lane.Step();
        lane.Settle();

        Assert.Equal(2, lane.EventsOf<PassageSensed>().Count());
        Assert.Empty(lane.EventsOf<ForcedPassage>());
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void A_restored_loop_relocks_only_when_an_officer_acknowledges()
    {
        using var lane = new SimulatedLane();
        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        lane.Devices.AcknowledgeFireRelease("SO 1203");
        lane.Step();
        Assert.Equal("the fire loop is still open", Assert.Single(lane.EventsOf<CommandRefused>()).Reason);

        lane.SetContact(lane.FireLoopPin, closed: true);
        lane.Step();
        lane.Settle();
        Assert.Single(lane.EventsOf<FireLoopRestored>());
        lane.Advance(TimeSpan.FromMinutes(10));
        Assert.False(lane.LockOutputLocked);

        lane.Devices.AcknowledgeFireRelease("SO 1203");
        lane.Step();

        Assert.Equal("SO 1203", Assert.Single(lane.EventsOf<FireReleaseAcknowledged>()).Officer);
        Assert.True(lane.LockOutputLocked);
        Assert.Equal(LockReason.FireReleaseAcknowledged, lane.EventsOf<TurnstileLocked>().Last().Reason);
        Assert.Equal(FireReleaseState.Normal, lane.Devices.FireRelease.State);
    }

    [Fact]
    public void A_fire_release_overrides_a_FreeOnce_and_its_timeout()
    {
        using var lane = new SimulatedLane(o => o.Turnstile.FreeOnceTimeout = TimeSpan.FromSeconds(5));
        lane.FreeOnce();

        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();
        lane.Advance(TimeSpan.FromSeconds(10));

        Assert.False(lane.LockOutputLocked);
        Assert.DoesNotContain(lane.EventsOf<TurnstileLocked>(), e => e.Reason == LockReason.FreeOnceTimeout);
    }

    [Fact]
    public void A_lane_started_with_the_fire_loop_open_starts_released()
    {
        using var lane = new SimulatedLane(beforeStart: (board, o) => board.SetInput(o.FireRelease.LoopPin!.Value, o.ContactLevel(closed: false)));

        Assert.Single(lane.EventsOf<FireReleaseOpened>());
        Assert.False(lane.LockOutputLocked);
    }

    [Fact]
    public void Shutdown_during_a_fire_release_leaves_the_turnstile_locked_for_the_hard_wired_release_to_hold()
    {
        var lane = new SimulatedLane();
        lane.SetContact(lane.FireLoopPin, closed: false);
        lane.Step();
        lane.Settle();

        lane.Devices.Dispose();

        Assert.True(lane.LockOutputLocked);
        lane.Dispose();
    }
}
