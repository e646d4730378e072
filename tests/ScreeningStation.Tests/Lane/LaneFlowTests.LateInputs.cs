using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Tests.Lane;

/// <summary>
/// What reaches the lane after the verdict: an x-ray result analysed late, a refused frame, a second arch
/// alarm, a passage the wrong way, an officer ending a cleared screening. None of them may be dropped, and
/// none may leave a free standing for a person the lane would no longer clear.
/// </summary>
public sealed partial class LaneFlowTests
{
    private static FrameAnalysed Knife(int at) =>
        new(At(at), "sha256:" + new string('b', 64), [new FrameDetection("knife", 0.92, [10, 10, 80, 20])], false);

    private static FrameAnalysed CleanBag(int at) => new(At(at), "sha256:" + new string('c', 64), [], false);

    private static AppendRecord Single(IEnumerable<LaneCommand> commands, string kind) =>
        Assert.Single(commands.OfType<AppendRecord>(), r => r.Kind == kind);

    [Fact]
    public void A_threat_analysed_after_a_clear_stops_the_free_before_the_passage_and_sends_the_person_to_a_search()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk();
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);

        var late = _flow.Handle(Knife(22));

        // Locked before anything else, and the log says nobody passed on the free.
        Assert.IsType<LockTurnstile>(late[0]);
        Assert.Equal("NotFreed", Single(late, "ScreeningClosed").Body["status"]);
        Assert.DoesNotContain(late, c => c is FreeTurnstileOnce);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.Equal(Outcome.Refuse, _flow.Current!.Verdict!.Outcome);
        Assert.Contains(_flow.Current.Frames, f => f.Detections.Any(d => d.Item == "knife"));
        Assert.Contains(late, c => c is TellOfficer { Alarm: true } t && t.Message.Contains("knife 0.92", StringComparison.Ordinal));

        // The person is not admitted on the old clear: admitting against the new refusal needs another officer.
        Assert.DoesNotContain(_flow.Handle(new OutcomeRecorded(At(40), Officer(true, Searches.None))), c => c is FreeTurnstileOnce);
        var refused = _flow.Handle(new OutcomeRecorded(At(50), Officer(false, Searches.BagHandSearch, found: "knife")));
        Assert.Equal("Refused", Single(refused, "Screening").Body["status"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_clean_bag_analysed_after_a_clear_leaves_the_free_alone_and_goes_with_the_next_person()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        Assert.Empty(_flow.Handle(CleanBag(22)));
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
        _flow.Handle(new PassageConfirmed(At(24)));

        _flow.Handle(new CardPresented(At(30), "5678", Visitor(), false));
        Assert.Contains(_flow.Current!.Frames, f => f.ImageHash == CleanBag(22).ImageHash);
    }

    [Fact]
    public void A_threat_analysed_during_a_search_takes_the_verdict_again_and_keeps_what_was_asked_before()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk(alarm: true);
        var before = _flow.Current!.RequiredSearches;
        Assert.Equal(Outcome.Search, _flow.Current.Verdict!.Outcome);

        var late = _flow.Handle(Knife(30));

        Assert.Equal(Outcome.Refuse, _flow.Current!.Verdict!.Outcome);
        Assert.Equal(before, _flow.Current.RequiredSearches & before);
        Assert.Contains(late, c => c is NotifySecurity);
        Assert.DoesNotContain(late, c => c is FreeTurnstileOnce);

        // The searches the alarm asked for, done and resolved, no longer admit the person on their own.
        var attempt = _flow.Handle(new OutcomeRecorded(At(60), Officer(true, before, resolution: "belt buckle")));
        Assert.DoesNotContain(attempt, c => c is FreeTurnstileOnce);
        Assert.Contains(attempt, c => c is TellOfficer t && t.Message.Contains("verdict refused entry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threat_analysed_during_a_search_also_goes_with_the_next_persons_screening()
    {
        // The next person's bag goes on the belt while this one is searched: whoever owns it must not pass clear.
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk(alarm: true);
        var late = _flow.Handle(Knife(30));
        Assert.Contains(late, c => c is TellOfficer { Alarm: true } t && t.Message.Contains("next person", StringComparison.Ordinal));
        _flow.Handle(new OutcomeRecorded(At(50), Officer(false, _flow.Current!.RequiredSearches, resolution: "belt buckle", found: "knife")));
        Assert.Equal(LaneStage.Idle, _flow.Stage);

        _flow.Handle(new CardPresented(At(60), "5678", Staff(), false));
        var decided = Walk(at: 70);

        Assert.Contains(_flow.Current!.Frames, f => f.Detections.Any(d => d.Item == "knife"));
        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.NotEqual(Outcome.Clear, _flow.Current.Verdict!.Outcome);
    }

    [Fact]
    public void A_clean_bag_analysed_during_a_search_stays_with_the_person_searched()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk(alarm: true);
        _flow.Handle(CleanBag(30));
        Assert.Contains(_flow.Current!.Frames, f => f.ImageHash == CleanBag(30).ImageHash);
        _flow.Handle(new OutcomeRecorded(At(50), Officer(true, _flow.Current.RequiredSearches, resolution: "belt buckle")));
        _flow.Handle(new PassageConfirmed(At(55)));

        _flow.Handle(new CardPresented(At(60), "5678", Staff(), false));

        Assert.Empty(_flow.Current!.Frames);
        Assert.Contains(Walk(at: 70), c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void A_frame_refused_during_a_search_means_the_next_persons_bag_is_hand_searched_too()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk(alarm: true);
        var refused = _flow.Handle(new FrameRefused(At(30), "truncated PNG"));
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains(refused, c => c is TellOfficer { Alarm: true } t && t.Message.Contains("next person", StringComparison.Ordinal));
        _flow.Handle(new OutcomeRecorded(At(50), Officer(true, _flow.Current.RequiredSearches, resolution: "belt buckle")));
        _flow.Handle(new PassageConfirmed(At(55)));
        Assert.Equal(LaneStage.Idle, _flow.Stage);

        _flow.Handle(new CardPresented(At(60), "5678", Staff(), false));
        var decided = Walk(at: 70);

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains("truncated PNG", _flow.Current.RefusedFrames);
    }

    [Fact]
    public void A_frame_refused_before_anyone_is_identified_means_the_next_persons_bag_is_hand_searched()
    {
        var refused = _flow.Handle(new FrameRefused(At(0), "truncated PNG"));
        Assert.Equal("RefusedFrame", Assert.Single(refused.OfType<AppendRecord>()).Kind);

        _flow.Handle(new CardPresented(At(10), "1234", Staff(), false));
        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains("truncated PNG", _flow.Current.RefusedFrames);
    }

    [Fact]
    public void A_frame_refused_long_before_the_next_person_is_not_held_against_them()
    {
        _flow.Handle(new FrameRefused(At(0), "truncated PNG"));
        _flow.Handle(new Tick(At(200)));

        _flow.Handle(new CardPresented(At(210), "1234", Staff(), false));

        Assert.Contains(Walk(at: 230), c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void A_frame_refused_while_the_turnstile_is_free_stops_the_free_and_asks_for_a_bag_search()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var refused = _flow.Handle(new FrameRefused(At(22), "not an image"));

        Assert.IsType<LockTurnstile>(refused[0]);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains(refused.OfType<AppendRecord>(), r => r.Kind == "RefusedFrame");
    }

    [Fact]
    public void A_flagged_bag_nobody_claims_is_called_out_when_it_expires()
    {
        var arrived = _flow.Handle(Knife(0));
        Assert.Contains(arrived, c => c is TellOfficer { Alarm: true });

        Assert.DoesNotContain(_flow.Handle(new Tick(At(60))), c => c is TellOfficer);
        var expired = _flow.Handle(new Tick(At(200)));

        Assert.Contains(expired, c => c is TellOfficer { Alarm: true } t && t.Message.Contains("claimed by nobody", StringComparison.Ordinal));
        Assert.Empty(_flow.Handle(new Tick(At(400))));
    }

    [Fact]
    public void An_arch_alarm_after_a_clear_stops_the_free_and_its_cause_must_be_recorded()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var alarm = _flow.Handle(new ArchWalked(At(22), true, ["torso"]));

        Assert.IsType<LockTurnstile>(alarm[0]);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.True(_flow.Current!.Arch!.Alarm);
        Assert.NotEqual(Searches.None, _flow.Current.RequiredSearches);
        var noCause = _flow.Handle(new OutcomeRecorded(At(40), Officer(true, _flow.Current.RequiredSearches)));
        Assert.Contains(noCause, c => c is TellOfficer t && t.Message.Contains("alarm's cause", StringComparison.Ordinal));
        Assert.Contains(_flow.Handle(new OutcomeRecorded(At(50), Officer(true, _flow.Current.RequiredSearches, resolution: "keys"))), c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void A_second_arch_alarm_during_a_search_adds_its_zones_and_searches()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(Knife(5) with { Detections = [new FrameDetection("mobile-phone", 0.9)] });
        Walk();
        Assert.False(_flow.Current!.Arch!.Alarm);

        _flow.Handle(new ArchWalked(At(30), true, ["head"]));

        Assert.True(_flow.Current!.Arch!.Alarm);
        Assert.Contains("head", _flow.Current.Arch.Zones);
        Assert.True(_flow.Current.RequiredSearches.Has(Searches.BagHandSearch), "the bag search asked for before is kept");
        Assert.True(_flow.Current.RequiredSearches.Has(Searches.Wand) || _flow.Current.RequiredSearches.Has(Searches.RubDown));
    }

    [Fact]
    public void A_passage_out_on_the_free_closes_the_screening_and_frees_the_lane_for_the_next_person()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var back = _flow.Handle(new PassageReversed(At(24)));

        Assert.Equal("NoPassage", Single(back, "ScreeningClosed").Body["status"]);
        Assert.Contains(back, c => c is TellOfficer { Alarm: true });
        Assert.Equal(LaneStage.Idle, _flow.Stage);
        _flow.Handle(new CardPresented(At(30), "5678", Visitor(), false));
        Assert.Equal(LaneStage.Identified, _flow.Stage);
    }

    [Fact]
    public void An_officer_can_end_a_cleared_screening_and_the_turnstile_locks_before_it_is_recorded()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var ended = _flow.Handle(new ScreeningAbandoned(At(40), "officer-smith", "turned back at the turnstile"));

        Assert.Equal(["Lock", "Append:Screening"], Kinds(ended));
        Assert.Equal("Abandoned", Single(ended, "Screening").Body["status"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_passage_that_beat_the_recall_is_recorded_as_passed_and_reported_to_security()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk();
        _flow.Handle(Knife(22));

        var passed = _flow.Handle(new PassageConfirmed(At(22)));

        Assert.Equal("Passed", Single(passed, "ScreeningClosed").Body["status"]);
        Assert.Contains(passed, c => c is NotifySecurity);
        Assert.Contains(passed, c => c is TellOfficer { Alarm: true });
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_passage_while_searching_without_a_recall_is_not_taken_for_the_persons_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk(alarm: true);

        Assert.Empty(_flow.Handle(new PassageConfirmed(At(30))));
        Assert.Equal(LaneStage.Searching, _flow.Stage);
    }

    private IReadOnlyList<LaneCommand> SetAlert(string state, bool shutDown, int at)
    {
        (_state, _shutDown) = (state, shutDown);
        return _flow.Handle(new AlertStateSet(At(at), state, shutDown, "sm-jones", "test", At(at)));
    }

    [Fact]
    public void A_shut_down_declared_while_a_cleared_visitor_waits_at_the_turnstile_recalls_the_free_and_refuses()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        Walk();
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);

        var changed = SetAlert("Black", shutDown: true, at: 22);

        Assert.Contains(changed, c => c is LockTurnstile);
        Assert.Equal("NotFreed", Single(changed, "ScreeningClosed").Body["status"]);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.Equal(Outcome.Refuse, _flow.Current!.Verdict!.Outcome);
        Assert.True(_flow.Current.ShutDown);
    }

    [Fact]
    public void Raising_the_state_during_a_search_adds_what_the_new_state_asks_for()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk(alarm: true);
        Assert.False(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));

        SetAlert("Red", shutDown: false, at: 30);

        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains("red-search-everyone", _flow.Current.Verdict!.FiredRules);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
    }

    [Fact]
    public void Lowering_the_state_changes_nothing_already_asked_for_and_leaves_a_free_alone()
    {
        _state = "Red";
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();
        var asked = _flow.Current!.RequiredSearches;
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        var lowered = SetAlert("Black", shutDown: false, at: 30);

        Assert.Equal(asked, _flow.Current!.RequiredSearches);
        Assert.DoesNotContain(lowered, c => c is LockTurnstile or AppendRecord { Kind: "ScreeningClosed" });

        _flow.Handle(new OutcomeRecorded(At(40), Officer(true, asked)));
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
        Assert.DoesNotContain(SetAlert("BlackSpecial", shutDown: false, at: 41), c => c is LockTurnstile);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void A_passage_sensed_just_after_a_cleared_screening_was_ended_is_recorded_as_that_persons()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();
        var id = _flow.Current!.Id;
        _flow.Handle(new ScreeningAbandoned(At(40), "officer-smith", "turned back"));

        var passed = _flow.Handle(new PassageConfirmed(At(40)));

        var record = Single(passed, "ScreeningClosed");
        Assert.Equal(("Passed", id), (record.Body["status"], record.Body["screening"]));
        Assert.Contains(passed, c => c is NotifySecurity);

        // Only once, and not long after.
        Assert.Empty(_flow.Handle(new PassageConfirmed(At(41))));
    }

    [Fact]
    public void The_detectors_own_lock_on_an_alarm_after_a_clear_sends_the_person_back_with_the_alarm_to_resolve()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var locked = _flow.Handle(new TurnstileRelocked(At(21), "DetectorAlarm"));

        Assert.Equal("NotFreed", Single(locked, "ScreeningClosed").Body["status"]);
        Assert.Equal(LaneStage.Searching, _flow.Stage);
        Assert.True(_flow.Current!.Arch!.Alarm);
        Assert.NotEqual(Searches.None, _flow.Current.RequiredSearches);

        // The debounced alarm follows with its zones.
        _flow.Handle(new ArchWalked(At(21), true, ["left-low"]));
        Assert.Contains("left-low", _flow.Current!.Arch!.Zones);
        var noCause = _flow.Handle(new OutcomeRecorded(At(40), Officer(true, _flow.Current.RequiredSearches)));
        Assert.DoesNotContain(noCause, c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void A_late_detection_the_rules_decide_nothing_on_leaves_the_free_alone()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var faint = _flow.Handle(Knife(22) with { Detections = [new FrameDetection("knife", 0.1)] });

        Assert.DoesNotContain(faint, c => c is LockTurnstile or AppendRecord);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void A_passage_on_a_free_the_search_log_took_back_is_recorded_as_passed()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();
        _flow.Handle(new FreeRefused(At(22), "the search log could not record an event while the turnstile was free", "search log"));
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        var passed = _flow.Handle(new PassageConfirmed(At(22)));

        Assert.Equal("Passed", Single(passed, "ScreeningClosed").Body["status"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void People_leaving_through_a_released_lane_do_not_flood_the_officer()
    {
        _flow.Handle(new FireReleaseChanged(At(0), Active: true, null));

        Assert.Empty(_flow.Handle(new PassageReversed(At(5))));
        Assert.Empty(_flow.Handle(new PassageConfirmed(At(6))));
    }
}
