namespace Screening.Station.Reports;

/// <summary>One detection the x-ray analysis attached to a screening.</summary>
public readonly record struct RowDetection(string Item, double Confidence);

/// <summary>One item the officer found, with the list the catalogue puts it on (A, B, C, Local, or "?" for an item the current catalogue does not know).</summary>
public readonly record struct RowFind(string Item, string List);

/// <summary>
/// One screening as a report row: the screening's full record (a <c>Screening</c> record, or a
/// <c>ScreeningInterrupted</c> one for a person a fire release, a stop or a crash of the lane caught before any Screening record of them was written),
/// with every correction in the log applied. A new object per row: a consumer may keep it.
/// </summary>
public sealed class ScreeningRow
{
    internal static readonly IReadOnlyList<string> NoNames = [];

    /// <summary>The record's sequence in the search log.</summary>
    public long Sequence { get; internal set; }

    /// <summary>The record time as stored (ISO-8601 UTC, 7 decimals): when the search log wrote it.</summary>
    public string Time { get; internal set; } = "";

    public string Lane { get; internal set; } = "";

    /// <summary>The screening id (lane, start time, count).</summary>
    public string Screening { get; internal set; } = "";

    /// <summary>Cleared, Admitted, AdmittedByOverride, Refused, Abandoned, WalkedAway or Interrupted.</summary>
    public string Status { get; internal set; } = "";

    /// <summary>Staff, Contractor, OfficialVisitor, Visitor, Prisoner.</summary>
    public string Category { get; internal set; } = "";

    /// <summary>The person reference, or <see cref="ReportQuery.Withheld"/> without an Auditor or SecurityManager.</summary>
    public string? Reference { get; internal set; }

    /// <summary>The card read (facility:number), withheld like the reference; null when identified by hand.</summary>
    public string? Card { get; internal set; }

    /// <summary>card or officer.</summary>
    public string? IdentifiedBy { get; internal set; }

    public string? Establishment { get; internal set; }

    /// <summary>The state of alert the verdict was made under (null when never decided).</summary>
    public string? AlertState { get; internal set; }

    public bool ShutDown { get; internal set; }

    /// <summary>True for an alarm, false for a clear walk, null when the person never walked the arch.</summary>
    public bool? MetalAlarm { get; internal set; }

    public IReadOnlyList<string> AlarmZones { get; internal set; } = NoNames;

    public IReadOnlyList<RowDetection> Detections { get; internal set; } = [];

    /// <summary>The rules' verdict: Clear, Search or Refuse; null when never decided.</summary>
    public string? Verdict { get; internal set; }

    /// <summary>The random draw selected this person for search.</summary>
    public bool RandomlySelected { get; internal set; }

    public IReadOnlyList<string> SearchesRequired { get; internal set; } = NoNames;

    public IReadOnlyList<string> SearchesDone { get; internal set; } = NoNames;

    public IReadOnlyList<RowFind> ItemsFound { get; internal set; } = [];

    /// <summary>What was done with the finds: Locker, Confiscated, Police.</summary>
    public string? Disposal { get; internal set; }

    /// <summary>The recorded cause of a metal-detector alarm.</summary>
    public string? AlarmResolution { get; internal set; }

    /// <summary>The officer who recorded the outcome, else the officer who identified the person.</summary>
    public string? Officer { get; internal set; }

    /// <summary>The officer who authorised an override.</summary>
    public string? AuthorisedBy { get; internal set; }

    /// <summary>The officer recorded an outcome (searches done, finds, admit or refuse).</summary>
    public bool HasOutcome { get; internal set; }

    /// <summary>The officer asked for a Security Information Report.</summary>
    public bool SirRequested { get; internal set; }

    /// <summary>The sequences of the Correction records applied to this row, oldest first.</summary>
    public IReadOnlyList<long> Corrections { get; internal set; } = [];

    /// <summary>The record's hash in the chain (of the record as written, before corrections).</summary>
    public string RecordHash { get; internal set; } = "";

    /// <summary>True when every search the verdict required is among the searches done.</summary>
    public bool AllRequiredSearchesDone
    {
        get
        {
            foreach (var required in SearchesRequired)
            {
                if (!SearchesDone.Contains(required))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
