using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Tests.Lane;

/// <summary>A turnstile whose passage sensor is stuck cannot count passages: the lane must not clear or admit through it.</summary>
public sealed partial class LaneFlowTests
{
    private const string StuckIn = "PassageSensorStuck (In)";
    private const string StuckOut = "PassageSensorStuck (Out)";

    [Fact]
    public void A_turnstile_fault_is_recorded_and_told_to_the_officer_as_an_alarm()
    {
        var faulted = _flow.Handle(new TurnstileFaultChanged(At(5), Faulted: true, StuckIn));
        var cleared = _flow.Handle(new TurnstileFaultChanged(At(50), Faulted: false, StuckIn));

        Assert.Equal(["Append:DeviceFault", "Tell"], Kinds(faulted));
        var record = Assert.IsType<AppendRecord>(faulted[0]);
        Assert.Equal("Turnstile", record.Body["device"]);
        Assert.Equal(true, record.Body["faulted"]);
        Assert.Equal(StuckIn, record.Body["detail"]);
        Assert.True(Assert.IsType<TellOfficer>(faulted[1]).Alarm);
        Assert.Equal(false, Assert.IsType<AppendRecord>(cleared[0]).Body["faulted"]);
        Assert.False(Assert.IsType<TellOfficer>(cleared[1]).Alarm);
    }

    [Fact]
    public void A_person_walking_clear_while_a_passage_sensor_is_stuck_is_not_cleared_and_nothing_frees()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new TurnstileFaultChanged(At(5), Faulted: true, StuckIn));

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.DoesNotContain(decided, c => c is AppendRecord { Kind: "Screening" }); // no "Cleared" record
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        var verdict = _flow.Current!.Verdict!;
        Assert.Equal(Outcome.Search, verdict.Outcome);
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.Contains(verdict.Reasons, r => r.StartsWith($"Turnstile fault {StuckIn}:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_admission_waits_until_the_turnstile_recovers()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new TurnstileFaultChanged(At(5), Faulted: true, StuckIn));
        Walk();

        var whileFaulted = _flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.None)));

        Assert.Equal(["Tell"], Kinds(whileFaulted));
        Assert.StartsWith($"Outcome not recorded: Turnstile fault {StuckIn}:", Assert.IsType<TellOfficer>(whileFaulted[0]).Message, StringComparison.Ordinal);
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        _flow.Handle(new TurnstileFaultChanged(At(90), Faulted: false, StuckIn));
        var recovered = Kinds(_flow.Handle(new OutcomeRecorded(At(95), Officer(true, Searches.None))));

        Assert.Equal(["Append:Screening", "Free", "Tell"], recovered);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void Refusing_entry_is_still_recorded_while_the_turnstile_is_faulted()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new TurnstileFaultChanged(At(5), Faulted: true, StuckIn));
        Walk();

        var refused = Kinds(_flow.Handle(new OutcomeRecorded(At(60), Officer(false, Searches.None))));

        Assert.Equal(["Append:Screening", "Lock"], refused);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void The_lane_clears_again_only_when_every_stuck_sensor_has_recovered()
    {
        _flow.Handle(new TurnstileFaultChanged(At(1), Faulted: true, StuckIn));
        _flow.Handle(new TurnstileFaultChanged(At(2), Faulted: true, StuckOut));
        var oneCleared = _flow.Handle(new TurnstileFaultChanged(At(3), Faulted: false, StuckIn));
        _flow.Handle(new CardPresented(At(4), "1234", Staff(), false));

        Assert.StartsWith($"Turnstile {StuckIn} cleared, but it is still faulted ({StuckOut})", Assert.IsType<TellOfficer>(oneCleared[1]).Message, StringComparison.Ordinal);

        Assert.DoesNotContain(Walk(), c => c is FreeTurnstileOnce);
        Assert.Contains(_flow.Current!.Verdict!.Reasons, r => r.Contains(StuckOut, StringComparison.Ordinal) && !r.Contains(StuckIn, StringComparison.Ordinal));

        _flow.Handle(new ScreeningAbandoned(At(30), "officer-smith", "waiting for the turnstile"));
        _flow.Handle(new TurnstileFaultChanged(At(40), Faulted: false, StuckOut));
        _flow.Handle(new CardPresented(At(50), "1234", Staff(), false));

        Assert.Equal(["Append:Screening", "Free", "Tell"], Kinds(Walk(at: 60)));
    }

    [Fact]
    public void A_relock_on_a_stuck_sensor_while_awaiting_the_passage_closes_without_claiming_a_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var relocked = _flow.Handle(new TurnstileRelocked(At(30), "PassageSensorFault"));

        Assert.Equal(["Append:ScreeningClosed", "Tell"], Kinds(relocked));
        Assert.Equal("NoPassage", Assert.IsType<AppendRecord>(relocked[0]).Body["status"]);
        var tell = Assert.IsType<TellOfficer>(relocked[1]);
        Assert.True(tell.Alarm);
        Assert.Contains("not known", tell.Message, StringComparison.Ordinal);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }
}
