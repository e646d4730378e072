using Screening.Rules;
using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Tests.Lane;

/// <summary>The lane flow on the default rules, input by input, as the orchestration would drive it.</summary>
public sealed partial class LaneFlowTests
{
    private static readonly RuleSet Rules = RuleSet.LoadDefault();
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private string _state = "Black";
    private bool _shutDown;
    private double _draw = 0.99;
    private readonly LaneFlow _flow;

    public LaneFlowTests() => _flow = new LaneFlow(LaneFlowSettings.Default("lane-1"), () => Rules, () => (_state, _shutDown), () => _draw);

    private static Person Staff(params string[] flags) => new(PersonCategory.Staff, "S-100", 40, flags);

    private static Person Visitor(int age = 34) => new(PersonCategory.Visitor, "V-200", age);

    private static DateTimeOffset At(int seconds) => T0.AddSeconds(seconds);

    private IReadOnlyList<LaneCommand> Walk(bool alarm = false, int at = 20) => _flow.Handle(new ArchWalked(At(at), alarm, alarm ? ["left-low"] : []));

    private static OfficerOutcome Officer(bool admit, Searches done, string? resolution = null, string? authorisedBy = null, params string[] found) =>
        new("officer-smith", admit, done, found, found.Length > 0 ? "Locker" : null, resolution, AuthorisedBy: authorisedBy);

    /// <summary>The commands in order, as kinds: Append:Screening, Free, Lock, Tell, Security.</summary>
    private static List<string> Kinds(IEnumerable<LaneCommand> commands) => [.. commands.Select(c => c switch
    {
        AppendRecord r => "Append:" + r.Kind,
        FreeTurnstileOnce => "Free",
        LockTurnstile => "Lock",
        TellOfficer => "Tell",
        NotifySecurity => "Security",
        _ => c.GetType().Name,
    })];

    [Fact]
    public void A_clear_person_is_recorded_durably_before_the_turnstile_frees_and_closed_on_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), ReportedLost: false));

        var decided = Kinds(Walk());

        Assert.Equal(["Append:Screening", "Free", "Tell"], decided);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
        var closed = _flow.Handle(new PassageConfirmed(At(25)));
        Assert.Equal(["Append:ScreeningClosed"], Kinds(closed));
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void An_alarm_keeps_the_turnstile_locked_until_the_officer_records_the_search_and_its_cause()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));

        var decided = Kinds(Walk(alarm: true));
        Assert.DoesNotContain("Free", decided);
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        // No cause recorded: refused, still locked.
        var noCause = Kinds(_flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.Wand | Searches.RubDown))));
        Assert.DoesNotContain("Free", noCause);
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        var resolved = Kinds(_flow.Handle(new OutcomeRecorded(At(70), Officer(true, Searches.Wand | Searches.RubDown, resolution: "belt buckle"))));
        Assert.Equal(["Append:Screening", "Free", "Tell"], resolved);
        Assert.Equal(LaneStage.AwaitingPassage, _flow.Stage);
    }

    [Fact]
    public void An_outcome_or_an_ending_written_for_an_earlier_screening_is_refused_and_the_lanes_screening_is_untouched()
    {
        // The first person is searched, then walks away; a second is stopped for a search. A form still open on the
        // first (its screening id) must not admit, refuse or end the second.
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk(alarm: true, at: 5);
        var first = _flow.Current!.Id;
        _flow.Handle(new ScreeningAbandoned(At(10), "officer-smith", "walked away", first));
        Assert.Equal(LaneStage.Idle, _flow.Stage);
        _flow.Handle(new CardPresented(At(20), "5678", Visitor(), false));
        Walk(alarm: true, at: 25);
        var second = _flow.Current!.Id;
        Assert.NotEqual(first, second);

        var admit = _flow.Handle(new OutcomeRecorded(At(30), Officer(true, Searches.Wand | Searches.RubDown, resolution: "keys"), first));
        var told = Assert.IsType<TellOfficer>(Assert.Single(admit));
        Assert.Contains($"screening {first}", told.Message, StringComparison.Ordinal);
        Assert.Contains("V-200", told.Message, StringComparison.Ordinal);
        Assert.True(told.Alarm);
        var end = _flow.Handle(new ScreeningAbandoned(At(31), "officer-smith", "left", first));
        Assert.Equal(["Tell"], Kinds(end));
        Assert.Equal((LaneStage.Searching, second), (_flow.Stage, _flow.Current!.Id));

        // Written for the lane's own screening, the same outcome is taken.
        var taken = _flow.Handle(new OutcomeRecorded(At(40), Officer(true, Searches.Wand | Searches.RubDown, resolution: "keys"), second));
        Assert.Equal(["Append:Screening", "Free", "Tell"], Kinds(taken));
    }

    [Fact]
    public void A_List_A_find_refuses_entry_and_tells_security()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));
        _flow.Handle(new FrameAnalysed(At(5), "sha256:" + new string('a', 64), [new FrameDetection("knife", 0.92, [10, 10, 80, 20])], false));

        var decided = _flow.Handle(new ArchWalked(At(20), false, []));

        Assert.Contains(decided, c => c is NotifySecurity);
        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.Equal(Outcome.Refuse, _flow.Current!.Verdict!.Outcome);

        // Admitting against a refusal needs another officer's authority.
        var attempt = _flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.BagHandSearch)));
        Assert.DoesNotContain(attempt, c => c is FreeTurnstileOnce);
        var refused = Kinds(_flow.Handle(new OutcomeRecorded(At(70), Officer(false, Searches.BagHandSearch, found: "knife"))));
        Assert.Equal(["Security", "Append:Screening", "Lock"], refused);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_reported_lost_card_never_frees_the_turnstile()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), ReportedLost: true));

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.Contains("lost-card", _flow.Current!.Verdict!.FiredRules);

        // Not even with every search done and another officer authorising the override.
        var overridden = _flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.RubDown | Searches.BagHandSearch | Searches.Wand, authorisedBy: "manager-jones")));
        Assert.DoesNotContain(overridden, c => c is FreeTurnstileOnce);
        Assert.DoesNotContain(overridden, c => c is AppendRecord);
        Assert.Contains(overridden, c => c is TellOfficer t && t.Message.Contains("reported lost", StringComparison.Ordinal));

        // Refusing is recorded and closes the screening.
        var refused = Kinds(_flow.Handle(new OutcomeRecorded(At(70), Officer(false, Searches.None))));
        Assert.Contains("Append:Screening", refused);
        Assert.Contains("Lock", refused);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_lost_card_is_refused_even_by_a_rule_file_that_forgets_to_refuse_it()
    {
        var lostRule = "  - id: lost-card\n    when:\n      flags: [lost-card]\n    then:\n      outcome: Refuse";
        Assert.Contains(lostRule, RuleSet.DefaultRulesText.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var forgetful = RuleSet.Parse(RuleSet.DefaultRulesText.ReplaceLineEndings("\n").Replace(lostRule, lostRule.Replace("[lost-card]", "[lost-card, medical-exemption]", StringComparison.Ordinal), StringComparison.Ordinal), "forgetful.rules.yaml");
        // The rule now fires only for a lost card that is also medically exempt: a lost card alone passes the rules.
        Assert.Contains(forgetful.SafetyWarnings(), w => w.Contains("lost-card", StringComparison.Ordinal));
        var flow = new LaneFlow(LaneFlowSettings.Default("lane-1"), () => forgetful, () => (_state, _shutDown), () => _draw);
        flow.Handle(new CardPresented(At(0), "1234", Staff(), ReportedLost: true));

        var decided = flow.Handle(new ArchWalked(At(20), false, []));

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.Equal(Outcome.Refuse, flow.Current!.Verdict!.Outcome);
        Assert.Contains(flow.Current.Verdict.Reasons.ToArray(), r => r.Contains("reported lost and never opens", StringComparison.Ordinal));
    }

    [Fact]
    public void The_holder_of_a_lost_card_identified_by_an_officer_can_be_admitted_after_the_searches()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), ReportedLost: true));
        Walk();
        _flow.Handle(new OutcomeRecorded(At(30), Officer(false, Searches.None)));

        _flow.Handle(new OfficerIdentified(At(40), Staff(), "officer-smith"));
        var decided = Walk(at: 50);

        Assert.DoesNotContain("lost-card", _flow.Current!.Verdict!.FiredRules);
        Assert.Contains(decided.Concat(_flow.Handle(new OutcomeRecorded(At(90), Officer(true, _flow.Current.RequiredSearches)))), c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void An_unknown_card_identifies_nobody_and_frees_nothing()
    {
        var commands = _flow.Handle(new CardPresented(At(0), "9999", null, false));

        Assert.Equal(["Append:CardRefused", "Tell"], Kinds(commands));
        Assert.Equal(LaneStage.Idle, _flow.Stage);
        Assert.DoesNotContain(Walk(), c => c is FreeTurnstileOnce);
    }

    [Fact]
    public void The_fire_release_interrupts_the_screening_and_only_an_acknowledgement_relocks()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));

        var fire = Kinds(_flow.Handle(new FireReleaseChanged(At(10), Active: true, null)));
        Assert.Equal(["Append:FireRelease", "Append:ScreeningInterrupted", "Tell"], fire);
        Assert.Equal(LaneStage.FireReleased, _flow.Stage);
        Assert.DoesNotContain(_flow.Handle(new CardPresented(At(12), "555", Staff(), false)), c => c is FreeTurnstileOnce);

        var relock = Kinds(_flow.Handle(new FireReleaseChanged(At(300), Active: false, "officer-jones")));
        Assert.Equal(["Append:FireRelease", "Lock", "Tell"], relock);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void Stopping_the_lane_records_a_person_waiting_for_a_search_as_interrupted_and_keeps_it_locked()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk(alarm: true);
        Assert.Equal(LaneStage.Searching, _flow.Stage);

        var stopped = _flow.Handle(new LaneStopping(At(40)));

        Assert.Equal(["Append:ScreeningInterrupted", "Lock", "Tell"], Kinds(stopped));
        Assert.Contains("S-100", Assert.IsType<TellOfficer>(stopped[2]).Message, StringComparison.Ordinal);
        var record = Assert.IsType<AppendRecord>(stopped[0]);
        Assert.Equal("Interrupted", record.Body["status"]);
        Assert.Equal("the lane was stopped", record.Body["reason"]);
        var person = Assert.IsType<Dictionary<string, object?>>(record.Body["person"]);
        Assert.Equal("S-100", person["reference"]);
        Assert.NotNull(record.Body["verdict"]);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
        Assert.Null(_flow.Current);
    }

    [Fact]
    public void Stopping_an_idle_lane_records_nothing()
    {
        Assert.Empty(_flow.Handle(new LaneStopping(At(5))));
    }

    [Fact]
    public void A_detector_fault_mid_screening_means_wand_and_rub_down_instead_of_a_clear()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new DetectorFaultChanged(At(5), Faulted: true, "StuckAlarm"));

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.Wand | Searches.RubDown));
    }

    [Fact]
    public void Raising_the_state_to_Red_applies_to_the_person_already_in_the_lane()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _state = "Red"; // the security manager raises it while the person is between the reader and the arch

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.Contains("red-search-everyone", _flow.Current!.Verdict!.FiredRules);
        Assert.Equal("Red", _flow.Current.AlertState);
    }

    [Fact]
    public void In_a_shut_down_visitors_are_refused()
    {
        _shutDown = true;
        _flow.Handle(new CardPresented(At(0), "1234", Visitor(), false));

        Walk();

        Assert.Equal(Outcome.Refuse, _flow.Current!.Verdict!.Outcome);
    }

    [Fact]
    public void A_refused_frame_means_the_bag_is_hand_searched()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new FrameRefused(At(5), "truncated PNG"));

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
    }

    [Fact]
    public void An_opaque_area_means_the_bag_is_hand_searched()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new FrameAnalysed(At(5), "sha256:" + new string('b', 64), [], OpaqueArea: true));

        Walk();

        Assert.True(_flow.Current!.RequiredSearches.Has(Searches.BagHandSearch));
    }

    [Fact]
    public void A_frame_whose_colours_do_not_fit_the_palette_means_a_hand_search_even_with_nothing_found()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new FrameAnalysed(At(5), "sha256:" + new string('c', 64), [], OpaqueArea: false, PaletteProblem: "organic matter at hue 21 where the palette draws it at 14"));

        var decided = Walk();

        Assert.DoesNotContain(decided, c => c is FreeTurnstileOnce);
        Assert.Equal(Outcome.Search, _flow.Current!.Verdict!.Outcome);
        Assert.True(_flow.Current.RequiredSearches.Has(Searches.BagHandSearch));
        Assert.Contains(_flow.Current.Verdict.Reasons.ToArray(), r => r.Contains("do not fit the scanner's palette (organic matter at hue 21", StringComparison.Ordinal));
    }

    [Fact]
    public void The_record_keeps_which_image_did_not_fit_the_palette_and_why()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        _flow.Handle(new FrameAnalysed(At(5), "sha256:" + new string('c', 64), [], OpaqueArea: false, PaletteProblem: "the image has almost no colour"));
        var commands = Walk().Concat(_flow.Handle(new OutcomeRecorded(At(40), Officer(admit: true, Searches.BagHandSearch)))).ToList();

        var record = commands.OfType<AppendRecord>().Single(r => r.Kind == "Screening");
        var problems = Assert.IsType<Dictionary<string, object?>[]>(record.Body["paletteProblems"]);
        Assert.Equal("sha256:" + new string('c', 64), Assert.Single(problems)["image"]);
        Assert.Equal("the image has almost no colour", problems[0]["problem"]);
    }

    [Fact]
    public void A_second_passage_on_one_FreeOnce_is_a_forced_passage_reported_to_security()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();
        _flow.Handle(new PassageConfirmed(At(25)));

        var tailgate = Kinds(_flow.Handle(new PassageForced(At(26), "In")));

        Assert.Equal(["Append:ForcedPassage", "Security", "Tell"], tailgate);
    }

    [Fact]
    public void A_second_person_presenting_during_a_screening_is_turned_back()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));

        var second = _flow.Handle(new CardPresented(At(5), "5678", Visitor(), false));

        Assert.Equal(["Append:CardRefused", "Tell"], Kinds(second));
        Assert.Equal("5678", ((AppendRecord)second[0]).Body["card"]);
        Assert.Equal("S-100", _flow.Current!.Person.Reference);
    }

    [Fact]
    public void A_lost_card_presented_during_someone_elses_screening_is_recorded_and_reported_to_security()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));

        var second = _flow.Handle(new CardPresented(At(5), "5678", Visitor(), ReportedLost: true));

        Assert.Equal(["Append:CardRefused", "Security", "Tell"], Kinds(second));
        Assert.Equal(true, ((AppendRecord)second[0]).Body["reportedLost"]);
        Assert.Equal("S-100", _flow.Current!.Person.Reference);
    }

    [Fact]
    public void A_person_who_never_reaches_the_arch_is_closed_as_walked_away()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));

        Assert.Empty(_flow.Handle(new Tick(At(60))));
        var late = Kinds(_flow.Handle(new Tick(At(200))));

        Assert.Equal(["Append:Screening", "Lock", "Tell"], late);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void A_FreeOnce_that_times_out_closes_the_screening_without_a_passage()
    {
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var relocked = Kinds(_flow.Handle(new TurnstileRelocked(At(40), "FreeOnceTimeout")));

        Assert.Equal(["Append:ScreeningClosed", "Tell"], relocked);
        Assert.Equal(LaneStage.Idle, _flow.Stage);
    }

    [Fact]
    public void Admitting_without_a_required_search_needs_another_officer_and_is_logged_as_an_override()
    {
        _draw = 0.01; // selected at random: rub-down and bag search
        _flow.Handle(new CardPresented(At(0), "1234", Staff(), false));
        Walk();

        var alone = _flow.Handle(new OutcomeRecorded(At(60), Officer(true, Searches.None)));
        var self = _flow.Handle(new OutcomeRecorded(At(61), Officer(true, Searches.None, authorisedBy: "officer-smith")));
        var authorised = Kinds(_flow.Handle(new OutcomeRecorded(At(62), Officer(true, Searches.None, authorisedBy: "sso-patel"))));

        Assert.DoesNotContain(alone, c => c is FreeTurnstileOnce);
        Assert.DoesNotContain(self, c => c is FreeTurnstileOnce);
        Assert.Equal(["Append:Screening", "Append:Override", "Free", "Tell"], authorised);
    }

    [Fact]
    public void Bags_scanned_just_before_the_card_belong_to_that_person()
    {
        _flow.Handle(new FrameAnalysed(At(0), "sha256:" + new string('c', 64), [new FrameDetection("mobile-phone", 0.9)], false));
        _flow.Handle(new CardPresented(At(30), "1234", Visitor(), false));

        Walk(at: 40);

        Assert.Contains(_flow.Current!.Verdict!.FlaggedItems, f => f.Item.Id == "mobile-phone");
    }
}
