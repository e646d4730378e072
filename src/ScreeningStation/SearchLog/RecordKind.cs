namespace Screening.Station.SearchLog;

/// <summary>
/// What a search log record is about: the words the security department reads in reports. The
/// store refuses a kind not listed here, so a typo in the lane cannot create a kind no report knows.
/// </summary>
public static class RecordKind
{
    /// <summary>One person's screening: identity, inputs, detections, verdict, searches, outcome, passage.</summary>
    public const string Screening = nameof(Screening);

    /// <summary>The state of alert was changed (by whom and why).</summary>
    public const string AlertStateChanged = nameof(AlertStateChanged);

    /// <summary>A device faulted or recovered (the turnstile was locked).</summary>
    public const string DeviceFault = nameof(DeviceFault);

    /// <summary>The fire alarm freed the lane, or the release ended and the lane relocked.</summary>
    public const string FireRelease = nameof(FireRelease);

    /// <summary>A passage was sensed while the turnstile was locked, or a second passage on one free.</summary>
    public const string ForcedPassage = nameof(ForcedPassage);

    /// <summary>An officer overrode a decision or exempted a person; names who authorised it.</summary>
    public const string Override = nameof(Override);

    /// <summary>An x-ray frame was refused (corrupt, truncated) or shed under load: a hand search was forced.</summary>
    public const string RefusedFrame = nameof(RefusedFrame);

    /// <summary>A correction of an earlier record, which it names in <see cref="NewRecord.Corrects"/>.</summary>
    public const string Correction = nameof(Correction);

    /// <summary>The lane service started (turnstile locked, chain verified).</summary>
    public const string LaneStarted = nameof(LaneStarted);

    /// <summary>A screening open when the service stopped or crashed, closed as interrupted at restart.</summary>
    public const string ScreeningInterrupted = nameof(ScreeningInterrupted);

    /// <summary>A rule file was loaded or reloaded (its rule-set hash).</summary>
    public const string RulesChanged = nameof(RulesChanged);

    /// <summary>A screening that freed the turnstile, closed by its passage (or a relock before it).</summary>
    public const string ScreeningClosed = nameof(ScreeningClosed);

    /// <summary>A card that identified nobody: not in the directory, or unreadable.</summary>
    public const string CardRefused = nameof(CardRefused);

    /// <summary>Every kind, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Screening, AlertStateChanged, DeviceFault, FireRelease, ForcedPassage, Override, RefusedFrame,
        Correction, LaneStarted, ScreeningInterrupted, RulesChanged, ScreeningClosed, CardRefused,
    ];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);
}
