using Screening.Rules.Model;

namespace Screening.Station.Lane;

/// <summary>
/// What the officer console shows of one lane: built by the lane loop after every input (so it is a
/// consistent picture, never half an update) and read from any thread.
/// </summary>
/// <param name="Version">Grows by one with every input the lane handled.</param>
/// <param name="Messages">The lane's latest messages to the officer, newest first.</param>
public sealed record LaneView(
    string LaneId,
    LaneStage Stage,
    long Version,
    ScreeningView? Screening,
    IReadOnlyList<OfficerMessage> Messages,
    long Screenings,
    DeviceIncidents Incidents)
{
    /// <summary>Changes when what the officer must act on changes (not on every clock tick).</summary>
    public string Key => $"{Stage}|{Screening?.Id}|{Screening?.Verdict?.Outcome}|{Screening?.Frames.Count}|{Screening?.RefusedFrames.Count}|{string.Join(',', Screening?.RequiredSearches ?? [])}";
}

/// <summary>One message the lane gave the officer.</summary>
public sealed record OfficerMessage(DateTimeOffset At, string Text, bool Alarm);

/// <summary>The device incidents the lane has seen since it started, for the devices page.</summary>
public sealed record DeviceIncidents(long ForcedPassages, long FireReleases, string? LastFault, DateTimeOffset? LastFaultAt, long SearchLogFailures);

/// <summary>The screening in the lane, as the officer sees it.</summary>
public sealed record ScreeningView(
    string Id,
    string Category,
    string Reference,
    int? AgeYears,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> AuthorisedItems,
    string IdentifiedBy,
    DateTimeOffset StartedAt,
    IReadOnlyList<FrameView> Frames,
    IReadOnlyList<string> RefusedFrames,
    bool? MetalAlarm,
    IReadOnlyList<string> MetalZones,
    VerdictView? Verdict,
    IReadOnlyList<string> RequiredSearches)
{
    internal static ScreeningView Of(ScreeningInProgress s) => new(
        s.Id,
        s.Person.Category.ToString(),
        s.Person.Reference,
        s.Person.AgeYears,
        [.. s.Person.Flags ?? []],
        [.. s.Person.AuthorisedItems ?? []],
        s.Card is not null ? "card" : $"officer {s.IdentifiedBy}",
        s.StartedAt,
        [.. s.Frames.Select(f => new FrameView(f.ImageHash, f.OpaqueArea, [.. f.Detections]))],
        [.. s.RefusedFrames],
        s.Arch?.Alarm,
        [.. s.Arch?.Zones ?? []],
        s.Verdict is { } v ? VerdictView.Of(v) : null,
        SearchNames(s.RequiredSearches));

    internal static string[] SearchNames(Searches searches) => LaneFlow.Names(searches);
}

/// <summary>One analysed x-ray frame of the person's bags.</summary>
public sealed record FrameView(string ImageHash, bool OpaqueArea, IReadOnlyList<FrameDetection> Detections);

/// <summary>The lane's verdict with every reason.</summary>
public sealed record VerdictView(
    string Outcome,
    IReadOnlyList<string> Searches,
    IReadOnlyList<FlaggedItemView> FlaggedItems,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> FiredRules,
    bool RandomlySelected,
    bool NotifySecurity)
{
    internal static VerdictView Of(VerdictSnapshot v) => new(
        v.Outcome.ToString(),
        ScreeningView.SearchNames(v.Searches),
        [.. v.FlaggedItems.Select(f => new FlaggedItemView(f.Item.Id, f.Item.ListLabel, f.Surrender))],
        [.. v.Reasons],
        [.. v.FiredRules],
        v.RandomlySelected,
        v.NotifySecurity);
}

/// <summary>An item the rules flagged, with its list.</summary>
public sealed record FlaggedItemView(string Item, string List, bool Surrender);
