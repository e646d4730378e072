namespace Screening.Station.Reports;

/// <summary>Passages through one lane's arch and the alarms among them (for drift: a ratio that moves is a detector to check).</summary>
public sealed class LaneDetectorCounts
{
    internal readonly SortedDictionary<string, long> ZoneAlarms = new(StringComparer.Ordinal);

    /// <summary>Screenings whose person walked the arch (clear or alarm).</summary>
    public long Walks { get; internal set; }

    public long Alarms { get; internal set; }

    public double AlarmRatio => Walks == 0 ? 0 : (double)Alarms / Walks;

    /// <summary>Alarms that named each zone (an alarm may name several).</summary>
    public IReadOnlyDictionary<string, long> AlarmsByZone => ZoneAlarms;
}

/// <summary>Time a device spent faulted (or a lane spent fire-released) in the period, and how often.</summary>
/// <remarks>
/// A device has faults of several kinds that stand and clear apart (the detector's StuckAlarm and NotReady,
/// the turnstile's passage sensor In and Out). It is down from the moment its first standing fault was
/// raised until its last one cleared: overlapping kinds count once. Only the report's counting thread
/// touches the fields.
/// </remarks>
public sealed class DowntimeCounts
{
    /// <summary>The kinds standing now.</summary>
    internal readonly SortedSet<string> Standing = new(StringComparer.Ordinal);

    /// <summary>The kinds with a record in the period so far (an end of a kind not among them began before the period).</summary>
    internal readonly HashSet<string> Seen = new(StringComparer.Ordinal);

    /// <summary>The lane the device is on (null for a lane's own fire release).</summary>
    internal string? Lane;

    /// <summary>Since when the device has been down, while any kind stands; null while it is up.</summary>
    internal DateTimeOffset? Since;

    /// <summary>Faults (or releases) that began in the period, each kind counted (StuckAlarm and NotReady are two); one standing since before it is not counted but is down from its start.</summary>
    public long Events { get; internal set; }

    /// <summary>Time down in the period: the union of the kinds' intervals, not their sum.</summary>
    public TimeSpan Downtime { get; internal set; }

    /// <summary>Still faulted (or released) at the end of the period.</summary>
    public bool OpenAtEnd => Since is not null;
}

/// <summary>The chain check over the records of the period (and the link into it from the record before).</summary>
/// <param name="Checked">False when the export was asked not to check the chain (then nothing is claimed).</param>
/// <param name="Verified">Every record from the period's first to its last links to the one before it and matches its hash.</param>
/// <param name="RecordsChecked">Records hashed (every lane's: the chain runs through all of them).</param>
/// <param name="FirstSequence">The period's first record, or null when the period is empty.</param>
/// <param name="LastSequence">The period's last record.</param>
/// <param name="LastHash">The hash of the period's last record (compare with a copy kept elsewhere).</param>
/// <param name="FirstBroken">The first record found broken, and why.</param>
/// <param name="BrokenRecords">How many records were found broken.</param>
public sealed record ChainCheck(bool Checked, bool Verified, long RecordsChecked, long? FirstSequence, long? LastSequence, string? LastHash, string? FirstBroken, long BrokenRecords)
{
    internal static readonly ChainCheck NotChecked = new(false, false, 0, null, null, null, null, 0);

    /// <summary>An empty period: nothing to check, nothing broken.</summary>
    internal static readonly ChainCheck Empty = new(true, true, 0, null, null, null, null, 0);

    /// <summary>VERIFIED, BROKEN or NOT CHECKED, as the reports print it.</summary>
    public string Word => !Checked ? "NOT CHECKED" : Verified ? "VERIFIED" : "BROKEN";
}

/// <summary>
/// The figures of a report, computed in the same single pass that streams the rows: counters and
/// small per-lane, per-category, per-item tables only, so memory does not grow with the period.
/// Every figure counts records as the log holds them, with corrections applied.
/// </summary>
public sealed class ReportSummary
{
    internal readonly SortedDictionary<string, SortedDictionary<string, long>> ByCategoryVerdict = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, SortedDictionary<string, long>> ByCategoryStatus = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> Required = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> Done = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> FindList = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> FindItem = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, LaneDetectorCounts> Detector = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> Closures = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, DowntimeCounts> Faults = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, DowntimeCounts> Fire = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> Forced = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, long> Refused = new(StringComparer.Ordinal);
    internal readonly SortedDictionary<string, TimeSpan> StateTime = new(StringComparer.Ordinal);

    public ReportSummary(ReportQuery query, DateTimeOffset generatedAt)
    {
        Query = query;
        GeneratedAt = generatedAt;
    }

    public ReportQuery Query { get; }

    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Screening rows (one per person screened).</summary>
    public long Screenings { get; internal set; }

    /// <summary>Records of the period read (the lane's, or every lane's without --lane).</summary>
    public long Records { get; internal set; }

    /// <summary>Screenings by person category, then by the rules' verdict (Clear, Search, Refuse, or None when never decided).</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, long>> CategoryByVerdict => ByCategoryVerdict;

    /// <summary>Screenings by person category, then by how the screening ended (Cleared, Admitted, AdmittedByOverride, Refused, …).</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, long>> CategoryByStatus => ByCategoryStatus;

    /// <summary>How often each search type was required by a verdict.</summary>
    public IReadOnlyDictionary<string, long> SearchesRequired => Required;

    /// <summary>How often each search type was recorded as done.</summary>
    public IReadOnlyDictionary<string, long> SearchesDone => Done;

    /// <summary>Screenings with at least one item found.</summary>
    public long ScreeningsWithFinds { get; internal set; }

    /// <summary>Items found by list (A, B, C, Local, "?").</summary>
    public IReadOnlyDictionary<string, long> FindsByList => FindList;

    /// <summary>Items found by catalogue id.</summary>
    public IReadOnlyDictionary<string, long> FindsByItem => FindItem;

    public IReadOnlyDictionary<string, LaneDetectorCounts> DetectorByLane => Detector;

    /// <summary>Screenings the random draw selected.</summary>
    public long RandomSelected { get; internal set; }

    /// <summary>Of those, screenings whose outcome records every required search as done.</summary>
    public long RandomSearched { get; internal set; }

    /// <summary>How freed screenings ended: Passed, NoPassage, NotFreed (the devices refused the free), Interrupted (ScreeningClosed and ScreeningInterrupted records).</summary>
    public IReadOnlyDictionary<string, long> ClosedBy => Closures;

    /// <summary>Per "lane device" (e.g. "lane-1 MetalDetector"): faults and downtime within the period.</summary>
    public IReadOnlyDictionary<string, DowntimeCounts> DeviceFaults => Faults;

    /// <summary>Per lane: fire releases and the time the lane stood released.</summary>
    public IReadOnlyDictionary<string, DowntimeCounts> FireReleases => Fire;

    /// <summary>Forced passages per lane.</summary>
    public IReadOnlyDictionary<string, long> ForcedPassages => Forced;

    /// <summary>Refused or shed x-ray frames per lane.</summary>
    public IReadOnlyDictionary<string, long> RefusedFrames => Refused;

    public long Overrides { get; internal set; }

    public long CardsRefused { get; internal set; }

    public long LaneStarts { get; internal set; }

    /// <summary>Correction records written in the period.</summary>
    public long CorrectionRecords { get; internal set; }

    /// <summary>Corrections applied to the period's records (wherever in the log they were written).</summary>
    public long CorrectionsApplied { get; internal set; }

    /// <summary>The state of alert in force when the period began (the last change before it), or null when none was recorded.</summary>
    public string? InitialAlertState { get; internal set; }

    /// <summary>State changes in the period (each change once, though every lane records it).</summary>
    public long AlertChanges { get; internal set; }

    /// <summary>Time spent in each state of alert within the period ("unknown" before the first recorded state).</summary>
    public IReadOnlyDictionary<string, TimeSpan> TimeInAlertState => StateTime;

    /// <summary>Security Information Report drafts made.</summary>
    public long SirDrafts { get; internal set; }

    public ChainCheck Chain { get; internal set; } = ChainCheck.Empty;

    /// <summary>Where the period ends for durations: its end, or the moment of the report when that is earlier.</summary>
    public DateTimeOffset EffectiveEnd => Query.To < GeneratedAt ? Query.To : GeneratedAt;

    internal static void Increment<TKey>(IDictionary<TKey, long> counts, TKey key, long by = 1)
        where TKey : notnull => counts[key] = (counts.TryGetValue(key, out var n) ? n : 0) + by;

    internal static void Increment(SortedDictionary<string, SortedDictionary<string, long>> table, string row, string column)
    {
        if (!table.TryGetValue(row, out var columns))
        {
            table[row] = columns = new SortedDictionary<string, long>(StringComparer.Ordinal);
        }

        Increment(columns, column);
    }
}
