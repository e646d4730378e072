using System.Globalization;
using System.Text.Json.Nodes;
using Screening.Rules;
using Screening.Station.Reports;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// A real search log in a temporary folder whose records are stamped at set times within a one-hour
/// report period, as the lane writes them, and the report writer that reads them back a day later.
/// </summary>
internal sealed class TimedLog : IDisposable
{
    /// <summary>The report's period: one hour.</summary>
    public static readonly DateTimeOffset From = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset To = From.AddHours(1);

    public TimedLog(string name) => Data = Path.Combine(Path.GetTempPath(), $"screening-{name}-" + Guid.NewGuid().ToString("N"));

    public string Data { get; }

    public static ReportQuery Period => new(From, To);

    /// <summary>Appends each record, stamped <c>Seconds</c> after the period's start, with the lane's own fields.</summary>
    public async Task WriteAsync(IEnumerable<(double Seconds, string Lane, string Kind, JsonObject Body)> records)
    {
        var clock = new SetClock();
        await using var store = SearchLogStore.Open(Data, clock);
        foreach (var (seconds, lane, kind, body) in records)
        {
            clock.Now = From.AddSeconds(seconds);
            body["lane"] = lane;
            body["at"] = clock.Now.ToString("O", CultureInfo.InvariantCulture);
            await store.AppendAsync(new NewRecord(lane, kind, body));
        }
    }

    /// <summary>The report writer over this log, as run a day after the period.</summary>
    public ReportWriter Writer() => new(Data, RuleSet.LoadDefault().Catalogue, new SetClock { Now = To.AddDays(1) });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }

    /// <summary>A clock the test sets: it stamps the records, and says when the report is made.</summary>
    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
