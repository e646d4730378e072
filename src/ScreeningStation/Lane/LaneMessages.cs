using Screening.Rules.Model;

namespace Screening.Station.Lane;

/// <summary>Who is in the lane, as the directory or the officer knows them.</summary>
public sealed record Person(
    PersonCategory Category,
    string Reference,
    int? AgeYears = null,
    IReadOnlyList<string>? Flags = null,
    IReadOnlyList<string>? AuthorisedItems = null);

/// <summary>One x-ray detection as the analyser reports it (catalogue id, confidence, box in pixels).</summary>
public sealed record FrameDetection(string Item, double Confidence, int[]? Box = null);

/// <summary>What the officer records at the end of a search.</summary>
/// <param name="Officer">Who records it (signed in).</param>
/// <param name="Admit">True to let the person through (one passage), false to turn them away.</param>
/// <param name="SearchesDone">The searches actually carried out.</param>
/// <param name="ItemsFound">Catalogue ids of what was found.</param>
/// <param name="Disposal">What was done with the items: Locker, Confiscated, Police (empty when nothing found).</param>
/// <param name="AlarmResolution">The cause of a metal-detector alarm, required when there was one.</param>
/// <param name="SecurityInformationReport">A Security Information Report is needed.</param>
/// <param name="Note">Free text (stored as text, never interpreted).</param>
/// <param name="AuthorisedBy">The officer authorising an override (admitting against the verdict, or with a search not done).</param>
public sealed record OfficerOutcome(
    string Officer,
    bool Admit,
    Searches SearchesDone,
    IReadOnlyList<string> ItemsFound,
    string? Disposal = null,
    string? AlarmResolution = null,
    bool SecurityInformationReport = false,
    string? Note = null,
    string? AuthorisedBy = null);

/// <summary>Something that happened at the lane, handed to <see cref="LaneFlow.Handle"/> in order.</summary>
public abstract record LaneInput(DateTimeOffset At);

/// <summary>A card was read and looked up (Person is null when the card is not in the directory).</summary>
public sealed record CardPresented(DateTimeOffset At, string CardNumber, Person? Person, bool ReportedLost) : LaneInput(At);

/// <summary>A card read failed (parity, short frame, noise): nobody is identified.</summary>
public sealed record CardUnreadable(DateTimeOffset At, string Reason) : LaneInput(At);

/// <summary>The officer identifies the person by hand (no card, or a card that failed).</summary>
public sealed record OfficerIdentified(DateTimeOffset At, Person Person, string Officer) : LaneInput(At);

/// <summary>An x-ray frame of this person's bags was analysed.</summary>
/// <param name="PaletteProblem">Why the frame's colours do not fit the palette the analyser reads
/// (another make, a changed display mode); null when they fit. Such a frame's analysis, its silence
/// included, cannot be trusted: the bag is hand searched.</param>
public sealed record FrameAnalysed(DateTimeOffset At, string ImageHash, IReadOnlyList<FrameDetection> Detections, bool OpaqueArea, string? PaletteProblem = null) : LaneInput(At);

/// <summary>A frame could not be read or was shed under load: the bag must be hand searched.</summary>
public sealed record FrameRefused(DateTimeOffset At, string Reason) : LaneInput(At);

/// <summary>The person has walked the arch: clear, or an alarm with zones.</summary>
public sealed record ArchWalked(DateTimeOffset At, bool Alarm, IReadOnlyList<string> Zones) : LaneInput(At);

/// <summary>A detector fault of one kind (<paramref name="Detail"/>: StuckAlarm, NotReady) stands or has cleared; kinds fault and clear apart.</summary>
public sealed record DetectorFaultChanged(DateTimeOffset At, bool Faulted, string Detail) : LaneInput(At);

/// <summary>The turnstile is faulted (a passage sensor stuck, <paramref name="Detail"/> names which) or that fault cleared.</summary>
public sealed record TurnstileFaultChanged(DateTimeOffset At, bool Faulted, string Detail) : LaneInput(At);

/// <summary>
/// The officer's outcome of a search. <paramref name="Screening"/> names the screening it was written for (the
/// console's form carries it): when the lane has moved on to another, the outcome is refused, not applied to it.
/// </summary>
public sealed record OutcomeRecorded(DateTimeOffset At, OfficerOutcome Outcome, string? Screening = null) : LaneInput(At);

/// <summary>
/// The officer ends the screening without a passage (the person walked away, or was turned back); refused when
/// <paramref name="Screening"/> names another screening than the lane's.
/// </summary>
public sealed record ScreeningAbandoned(DateTimeOffset At, string Officer, string Reason, string? Screening = null) : LaneInput(At);

/// <summary>The turnstile sensed a passage on a FreeOnce.</summary>
public sealed record PassageConfirmed(DateTimeOffset At) : LaneInput(At);

/// <summary>The turnstile sensed a passage outward on a FreeOnce (the person turned back, or someone came out): nobody went in.</summary>
public sealed record PassageReversed(DateTimeOffset At) : LaneInput(At);

/// <summary>The turnstile sensed a passage while locked.</summary>
public sealed record PassageForced(DateTimeOffset At, string Direction) : LaneInput(At);

/// <summary>The turnstile relocked on its own (FreeOnce timeout, alarm, fault) before a passage.</summary>
public sealed record TurnstileRelocked(DateTimeOffset At, string Reason) : LaneInput(At);

/// <summary>
/// A FreeOnce the lane asked for was not carried out: the devices refused it (an interlock: the detector
/// alarming or faulted, the turnstile faulted or already free, a passage contact still closed), or the
/// search log could not record the outcome it was for, so it was never sent (<paramref name="RefusedBy"/>
/// "search log"). Nothing was freed, so nobody passed on it.
/// </summary>
public sealed record FreeRefused(DateTimeOffset At, string Reason, string RefusedBy = "devices") : LaneInput(At);

/// <summary>The fire-alarm loop opened (every turnstile free) or, acknowledged, relocked.</summary>
public sealed record FireReleaseChanged(DateTimeOffset At, bool Active, string? Officer) : LaneInput(At);

/// <summary>The state of alert was changed (by a security manager, at <paramref name="SetAt"/>); the lane records it.</summary>
public sealed record AlertStateSet(DateTimeOffset At, string State, bool ShutDown, string SetBy, string Reason, DateTimeOffset SetAt) : LaneInput(At);

/// <summary>
/// The lane service is stopping (a clean shut-down): a screening still open is closed as interrupted, so
/// a person decided but not yet admitted or refused is in the search log, not lost with the process.
/// </summary>
public sealed record LaneStopping(DateTimeOffset At) : LaneInput(At);

/// <summary>Time passes: timeouts are checked.</summary>
public sealed record Tick(DateTimeOffset At) : LaneInput(At);

/// <summary>What the flow asks the host to do, in order.</summary>
public abstract record LaneCommand;

/// <summary>Append a record to the search log and wait until it is durable before the next command.</summary>
public sealed record AppendRecord(string Kind, IReadOnlyDictionary<string, object?> Body) : LaneCommand;

/// <summary>Free the turnstile for exactly one passage.</summary>
public sealed record FreeTurnstileOnce : LaneCommand;

/// <summary>Keep or make the turnstile locked.</summary>
public sealed record LockTurnstile(string Reason) : LaneCommand;

/// <summary>Tell the officer (console, log) something that needs their attention.</summary>
public sealed record TellOfficer(string Message, bool Alarm) : LaneCommand;

/// <summary>A record for security (Security Information Report draft, List A find, forced passage).</summary>
public sealed record NotifySecurity(string What) : LaneCommand;
