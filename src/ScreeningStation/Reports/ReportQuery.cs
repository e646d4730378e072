using System.Globalization;

namespace Screening.Station.Reports;

/// <summary>
/// What a report covers: records written in [<see cref="From"/>, <see cref="To"/>) (the search log's
/// record time, UTC), optionally of one lane, and whether person references may be shown.
/// </summary>
/// <param name="IncludeReferences">
/// True only for a signed-in Auditor or SecurityManager: person references and card numbers are
/// personal data the security department may see; everyone else gets the category and "withheld".
/// </param>
/// <param name="VerifyChain">
/// Check the hash chain over the period's records (on a second thread, beside the export). Off only for a
/// quick export: the rows still carry each record's hash, and `screening log verify` checks the whole log.
/// </param>
public sealed record ReportQuery(DateTimeOffset From, DateTimeOffset To, string? Lane = null, bool IncludeReferences = false, bool VerifyChain = true)
{
    /// <summary>What a withheld reference reads as in every format.</summary>
    public const string Withheld = "withheld";

    /// <summary>
    /// Parses the command line's --from and --to. A date alone (2026-01-31) is the whole UTC day, so
    /// <c>--from 2026-01-01 --to 2026-01-31</c> is all of January; a date and time (2026-01-05T08:00Z,
    /// an offset or Z required) is an exact instant and --to is exclusive.
    /// Throws <see cref="ReportException"/> naming the option for a malformed or inverted range.
    /// </summary>
    public static ReportQuery Parse(string from, string to, string? lane, bool includeReferences)
    {
        var start = ParseBound(from, "--from", endOfDay: false);
        var end = ParseBound(to, "--to", endOfDay: true);
        if (end <= start)
        {
            throw new ReportException($"--to ({to}) must be after --from ({from}): the range is inverted or empty");
        }

        if (lane is not null && string.IsNullOrWhiteSpace(lane))
        {
            throw new ReportException("--lane: a lane id cannot be empty");
        }

        return new ReportQuery(start, end, lane, includeReferences);
    }

    private static DateTimeOffset ParseBound(string text, string option, bool endOfDay)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var day = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? day.AddDays(1) : day;
        }

        // An instant must say its offset: a report's edges must not depend on the machine's time zone.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant)
            && text.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            return instant.ToUniversalTime();
        }

        throw new ReportException($"{option}: '{text}' is not a date (YYYY-MM-DD, a whole UTC day) or an instant with its offset (YYYY-MM-DDTHH:MM:SSZ)");
    }
}

/// <summary>A report that cannot be made as asked (bad range, unknown lane, no search log, unwritable output); the message names what was wrong.</summary>
public sealed class ReportException : Exception
{
    public ReportException()
        : this("the report cannot be made")
    {
    }

    public ReportException(string message)
        : base(message)
    {
    }

    public ReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
