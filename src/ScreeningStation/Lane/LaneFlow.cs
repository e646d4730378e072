using Screening.Rules;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;

namespace Screening.Station.Lane;

/// <summary>Where the lane is in one person's screening.</summary>
public enum LaneStage
{
    /// <summary>Nobody in the lane; the turnstile is locked.</summary>
    Idle,

    /// <summary>Someone is identified; bags are being scanned; they have not reached the arch yet.</summary>
    Identified,

    /// <summary>The verdict needs searches (or refuses); the turnstile stays locked until the officer records the outcome.</summary>
    Searching,

    /// <summary>The turnstile is free for one passage; waiting for it.</summary>
    AwaitingPassage,

    /// <summary>The fire release holds every turnstile free; no screening runs.</summary>
    FireReleased,
}

/// <summary>Settings of the flow that are policy, not wiring.</summary>
public sealed record LaneFlowSettings(string LaneId, string Establishment, TimeSpan WalkAwayTimeout, TimeSpan EarlyFrameWindow)
{
    public static LaneFlowSettings Default(string laneId) =>
        new(laneId, "", TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(2));
}

/// <summary>
/// The lane flow, as one explicit state machine: identify → bags → arch → verdict → searches →
/// officer's outcome → passage → closed. It does no I/O: each input returns the commands for the
/// host to carry out in order (an <see cref="AppendRecord"/> is durable before the next command runs,
/// so a record always exists before the turnstile frees). Every path that is not a clean Clear, or
/// an admitted outcome, leaves the turnstile locked.
/// </summary>
/// <remarks>Not thread-safe: the lane's orchestration loop is its only caller.</remarks>
public sealed class LaneFlow(
    LaneFlowSettings settings,
    Func<RuleSet> rules,
    Func<(string AlertState, bool ShutDown)> alert,
    Func<double> randomDraw)
{
    // Frames held for the next person (within the early-frame window): those analysed while nobody was
    // identified, and, since the bag may be the next person's, any analysed while the turnstile is free
    // and flagged ones analysed during a search.
    private readonly List<(DateTimeOffset At, FrameAnalysed Frame)> _earlyFrames = [];

    // Frames refused while nobody was identified, during a search or while the turnstile is free: the
    // next person's bag must be hand searched.
    private readonly List<(DateTimeOffset At, string Reason)> _earlyRefusals = [];

    // The turnstile's standing faults by detail ("PassageSensorStuck (In)"): in and out can fault apart.
    private readonly SortedSet<string> _turnstileFaults = new(StringComparer.Ordinal);

    // The detector's standing faults by kind ("NotReady", "StuckAlarm"): each clears on its own, and the
    // lane is faulted until the last one has.
    private readonly SortedSet<string> _detectorFaults = new(StringComparer.Ordinal);
    private ScreeningInProgress? _current;
    private long _count;

    // A screening the officer ended while its free stood: a passage sensed just after is still that person's.
    private (ScreeningInProgress Screening, DateTimeOffset At)? _abandonedWhileFree;

    /// <summary>How long after ending a freed screening a passage is taken as that person's (the lock takes effect in milliseconds).</summary>
    private static readonly TimeSpan AbandonedPassageWindow = TimeSpan.FromSeconds(5);

    public LaneStage Stage { get; private set; } = LaneStage.Idle;

    /// <summary>The screening in the lane, if any (for the console).</summary>
    public ScreeningInProgress? Current => _current;

    public IReadOnlyList<LaneCommand> Handle(LaneInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var commands = new List<LaneCommand>();
        switch (input)
        {
            case FireReleaseChanged fire:
                OnFireRelease(fire, commands);
                break;
            case PassageForced forced:
                commands.Add(Record("ForcedPassage", forced.At, ("direction", forced.Direction), ("stage", Stage.ToString())));
                commands.Add(new NotifySecurity($"Forced passage ({forced.Direction}) at lane {settings.LaneId}"));
                commands.Add(new TellOfficer($"FORCED PASSAGE ({forced.Direction}): the turnstile was locked", Alarm: true));
                break;
            case DetectorFaultChanged fault:
                Track(_detectorFaults, fault.Faulted, fault.Detail);
                commands.Add(Record("DeviceFault", fault.At, ("device", "MetalDetector"), ("faulted", fault.Faulted), ("detail", fault.Detail)));
                commands.Add(new TellOfficer(
                    fault.Faulted ? $"Metal detector fault: {fault.Detail}. The turnstile is locked and cannot be freed until the detector recovers: search everyone with wand and rub-down meanwhile, and admit them once it is back in service."
                    : _detectorFaults.Count > 0 ? $"Metal detector {fault.Detail} cleared, but it is still faulted ({string.Join(", ", _detectorFaults)}): the turnstile stays locked."
                    : $"Metal detector back in service ({fault.Detail} cleared).",
                    fault.Faulted));
                break;
            case TurnstileFaultChanged fault:
                Track(_turnstileFaults, fault.Faulted, fault.Detail);
                commands.Add(Record("DeviceFault", fault.At, ("device", "Turnstile"), ("faulted", fault.Faulted), ("detail", fault.Detail)));
                commands.Add(new TellOfficer(fault.Faulted
                    ? $"Turnstile fault: {fault.Detail}. The turnstile is locked and cannot count passages: nobody is admitted through it until it recovers. Check the arm for a jammed bag."
                    : _turnstileFaults.Count > 0 ? $"Turnstile {fault.Detail} cleared, but it is still faulted ({string.Join(", ", _turnstileFaults)}): nobody is admitted through it yet."
                    : $"Turnstile back in service ({fault.Detail} cleared).", fault.Faulted));
                break;
            case AlertStateSet set:
                // The flow reads the board itself at each decision; this records the change, in order with the screenings.
                commands.Add(Record("AlertStateChanged", set.At, ("state", set.State), ("shutDown", set.ShutDown), ("setBy", set.SetBy),
                    ("reason", set.Reason), ("setAt", set.SetAt)));
                commands.Add(new TellOfficer($"State of alert {set.State}{(set.ShutDown ? " with shut-down" : "")}, set by {set.SetBy}: {set.Reason}", Alarm: true));
                ApplyToDecided(set, commands);
                break;
            case Tick tick:
                OnTick(tick, commands);
                break;
            case FreeRefused refused:
                OnFreeRefused(refused, commands);
                break;
            case LaneStopping stopping when _current is not null:
                var open = _current;
                Close(stopping.At, "Interrupted", commands, ("reason", "the lane was stopped"));
                commands.Add(new LockTurnstile("Lane stopped"));
                commands.Add(new TellOfficer($"The lane is stopping with {open.Person.Category} {open.Person.Reference} still in it (screening {open.Id}): recorded as interrupted; screen them again once the lane is back", Alarm: true));
                break;
            case LaneStopping:
                break;
            case OutcomeRecorded { Screening: { } meant } when meant != _current?.Id:
                commands.Add(new TellOfficer(NotTheLanes("Outcome not recorded", meant), Alarm: true));
                break;
            case ScreeningAbandoned { Screening: { } meant } when meant != _current?.Id:
                commands.Add(new TellOfficer(NotTheLanes("Screening not ended", meant), Alarm: true));
                break;
            default:
                OnStageInput(input, commands);
                break;
        }

        return commands;
    }

    private void OnStageInput(LaneInput input, List<LaneCommand> commands)
    {
        switch (Stage, input)
        {
            case (LaneStage.FireReleased, PassageConfirmed or PassageReversed or TurnstileRelocked):
                // People leave through the released lane: each passage is news to nobody.
                break;
            case (LaneStage.FireReleased, _):
                commands.Add(new TellOfficer("Fire release active: screening is suspended", Alarm: true));
                break;

            case (LaneStage.Idle, CardPresented card):
                Identify(card.At, card.Person, card.CardNumber, null, card.ReportedLost, commands);
                break;
            case (LaneStage.Idle, OfficerIdentified officer):
                Identify(officer.At, officer.Person, null, officer.Officer, reportedLost: false, commands);
                break;
            case (LaneStage.Idle, CardUnreadable unreadable):
                commands.Add(Record("CardRefused", unreadable.At, ("reason", unreadable.Reason)));
                commands.Add(new TellOfficer($"Card could not be read ({unreadable.Reason}): present it again or identify the person by hand", Alarm: false));
                break;
            case (LaneStage.Idle, FrameAnalysed frame):
                // Bags often go on the belt before their owner reaches the reader.
                _earlyFrames.Add((frame.At, frame));
                if (Flagged(frame))
                {
                    commands.Add(new TellOfficer($"X-ray: {Describe(frame)} in a bag before anyone was identified: it goes with the next person's screening", Alarm: true));
                }

                break;
            case (LaneStage.Idle, ArchWalked walked):
                commands.Add(new TellOfficer($"Someone walked the arch without being identified{(walked.Alarm ? " (ALARM)" : "")}: the turnstile stays locked", Alarm: true));
                break;

            case (LaneStage.Identified or LaneStage.Searching or LaneStage.AwaitingPassage, CardPresented second):
                // Not this screening's: recorded all the same, and a card reported lost is news for security.
                commands.Add(Record("CardRefused", second.At, ("card", second.CardNumber), ("reference", second.Person?.Reference), ("reportedLost", second.ReportedLost),
                    ("reason", $"presented while screening {_current!.Id} was in progress")));
                if (second.ReportedLost)
                {
                    commands.Add(new NotifySecurity($"Card {second.CardNumber} reported lost ({second.Person?.Category} {second.Person?.Reference}) was presented at lane {settings.LaneId}"));
                }

                commands.Add(new TellOfficer($"Another card ({second.CardNumber}{(second.ReportedLost ? ", REPORTED LOST" : second.Person is null ? ", not known" : "")}) was presented while a screening is in progress: one person at a time", Alarm: true));
                break;
            case (LaneStage.Identified or LaneStage.Searching or LaneStage.AwaitingPassage, OfficerIdentified):
                commands.Add(new TellOfficer("Another person presented while a screening is in progress: one person at a time", Alarm: true));
                break;
            case (LaneStage.Identified or LaneStage.Searching or LaneStage.AwaitingPassage, CardUnreadable unreadable):
                commands.Add(Record("CardRefused", unreadable.At, ("reason", $"{unreadable.Reason}, while screening {_current!.Id} was in progress")));
                break;

            case (LaneStage.Identified, FrameAnalysed frame):
                _current!.Frames.Add(frame);
                break;
            case (LaneStage.Searching, FrameAnalysed frame):
                // A result that arrives after the decision still counts: the verdict is taken again with it.
                // The bag may as well be the next person's, loaded while this one is searched, so a flagged
                // one is also kept for the next person: whoever owns it is searched.
                _current!.Frames.Add(frame);
                if (Flagged(frame))
                {
                    _earlyFrames.Add((frame.At, frame));
                    Reconsider(frame.At, $"a late x-ray result ({Describe(frame)})", commands);
                    commands.Add(new TellOfficer($"X-ray: if the bag with {Describe(frame)} is not {_current.Person.Category} {_current.Person.Reference}'s, it goes with the next person's screening", Alarm: true));
                }

                break;
            case (LaneStage.AwaitingPassage, FrameAnalysed frame):
                // The turnstile is free, and the bag may be this person's (analysed late) or the next one's.
                // A clean one is kept for the next person; a flagged one stops this passage and is also kept
                // for the next person, so whoever owns it is searched.
                _earlyFrames.Add((frame.At, frame));
                if (Flagged(frame) && AsksMore(frame))
                {
                    Recall(frame.At, $"a late x-ray result ({Describe(frame)})", commands);
                    _current!.Frames.Add(frame);
                    Reconsider(frame.At, $"a late x-ray result ({Describe(frame)})", commands);
                }

                break;
            case (LaneStage.Identified or LaneStage.Searching or LaneStage.AwaitingPassage, FrameRefused refused):
                if (Stage is LaneStage.AwaitingPassage or LaneStage.Searching)
                {
                    // Like a flagged frame: the bag may be the next person's, whose bag is then searched too.
                    _earlyRefusals.Add((refused.At, refused.Reason));
                }

                if (Stage == LaneStage.AwaitingPassage)
                {
                    // And this person goes back to the officer.
                    Recall(refused.At, $"an x-ray image was refused ({refused.Reason})", commands);
                }

                _current!.RefusedFrames.Add(refused.Reason);
                commands.Add(Record("RefusedFrame", refused.At, ("screening", _current.Id), ("reason", refused.Reason)));
                if (Stage == LaneStage.Searching)
                {
                    _current.RequiredSearches |= Searches.BagHandSearch;
                    commands.Add(new TellOfficer($"An x-ray image was refused ({refused.Reason}): hand search the bag; if it is not this person's, the next person's bag is hand searched", Alarm: true));
                }

                break;
            case (LaneStage.Idle, FrameRefused refused):
                _earlyRefusals.Add((refused.At, refused.Reason));
                commands.Add(Record("RefusedFrame", refused.At, ("reason", refused.Reason)));
                commands.Add(new TellOfficer($"An x-ray image was refused ({refused.Reason}) before anyone was identified: hand search that bag; the next person's bag is hand searched", Alarm: true));
                break;

            case (LaneStage.Identified, ArchWalked walked):
                Decide(walked, commands);
                break;
            case (LaneStage.Searching or LaneStage.AwaitingPassage, ArchWalked { Alarm: true } walked):
                // An alarm after the decision (a second walk, or one the detector reported late) is resolved
                // like the first: the person is searched and its cause recorded before anyone is admitted.
                if (Stage == LaneStage.AwaitingPassage)
                {
                    Recall(walked.At, "the metal detector alarmed after the decision", commands);
                }

                var zones = (_current!.Arch?.Zones ?? []).Union(walked.Zones, StringComparer.Ordinal).ToArray();
                _current.Arch = walked with { Zones = zones };
                Reconsider(walked.At, "the metal detector alarmed after the decision", commands);
                break;

            case (LaneStage.Searching, OutcomeRecorded recorded):
                RecordOutcome(recorded, commands);
                break;

            case (LaneStage.Identified or LaneStage.Searching, ScreeningAbandoned abandoned):
                // "officer" stays the officer who identified the person; who ended the screening is "closedBy".
                Close(abandoned.At, "Abandoned", commands, ("closedBy", abandoned.Officer), ("reason", abandoned.Reason));
                commands.Add(new LockTurnstile("Screening abandoned"));
                break;

            case (LaneStage.AwaitingPassage, ScreeningAbandoned abandoned):
                // Lock first: the free must not outlive the screening it was for. A passage already on its way
                // is still that person's (below).
                commands.Add(new LockTurnstile("Screening abandoned"));
                _abandonedWhileFree = (_current!, abandoned.At);
                Close(abandoned.At, "Abandoned", commands, ("closedBy", abandoned.Officer), ("reason", abandoned.Reason));
                break;
            case (LaneStage.Idle, PassageConfirmed passage) when _abandonedWhileFree is { } ended && passage.At - ended.At <= AbandonedPassageWindow:
                _abandonedWhileFree = null;
                commands.Add(Record("ScreeningClosed", passage.At, ("screening", ended.Screening.Id), ("status", "Passed"),
                    ("reason", "passed on the free before the abandonment locked the turnstile")));
                commands.Add(new NotifySecurity($"{ended.Screening.Person.Category} {ended.Screening.Person.Reference} passed on the free as their screening {ended.Screening.Id} was being ended"));
                commands.Add(new TellOfficer($"{ended.Screening.Person.Category} {ended.Screening.Person.Reference} PASSED before the turnstile locked: the screening you ended is recorded as passed", Alarm: true));
                break;

            case (LaneStage.AwaitingPassage, PassageConfirmed passage):
                Close(passage.At, "Passed", commands);
                break;
            case (LaneStage.Searching, PassageConfirmed passage) when _current!.Recalled:
                // The person went through on the free before the recall reached the turnstile.
                var gone = _current;
                commands.Add(new NotifySecurity($"{gone.Person.Category} {gone.Person.Reference} passed before a late result could stop them (screening {gone.Id}): {string.Join("; ", gone.Verdict!.Reasons)}"));
                Close(passage.At, "Passed", commands, ("reason", "passed on the free before it was recalled"));
                commands.Add(new TellOfficer($"{gone.Person.Category} {gone.Person.Reference} PASSED before the late result stopped the turnstile: find them and search them", Alarm: true));
                break;
            case (LaneStage.AwaitingPassage, PassageReversed reversed):
                // The one free went the wrong way (the person turned back, or someone came out): nobody went in,
                // and the turnstile has relocked.
                Close(reversed.At, "NoPassage", commands, ("reason", "the free was used by a passage out"));
                commands.Add(new TellOfficer("The turnstile counted a passage OUT on the free: nobody went in; screen the person again", Alarm: true));
                break;
            case (LaneStage.AwaitingPassage, TurnstileRelocked { Reason: nameof(Screening.Devices.LockReason.DetectorAlarm) } relocked):
                // The detector's interlock locked on the alarm's first edge, ahead of the debounced alarm itself:
                // the person goes back to the officer and the alarm must be resolved (its zones follow).
                Recall(relocked.At, "the metal detector alarmed after the decision", commands);
                _current!.Arch = (_current.Arch ?? new ArchWalked(relocked.At, false, [])) with { Alarm = true };
                Reconsider(relocked.At, "the metal detector alarmed after the decision", commands);
                break;
            case (LaneStage.AwaitingPassage, TurnstileRelocked relocked):
                Close(relocked.At, "NoPassage", commands, ("reason", relocked.Reason));
                commands.Add(relocked.Reason == nameof(Screening.Devices.LockReason.PassageSensorFault)
                    ? new TellOfficer("The turnstile relocked on a stuck passage sensor before it counted a passage: whether the person went through is not known; check the lane", Alarm: true)
                    : new TellOfficer($"The turnstile relocked before the person passed ({relocked.Reason}); screen them again", Alarm: false));
                break;

            default:
                // Inputs that mean nothing in this stage (a relock while idle, a passage after closing) are
                // not errors; the devices already keep the turnstile safe.
                break;
        }
    }

    /// <summary>What the officer is told of an action written for a screening the lane is no longer on.</summary>
    private string NotTheLanes(string what, string meant) =>
        $"{what}: it was for screening {meant}, which is no longer in the lane{(_current is { } now ? $" (the lane is on {now.Person.Category} {now.Person.Reference}, screening {now.Id})" : "")}: look at the lane again";

    private void Identify(DateTimeOffset at, Person? person, string? card, string? officer, bool reportedLost, List<LaneCommand> commands)
    {
        if (person is null)
        {
            // An unknown card identifies nobody: no screening starts and nothing frees.
            commands.Add(Record("CardRefused", at, ("card", card), ("reason", "not in the directory")));
            commands.Add(new TellOfficer($"Card {card} is not known: identify the person by hand", Alarm: true));
            return;
        }

        var flags = (person.Flags ?? []).ToList();
        if (reportedLost && !flags.Contains("lost-card"))
        {
            flags.Add("lost-card");
        }

        _count++;
        _current = new ScreeningInProgress($"{settings.LaneId}-{at:yyyyMMddHHmmss}-{_count}", person with { Flags = flags }, card, officer, at);

        // Frames that arrived shortly before the person was identified are theirs.
        foreach (var (frameAt, frame) in _earlyFrames)
        {
            if (at - frameAt <= settings.EarlyFrameWindow)
            {
                _current.Frames.Add(frame);
            }
        }

        foreach (var (refusedAt, reason) in _earlyRefusals)
        {
            if (at - refusedAt <= settings.EarlyFrameWindow)
            {
                _current.RefusedFrames.Add(reason);
            }
        }

        _earlyFrames.Clear();
        _earlyRefusals.Clear();
        _abandonedWhileFree = null;
        Stage = LaneStage.Identified;
        commands.Add(new TellOfficer($"{person.Category} {person.Reference} identified{(flags.Count > 0 ? $" (flags: {string.Join(", ", flags)})" : "")}", Alarm: reportedLost));
    }

    private void Decide(ArchWalked walked, List<LaneCommand> commands)
    {
        var screening = _current!;
        var (state, shutDown) = alert();
        var draw = randomDraw();
        var (snapshot, notify) = Evaluate(screening, walked, state, shutDown, draw);
        screening.Arch = walked;
        screening.AlertState = state;
        screening.ShutDown = shutDown;
        screening.RandomDraw = draw;
        screening.Verdict = snapshot;
        screening.RequiredSearches = snapshot.Searches;
        screening.DecidedAt = walked.At;

        if (notify is not null)
        {
            commands.Add(new NotifySecurity($"{screening.Person.Category} {screening.Person.Reference}: {notify}"));
        }

        if (snapshot.Outcome == Outcome.Clear)
        {
            // Durable first, then free: the record exists before anyone walks through.
            commands.Add(Record("Screening", walked.At, ScreeningBody(screening, "Cleared")));
            commands.Add(new FreeTurnstileOnce());
            commands.Add(new TellOfficer($"CLEAR: {screening.Person.Category} {screening.Person.Reference} (screening {screening.Id})", Alarm: false));
            Stage = LaneStage.AwaitingPassage;
            return;
        }

        commands.Add(new LockTurnstile(snapshot.Outcome == Outcome.Refuse ? "Refused" : "Search required"));
        commands.Add(new TellOfficer($"{snapshot.Outcome.ToString().ToUpperInvariant()}: {string.Join("; ", snapshot.Reasons)}", Alarm: true));
        Stage = LaneStage.Searching;
    }

    /// <summary>
    /// Takes the verdict again after something arrived once it was decided (a late x-ray result, an alarm):
    /// with everything the screening now holds, the same random draw, and the board as it is now. Nothing
    /// already asked for is dropped: the outcome is the stricter of the two and the searches add up. The
    /// turnstile stays locked and the officer records the outcome.
    /// </summary>
    private void Reconsider(DateTimeOffset at, string why, List<LaneCommand> commands)
    {
        var screening = _current!;
        var before = screening.Verdict!;
        var (state, shutDown) = alert();
        var (again, notify) = Evaluate(screening, screening.Arch!, state, shutDown, screening.RandomDraw);
        var outcome = (Outcome)Math.Max((int)before.Outcome, (int)again.Outcome);
        var searches = screening.RequiredSearches | again.Searches;
        var reasons = before.Reasons.Concat(again.Reasons).Distinct(StringComparer.Ordinal).ToList();
        screening.Verdict = again with
        {
            Outcome = outcome,
            Searches = searches,
            Reasons = reasons,
            FiredRules = [.. before.FiredRules.Concat(again.FiredRules).Distinct(StringComparer.Ordinal)],
            NotifySecurity = before.NotifySecurity || again.NotifySecurity,
            RandomlySelected = before.RandomlySelected,
            Turnstile = TurnstileCommand.Locked,
        };
        screening.RequiredSearches = searches;
        screening.AlertState = state;
        screening.ShutDown = shutDown;
        if (notify is not null && !before.NotifySecurity)
        {
            commands.Add(new NotifySecurity($"{screening.Person.Category} {screening.Person.Reference}: {notify}"));
        }

        commands.Add(new LockTurnstile("Verdict taken again"));
        commands.Add(new TellOfficer($"{why}: {outcome.ToString().ToUpperInvariant()} for {screening.Person.Category} {screening.Person.Reference}: {string.Join("; ", reasons)}", Alarm: true));
        Stage = LaneStage.Searching;
    }

    /// <summary>
    /// Stops a free that has not been used yet: the turnstile locks, a ScreeningClosed "NotFreed" says nobody
    /// passed on it, and the screening goes back to the officer (as when the devices refuse a free).
    /// </summary>
    private void Recall(DateTimeOffset at, string why, List<LaneCommand> commands)
    {
        var screening = _current!;
        commands.Add(new LockTurnstile("Free recalled"));
        commands.Add(Record("ScreeningClosed", at, ("screening", screening.Id), ("status", "NotFreed"), ("reason", why)));
        screening.FreeRefusals.Add(new FreeRefusal(at, screening.Outcome?.Officer, why, RefusedBy: "lane"));
        screening.Outcome = null;
        screening.Recalled = true;
        Stage = LaneStage.Searching;
    }

    /// <summary>
    /// A change of the state of alert takes effect at once, on a screening already decided too: when the new
    /// state asks more of the person in the lane (a stricter outcome, or a search not yet asked for), the
    /// verdict is taken again, and a free they have not used yet is recalled. A state that asks less
    /// changes nothing already asked for.
    /// </summary>
    private void ApplyToDecided(AlertStateSet set, List<LaneCommand> commands)
    {
        if (Stage is not (LaneStage.Searching or LaneStage.AwaitingPassage) || _current?.Verdict is not { } before)
        {
            return;
        }

        var (again, _) = Evaluate(_current, _current.Arch!, set.State, set.ShutDown, _current.RandomDraw);
        if (!AsksMoreThan(before, again))
        {
            return;
        }

        var why = $"the state of alert is now {set.State}{(set.ShutDown ? " with shut-down" : "")}";
        if (Stage == LaneStage.AwaitingPassage)
        {
            Recall(set.At, why, commands);
        }

        Reconsider(set.At, why, commands);
    }

    /// <summary>Whether the verdict, taken with this frame too, would ask more of the person than it does (a stricter outcome or another search).</summary>
    private bool AsksMore(FrameAnalysed frame)
    {
        var screening = _current!;
        var (state, shutDown) = alert();
        screening.Frames.Add(frame);
        try
        {
            var (again, _) = Evaluate(screening, screening.Arch!, state, shutDown, screening.RandomDraw);
            return AsksMoreThan(screening.Verdict!, again);
        }
        finally
        {
            screening.Frames.RemoveAt(screening.Frames.Count - 1);
        }
    }

    /// <summary>Whether a verdict taken again asks more of the person than the one standing: a stricter outcome or a search not yet required.</summary>
    private bool AsksMoreThan(VerdictSnapshot standing, VerdictSnapshot again) =>
        again.Outcome > standing.Outcome || (again.Searches & ~_current!.RequiredSearches) != Searches.None;

    /// <summary>A frame the officer must hear about: a reported detection, an area the beam did not get through, or colours the analyser cannot read.</summary>
    private static bool Flagged(FrameAnalysed frame) => frame.Detections.Count > 0 || frame.OpaqueArea || frame.PaletteProblem is not null;

    private static string Describe(FrameAnalysed frame) =>
        string.Join(", ", frame.Detections.Select(d => $"{d.Item} {d.Confidence:0.00}")
            .Concat(frame.OpaqueArea ? ["an opaque area"] : [])
            .Concat(frame.PaletteProblem is not null ? ["colours the analyser cannot read"] : []));

    /// <summary>The verdict for the screening as it stands, with what the lane knows beyond the rules; the text for security when it must be told.</summary>
    private (VerdictSnapshot Verdict, string? NotifySecurity) Evaluate(ScreeningInProgress screening, ArchWalked walked, string state, bool shutDown, double draw)
    {
        var ruleSet = rules();
        var cases = BuildCase(ruleSet, screening, walked, state, shutDown, draw, out var unknownItems);
        var verdict = new Verdict();
        ruleSet.Evaluate(cases, verdict);

        var outcome = verdict.Outcome;
        var searches = verdict.Searches;
        var reasons = verdict.Reasons.ToArray().ToList();

        // What the lane knows beyond the rules' contract: a frame it could not read, an opaque area,
        // a faulted detector, or an item the catalogue does not know means the bag or person cannot be
        // cleared by the machines.
        if (screening.RefusedFrames.Count > 0 || unknownItems.Count > 0)
        {
            searches |= Searches.BagHandSearch;
            reasons.Add(screening.RefusedFrames.Count > 0
                ? $"An x-ray image could not be used ({screening.RefusedFrames[0]}): hand search the bag"
                : $"The analyser reported an item the rules do not know ({unknownItems[0]}): hand search the bag");
        }

        if (screening.Frames.Any(f => f.OpaqueArea))
        {
            searches |= Searches.BagHandSearch;
            reasons.Add("The x-ray beam did not get through part of the bag: hand search it");
        }

        if (screening.Frames.FirstOrDefault(f => f.PaletteProblem is not null) is { } unreadable)
        {
            // Read in the wrong palette, the analysis misjudges metal and organic matter alike: finding
            // nothing in such a frame clears nothing.
            searches |= Searches.BagHandSearch;
            reasons.Add($"An x-ray image's colours do not fit the scanner's palette ({unreadable.PaletteProblem}): its analysis cannot be trusted; hand search the bag");
        }

        if (_detectorFaults.Count > 0)
        {
            searches |= Searches.Wand | Searches.RubDown;
            reasons.Add($"Metal detector faulted ({string.Join(", ", _detectorFaults)}): wand and rub-down search instead; nobody is admitted until it recovers");
        }

        if (outcome == Outcome.Clear && searches != Searches.None)
        {
            outcome = Outcome.Search;
        }

        if (ReportedLost(screening) && outcome != Outcome.Refuse)
        {
            // The default rules refuse it by name; a rule file that forgets to must not let it free the turnstile.
            outcome = Outcome.Refuse;
            reasons.Add(LostCardReason);
        }

        if (_turnstileFaults.Count > 0 && outcome != Outcome.Refuse)
        {
            // A clear frees one passage, and a turnstile that cannot count passages cannot keep it to one:
            // the person waits, locked, for the officer's outcome.
            outcome = Outcome.Search;
            reasons.Add(TurnstileFaultedReason());
        }

        var snapshot = verdict.ToSnapshot() with { Outcome = outcome, Searches = searches, Reasons = reasons, Turnstile = outcome == Outcome.Clear ? TurnstileCommand.FreeOnce : TurnstileCommand.Locked };
        return (snapshot, verdict.NotifySecurity ? string.Join("; ", verdict.Reasons.ToArray()) : null);
    }

    private void RecordOutcome(OutcomeRecorded recorded, List<LaneCommand> commands)
    {
        var screening = _current!;
        var outcome = recorded.Outcome;
        var catalogue = rules().Catalogue;
        var problem = OutcomeProblem(screening, outcome, catalogue);
        if (problem is null && outcome.Admit && FreeForbidden() is { } forbidden)
        {
            // The devices would refuse the FreeOnce: an "Admitted" record now would claim an admission that
            // cannot happen. The screening stays open; the attempt goes into its record.
            screening.FreeRefusals.Add(new FreeRefusal(recorded.At, outcome.Officer, forbidden, RefusedBy: "lane"));
            commands.Add(new TellOfficer($"Outcome not recorded: {forbidden}. The screening stays open: admit once the turnstile can be freed, or refuse entry.", Alarm: true));
            return;
        }

        if (problem is not null)
        {
            commands.Add(new TellOfficer($"Outcome not recorded: {problem}", Alarm: true));
            return;
        }

        screening.Outcome = outcome;
        var found = outcome.ItemsFound.Select(id => catalogue.TryFind(id, out var item) ? item : null).OfType<CatalogueItem>().ToList();
        if (outcome.SecurityInformationReport || found.Any(i => i.List == ItemList.A))
        {
            commands.Add(new NotifySecurity($"Security Information Report: {screening.Person.Category} {screening.Person.Reference}, found {string.Join(", ", outcome.ItemsFound)}"));
        }

        if (outcome.Admit)
        {
            commands.Add(Record("Screening", recorded.At, ScreeningBody(screening, outcome.AuthorisedBy is null ? "Admitted" : "AdmittedByOverride")));
            if (outcome.AuthorisedBy is not null)
            {
                commands.Add(Record("Override", recorded.At, ("screening", screening.Id), ("officer", outcome.Officer), ("authorisedBy", outcome.AuthorisedBy),
                    ("verdict", screening.Verdict!.Outcome.ToString())));
            }

            commands.Add(new FreeTurnstileOnce());
            commands.Add(new TellOfficer($"ADMITTED: {screening.Person.Category} {screening.Person.Reference} (screening {screening.Id})", Alarm: false));
            Stage = LaneStage.AwaitingPassage;
            return;
        }

        Close(recorded.At, "Refused", commands);
        commands.Add(new LockTurnstile("Entry refused"));
    }

    /// <summary>Why an outcome cannot be accepted, or null.</summary>
    private static string? OutcomeProblem(ScreeningInProgress screening, OfficerOutcome outcome, ItemCatalogue catalogue)
    {
        if (string.IsNullOrWhiteSpace(outcome.Officer))
        {
            return "the recording officer is missing";
        }

        var unknown = outcome.ItemsFound.Where(id => !catalogue.TryFind(id, out _)).ToList();
        if (unknown.Count > 0)
        {
            return $"unknown item {string.Join(", ", unknown)}: choose items from the catalogue";
        }

        if (outcome.ItemsFound.Count > 0 && string.IsNullOrWhiteSpace(outcome.Disposal))
        {
            return "items were found: record what was done with them (Locker, Confiscated, Police)";
        }

        if (screening.Arch is { Alarm: true } && !(screening.Person.Flags ?? []).Contains("medical-exemption") && string.IsNullOrWhiteSpace(outcome.AlarmResolution))
        {
            return "the metal-detector alarm's cause must be recorded before the screening closes";
        }

        if (!outcome.Admit)
        {
            return null;
        }

        if (ReportedLost(screening))
        {
            // Whoever authorises it: the holder may not be its owner. The owner is identified by an officer
            // and screened again.
            return $"{LostCardReason}, with or without an override: refuse entry, then identify the person by hand and screen them again";
        }

        var missing = screening.RequiredSearches & ~outcome.SearchesDone;
        var againstVerdict = screening.Verdict!.Outcome == Outcome.Refuse;
        var listA = outcome.ItemsFound.Any(id => catalogue.TryFind(id, out var item) && item.List == ItemList.A);
        if ((missing != Searches.None || againstVerdict || listA) && string.IsNullOrWhiteSpace(outcome.AuthorisedBy))
        {
            return againstVerdict ? "the verdict refused entry: admitting needs the authorising officer"
                : listA ? "a List A item was found: admitting needs the authorising officer"
                : $"required searches not done ({missing}): admitting needs the authorising officer";
        }

        if (outcome.AuthorisedBy is not null && string.Equals(outcome.AuthorisedBy, outcome.Officer, StringComparison.OrdinalIgnoreCase))
        {
            return "an override must be authorised by another officer";
        }

        return null;
    }

    /// <summary>A card reported lost (or a person flagged so) never opens the turnstile, whatever the rule file or an override says.</summary>
    private static bool ReportedLost(ScreeningInProgress screening) => (screening.Person.Flags ?? []).Contains("lost-card");

    private const string LostCardReason = "This card is reported lost and never opens the turnstile";

    private string TurnstileFaultedReason() =>
        $"Turnstile fault {string.Join(", ", _turnstileFaults)}: it cannot free for exactly one passage, so nobody is admitted until it recovers";

    /// <summary>Why the devices would refuse to free the turnstile now, from the faults the lane has been told of; null when none stands.</summary>
    private string? FreeForbidden()
    {
        var reasons = new List<string>(2);
        if (_turnstileFaults.Count > 0)
        {
            reasons.Add(TurnstileFaultedReason());
        }

        if (_detectorFaults.Count > 0)
        {
            reasons.Add($"metal detector faulted ({string.Join(", ", _detectorFaults)}): the turnstile cannot be freed until it recovers");
        }

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    /// <summary>
    /// The FreeOnce the lane asked for was not carried out. The devices refused it: an alarm or fault reached
    /// them after the lane decided (or any other interlock), and the Cleared or Admitted record is already
    /// durable, as it must be before a free. Or the search log could not record that outcome, so the free was
    /// never sent. Either way a ScreeningClosed "NotFreed" now says that nobody passed on it. The screening goes back
    /// to the officer, who admits again once the turnstile can be freed, or refuses entry.
    /// </summary>
    private void OnFreeRefused(FreeRefused refused, List<LaneCommand> commands)
    {
        if (Stage != LaneStage.AwaitingPassage)
        {
            // No longer waiting on that free (a fire release interrupted the screening): nothing is left open.
            return;
        }

        var screening = _current!;
        commands.Add(Record("ScreeningClosed", refused.At, ("screening", screening.Id), ("status", "NotFreed"), ("reason", refused.Reason)));
        commands.Add(new LockTurnstile("FreeOnce refused"));
        commands.Add(new TellOfficer($"TURNSTILE NOT FREED: {refused.Reason}. Nobody has passed: {screening.Person.Category} {screening.Person.Reference} (screening {screening.Id}) waits for your outcome again; admit once the turnstile can be freed, or refuse entry.", Alarm: true));
        screening.FreeRefusals.Add(new FreeRefusal(refused.At, screening.Outcome?.Officer, refused.Reason, refused.RefusedBy));
        screening.Outcome = null;

        // A free the search log's failure took back (the devices had freed) may have been used already; one
        // the devices refused never existed.
        screening.Recalled = refused.RefusedBy == "search log";
        Stage = LaneStage.Searching;
    }

    private void OnTick(Tick tick, List<LaneCommand> commands)
    {
        foreach (var (_, frame) in _earlyFrames.Where(f => tick.At - f.At > settings.EarlyFrameWindow && Flagged(f.Frame)))
        {
            commands.Add(new TellOfficer($"X-ray: the bag with {Describe(frame)} (image {frame.ImageHash}) was claimed by nobody within {settings.EarlyFrameWindow}: find its owner and hand search it", Alarm: true));
        }

        _earlyFrames.RemoveAll(f => tick.At - f.At > settings.EarlyFrameWindow);
        _earlyRefusals.RemoveAll(f => tick.At - f.At > settings.EarlyFrameWindow);
        if (Stage == LaneStage.Identified && tick.At - _current!.StartedAt > settings.WalkAwayTimeout)
        {
            Close(tick.At, "WalkedAway", commands, ("reason", $"did not reach the arch within {settings.WalkAwayTimeout}"));
            commands.Add(new LockTurnstile("Walked away"));
            commands.Add(new TellOfficer("The person identified did not reach the arch: screening closed", Alarm: false));
        }
    }

    private void OnFireRelease(FireReleaseChanged fire, List<LaneCommand> commands)
    {
        commands.Add(Record("FireRelease", fire.At, ("active", fire.Active), ("officer", fire.Officer)));
        if (fire.Active)
        {
            if (_current is not null)
            {
                Close(fire.At, "Interrupted", commands, ("reason", "fire release"));
            }

            Stage = LaneStage.FireReleased;
            commands.Add(new TellOfficer("FIRE RELEASE: every turnstile is free", Alarm: true));
            return;
        }

        Stage = LaneStage.Idle;
        commands.Add(new LockTurnstile("Fire release acknowledged"));
        commands.Add(new TellOfficer($"Fire release acknowledged by {fire.Officer}: lane locked and back in service", Alarm: false));
    }

    /// <summary>
    /// The record that would close the open screening as interrupted were the lane to stop at
    /// <paramref name="at"/> while the screening waits on the officer's outcome of a Search or Refuse verdict:
    /// nothing in the search log says that verdict yet (its record is written with the outcome). Null at any
    /// other time. The lane keeps it on disk (<see cref="LaneJournal"/>) so a crash loses no such verdict.
    /// </summary>
    public AppendRecord? InterruptedWhileSearching(DateTimeOffset at)
    {
        return Stage == LaneStage.Searching && _current is { Verdict: not null } screening
            ? FullRecord(screening, "Interrupted", at, ("reason", "the lane stopped while the officer's outcome was awaited"))
            : null;
    }

    /// <summary>A screening's only full record: its status and <paramref name="extra"/> fields, then everything of the screening.</summary>
    private AppendRecord FullRecord(ScreeningInProgress screening, string status, DateTimeOffset at, params (string Key, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?> { ["screening"] = screening.Id, ["status"] = status };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }

        foreach (var (key, value) in ScreeningBody(screening, status))
        {
            body.TryAdd(key, value);
        }

        return new AppendRecord(status == "Interrupted" ? "ScreeningInterrupted" : "Screening", Stamp(body, at));
    }

    private void Close(DateTimeOffset at, string status, List<LaneCommand> commands, params (string Key, object? Value)[] extra)
    {
        var screening = _current!;
        if (screening.Verdict is null || status is "Refused" or "Abandoned" or "WalkedAway" or "Interrupted")
        {
            // Never decided or never admitted: this is the screening's only full record.
            commands.Add(FullRecord(screening, status, at, extra));
        }
        else
        {
            var body = new Dictionary<string, object?> { ["screening"] = screening.Id, ["status"] = status };
            foreach (var (key, value) in extra)
            {
                body[key] = value;
            }

            commands.Add(new AppendRecord("ScreeningClosed", Stamp(body, at)));
        }

        _current = null;
        Stage = LaneStage.Idle;
    }

    private static ScreeningCase BuildCase(RuleSet ruleSet, ScreeningInProgress s, ArchWalked walked, string state, bool shutDown, double draw, out List<string> unknownItems)
    {
        unknownItems = [];
        var c = new ScreeningCase(ruleSet)
        {
            Category = s.Person.Category,
            Reference = s.Person.Reference,
            AgeYears = s.Person.AgeYears,
            AlertState = ruleSet.TryFindAlertState(state, out var alertState) ? alertState : ruleSet.AlertStates[^1], // unknown state: the strictest
            ShutDown = shutDown,
            MetalAlarm = walked.Alarm,
            MetalZones = walked.Zones,
            RandomDraw = draw,
        };
        foreach (var flag in s.Person.Flags ?? [])
        {
            // A flag the rules do not know cannot be decided on; the officer sees it on the console.
            if (ruleSet.TryFindFlag(flag, out var known))
            {
                c.Flags = c.Flags.With(known);
            }
        }

        foreach (var id in s.Person.AuthorisedItems ?? [])
        {
            if (ruleSet.Catalogue.TryFind(id, out var item))
            {
                c.AuthorisedItems = c.AuthorisedItems.With(item);
            }
        }

        var detections = new List<Detection>();
        foreach (var detection in s.Frames.SelectMany(f => f.Detections))
        {
            if (ruleSet.Catalogue.TryFind(detection.Item, out var item))
            {
                detections.Add(new Detection(item, (float)Math.Clamp(detection.Confidence, 0, 1)));
            }
            else
            {
                unknownItems.Add(detection.Item);
            }
        }

        c.Detections = [.. detections];
        return c;
    }

    private static Dictionary<string, object?> ScreeningBody(ScreeningInProgress s, string status)
    {
        var body = new Dictionary<string, object?>
        {
            ["screening"] = s.Id,
            ["status"] = status,
            ["startedAt"] = s.StartedAt,
            ["person"] = new Dictionary<string, object?>
            {
                ["category"] = s.Person.Category.ToString(),
                ["reference"] = s.Person.Reference,
                ["ageYears"] = s.Person.AgeYears,
                ["flags"] = s.Person.Flags ?? [],
                ["authorisedItems"] = s.Person.AuthorisedItems ?? [],
            },
            ["identifiedBy"] = s.Card is not null ? "card" : "officer",
            ["card"] = s.Card,
            ["officer"] = s.IdentifiedBy,
            ["images"] = s.Frames.Select(f => f.ImageHash).ToArray(),
            ["detections"] = s.Frames.SelectMany(f => f.Detections).Select(d => new Dictionary<string, object?> { ["item"] = d.Item, ["confidence"] = d.Confidence, ["box"] = d.Box }).ToArray(),
            ["opaqueArea"] = s.Frames.Any(f => f.OpaqueArea),
            ["refusedFrames"] = s.RefusedFrames.ToArray(),
        };
        if (s.Frames.Any(f => f.PaletteProblem is not null))
        {
            // Only when there is one: the records of frames that fit stay as they were.
            body["paletteProblems"] = s.Frames.Where(f => f.PaletteProblem is not null)
                .Select(f => new Dictionary<string, object?> { ["image"] = f.ImageHash, ["problem"] = f.PaletteProblem }).ToArray();
        }

        if (s.FreeRefusals.Count > 0)
        {
            body["freeRefusals"] = s.FreeRefusals.Select(r => new Dictionary<string, object?>
            {
                ["at"] = r.At, ["officer"] = r.Officer, ["reason"] = r.Reason, ["refusedBy"] = r.RefusedBy,
            }).ToArray();
        }

        if (s.Arch is { } arch)
        {
            body["metalDetector"] = new Dictionary<string, object?> { ["alarm"] = arch.Alarm, ["zones"] = arch.Zones };
        }

        if (s.Verdict is { } v)
        {
            body["alertState"] = s.AlertState;
            body["shutDown"] = s.ShutDown;
            body["randomDraw"] = s.RandomDraw;
            body["decidedAt"] = s.DecidedAt;
            body["verdict"] = new Dictionary<string, object?>
            {
                ["outcome"] = v.Outcome.ToString(),
                ["searches"] = Names(v.Searches),
                ["flaggedItems"] = v.FlaggedItems.Select(f => new Dictionary<string, object?> { ["item"] = f.Item.Id, ["list"] = f.Item.ListLabel, ["surrender"] = f.Surrender }).ToArray(),
                ["reasons"] = v.Reasons,
                ["firedRules"] = v.FiredRules,
                ["conditions"] = v.Conditions.ToString(),
                ["notifySecurity"] = v.NotifySecurity,
                ["randomlySelected"] = v.RandomlySelected,
                ["ruleSetHash"] = v.RuleSetHash,
            };
        }

        if (s.Outcome is { } o)
        {
            body["outcome"] = new Dictionary<string, object?>
            {
                ["officer"] = o.Officer,
                ["admit"] = o.Admit,
                ["searchesDone"] = Names(o.SearchesDone),
                ["itemsFound"] = o.ItemsFound,
                ["disposal"] = o.Disposal,
                ["alarmResolution"] = o.AlarmResolution,
                ["securityInformationReport"] = o.SecurityInformationReport,
                ["note"] = o.Note,
                ["authorisedBy"] = o.AuthorisedBy,
            };
        }

        return body;
    }

    internal static string[] Names(Searches searches)
    {
        var names = new List<string>();
        foreach (var search in SearchesExtensions.All)
        {
            if (searches.Has(search))
            {
                names.Add(search.Name());
            }
        }

        return [.. names];
    }

    /// <summary>Keeps the standing faults of one device, by kind: it is faulted until the last one clears.</summary>
    private static void Track(SortedSet<string> standing, bool faulted, string detail)
    {
        if (faulted)
        {
            standing.Add(detail);
        }
        else
        {
            standing.Remove(detail);
        }
    }

    private AppendRecord Record(string kind, DateTimeOffset at, params (string Key, object? Value)[] fields)
    {
        var body = new Dictionary<string, object?>();
        foreach (var (key, value) in fields)
        {
            body[key] = value;
        }

        return new AppendRecord(kind, Stamp(body, at));
    }

    private AppendRecord Record(string kind, DateTimeOffset at, Dictionary<string, object?> body) => new(kind, Stamp(body, at));

    private Dictionary<string, object?> Stamp(Dictionary<string, object?> body, DateTimeOffset at)
    {
        body["lane"] = settings.LaneId;
        body["at"] = at;
        if (!string.IsNullOrEmpty(settings.Establishment))
        {
            body["establishment"] = settings.Establishment;
        }

        return body;
    }
}

/// <summary>One person's screening while it is in the lane. Written by the flow only.</summary>
public sealed class ScreeningInProgress(string id, Person person, string? card, string? identifiedBy, DateTimeOffset startedAt)
{
    public string Id { get; } = id;

    public Person Person { get; } = person;

    public string? Card { get; } = card;

    public string? IdentifiedBy { get; } = identifiedBy;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public List<FrameAnalysed> Frames { get; } = [];

    public List<string> RefusedFrames { get; } = [];

    public ArchWalked? Arch { get; set; }

    public string? AlertState { get; set; }

    public bool ShutDown { get; set; }

    public double RandomDraw { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public VerdictSnapshot? Verdict { get; set; }

    public Searches RequiredSearches { get; set; }

    public OfficerOutcome? Outcome { get; set; }

    /// <summary>A free for this screening was stopped by the lane before it was used (a late result or alarm).</summary>
    public bool Recalled { get; set; }

    /// <summary>Admissions (or a clear) that did not free the turnstile: refused by the lane on a standing fault, or by the devices.</summary>
    public List<FreeRefusal> FreeRefusals { get; } = [];
}

/// <summary>A free the screening asked for and did not get.</summary>
/// <param name="Officer">Who recorded the admission; null for a clear verdict.</param>
/// <param name="RefusedBy">"lane" (a fault it knew of forbade freeing), "devices" (the FreeOnce itself was refused) or "search log" (the outcome could not be recorded, so nothing was freed).</param>
public sealed record FreeRefusal(DateTimeOffset At, string? Officer, string Reason, string RefusedBy);
