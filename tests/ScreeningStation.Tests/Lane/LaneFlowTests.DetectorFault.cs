using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Tests.Lane;

/// <summary>
/// The turnstile's interlock will not free on a faulted detector: the lane must not admit (or claim an
/// admission) while one stands, and must not wait for a passage when the devices refuse a free.
/// </summary>
public sealed partial class LaneFlowTests
{
    private const string StuckAlarm = "StuckAlarm";
    private const string NotReady = "NotReady";

    private static OfficerOutcome Searched(bool admit = true) => Officer(admit, Searches.Wand | Searches.RubDown);

    [Fact]
    public void An_admission_during_a_detector_fault_is_refused_with_the_reason_and_no_Admitted_record()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new DetectorFaultChanged(At(5), Faulted: true, StuckAlarm));
        Walk();

        var attempt = _flow.Handle(new OutcomeRecorded(At(60), Searched()));

        Assert.Equal(["Tell"], Kinds(attempt));
        var tell = Assert.IsType<TellOfficer>(attempt[0]);
        Assert.True(tell.Alarm);
        Assert.StartsWith("Outcome not recorded: metal detector faulted (StuckAlarm): the turnstile cannot be freed", tell.Message, StringComparison.Ordinal);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.Null(_flow.Current!.Outcome);
        var refusal = Assert.Single(_flow.Current.FreeRefusals);
        Assert.Equal(("officer-smith", "lane"), (refusal.Officer, refusal.RefusedBy));
    }

    [Fact]
    public void After_the_detector_recovers_the_screening_is_admitted_and_its_passage_closes_it()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new DetectorFaultChanged(At(5), Faulted: true, StuckAlarm));
        Walk();
        _flow.Handle(new OutcomeRecorded(At(60), Searched()));

        var recovered = _flow.Handle(new DetectorFaultChanged(At(90), Faulted: false, StuckAlarm));
        var admitted = _flow.Handle(new OutcomeRecorded(At(95), Searched()));
        var passed = _flow.Handle(new PassageConfirmed(At(100)));

        Assert.Equal("Metal detector back in service (StuckAlarm cleared).", Assert.IsType<TellOfficer>(recovered[1]).Message);
        Assert.Equal(["Append:Screening", "Free", "Tell"], Kinds(admitted));
        var record = Assert.IsType<AppendRecord>(admitted[0]);
        Assert.Equal("Admitted", record.Body["status"]);
        Assert.Single(Assert.IsAssignableFrom<IEnumerable<Dictionary<string, object?>>>(record.Body["freeRefusals"])); // the refused attempt, in the record
        Assert.Equal(["Append:ScreeningClosed"], Kinds(passed));
        Assert.Equal("Passed", Assert.IsType<AppendRecord>(passed[0]).Body["status"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void Refusing_entry_is_still_recorded_while_the_detector_is_faulted()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new DetectorFaultChanged(At(5), Faulted: true, NotReady));
        Walk();

        var refused = _flow.Handle(new OutcomeRecorded(At(60), Searched(admit: false)));

        Assert.Equal(["Append:Screening", "Lock"], Kinds(refused));
        Assert.Equal("Refused", Assert.IsType<AppendRecord>(refused[0]).Body["status"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void The_lane_stays_faulted_until_every_detector_fault_has_cleared()
    {
        _flow.Handle(new DetectorFaultChanged(At(1), Faulted: true, StuckAlarm));
        _flow.Handle(new DetectorFaultChanged(At(2), Faulted: true, NotReady));
        var oneCleared = _flow.Handle(new DetectorFaultChanged(At(3), Faulted: false, StuckAlarm));
        _flow.Handle(new CardPresented(At(4), "1234", Staff(), false));

        Assert.Contains("still faulted (NotReady)", Assert.IsType<TellOfficer>(oneCleared[1]).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Walk(), c => c is FreeTurnstileOnce);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.Wand | Searches.RubDown));
        var stillFaulted = _flow.Handle(new OutcomeRecorded(At(30), Searched()));
        var message = Assert.IsType<TellOfficer>(Assert.Single(stillFaulted)).Message;
        Assert.Contains("metal detector faulted (NotReady)", message, StringComparison.Ordinal);
        Assert.DoesNotContain(StuckAlarm, message, StringComparison.Ordinal);
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        _flow.Handle(new DetectorFaultChanged(At(40), Faulted: false, NotReady));
        var admitted = Kinds(_flow.Handle(new OutcomeRecorded(At(50), Searched())));

        Assert.Equal(["Append:Screening", "Free", "Tell"], admitted);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void An_admission_the_devices_refuse_goes_back_to_the_officer_and_claims_no_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk(alarm: true);
        Assert.Equal(["Append:Screening", "Free", "Tell"], Kinds(_flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.Wand | Searches.RubDown, resolution: "belt buckle")))));

        // The detector faulted between the lane's decision and the devices' handling of the FreeOnce.
        var refused = _flow.Handle(new FreeRefused(At(61), "the metal detector is faulted (StuckAlarm)"));

        Assert.Equal(["Append:ScreeningClosed", "Lock", "Tell"], Kinds(refused));
        var record = Assert.IsType<AppendRecord>(refused[0]);
        Assert.Equal("NotFreed", record.Body["status"]);
        Assert.Equal("the metal detector is faulted (StuckAlarm)", record.Body["reason"]);
        Assert.Equal(_flow.Current!.Id, record.Body["screening"]);
        var tell = Assert.IsType<TellOfficer>(refused[2]);
        Assert.True(tell.Alarm);
        Assert.Contains("the metal detector is faulted (StuckAlarm)", tell.Message, StringComparison.Ordinal);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.Null(_flow.Current.Outcome);
        Assert.Equal(("officer-smith", "devices"), (_flow.Current.FreeRefusals[0].Officer, _flow.Current.FreeRefusals[0].RefusedBy));

        // Nothing was freed: a passage now is not this screening's, and the officer can act again.
        Assert.Empty(_flow.Handle(new PassageConfirmed(At(62))));
        var again = _flow.Handle(new OutcomeRecorded(At(70), Officer(true, Searches.Wand | Searches.RubDown, resolution: "belt buckle")));
        Assert.Equal(["Append:Screening", "Free", "Tell"], Kinds(again));
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void A_clear_the_devices_refuse_goes_to_the_officer_instead_of_waiting_for_a_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var refused = _flow.Handle(new FreeRefused(At(21), "the metal detector is alarming"));
        var passage = _flow.Handle(new PassageConfirmed(At(22)));

        Assert.Equal(["Append:ScreeningClosed", "Lock", "Tell"], Kinds(refused));
        Assert.Equal("NotFreed", Assert.IsType<AppendRecord>(refused[0]).Body["status"]);
        Assert.Empty(passage);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.Null(Assert.Single(_flow.Current!.FreeRefusals).Officer);
    }

    [Fact]
    public void A_refused_free_after_the_screening_has_moved_on_changes_nothing()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();
        _flow.Handle(new FireReleaseChanged(At(21), Active: true, null));

        Assert.Empty(_flow.Handle(new FreeRefused(At(21), "the fire release holds the turnstile free")));
        Assert.Equal(LaneStage.FireReleased, _flow.Stage);
    }
}
