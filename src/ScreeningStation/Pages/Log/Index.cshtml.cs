using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Screening.Station.Accounts;
using Screening.Station.SearchLog;

namespace Screening.Station.Pages.Log;

/// <summary>
/// The search log, filtered by date, lane, category, outcome and item; the latest matches first. Person
/// references are shown to auditors and security managers only, as in the reports.
/// </summary>
public sealed class LogIndexModel(SearchLogStore log, TimeProvider time) : PageModel
{
    /// <summary>A page shows this many records at most (the latest); a longer period is for the report export.</summary>
    public const int MaxRows = 500;

    private static readonly string[] ScreeningKinds = [RecordKind.Screening, RecordKind.ScreeningInterrupted];

    public IReadOnlyList<LogRow> Rows { get; private set; } = [];

    public long Matching { get; private set; }

    public string? Problem { get; private set; }

    public string From { get; private set; } = "";

    public string To { get; private set; } = "";

    public string? Lane { get; private set; }

    public string? Category { get; private set; }

    public string? Outcome { get; private set; }

    public string? Item { get; private set; }

    public bool AllKinds { get; private set; }

    public bool ShowReferences { get; private set; }

    public void OnGet(string? from, string? to, string? lane, string? category, string? outcome, string? item, bool all)
    {
        ViewData["Page"] = "log";
        ViewData["Title"] = "Search log";
        ShowReferences = User.IsInRole(nameof(Role.Auditor)) || User.IsInRole(nameof(Role.SecurityManager));
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var first = ParseDate(from, "from") ?? today;
        var last = ParseDate(to, "to") ?? first;
        if (Problem is null && last < first)
        {
            Problem = $"The period ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).";
            last = first;
        }

        if (Problem is null && last.DayNumber - first.DayNumber > 366)
        {
            Problem = "The console shows at most a year at once: use the report export for longer periods.";
            last = first.AddDays(366);
        }

        From = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        To = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Lane = Clean(lane);
        Category = Clean(category);
        Outcome = Clean(outcome);
        Item = Clean(item);
        AllKinds = all;

        var zone = time.LocalTimeZone;
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(first.ToDateTime(TimeOnly.MinValue)));
        var endDay = last.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var end = new DateTimeOffset(endDay, zone.GetUtcOffset(endDay));

        // Streamed: only the latest MaxRows are kept, however long the period.
        var kept = new Queue<LogRow>();
        foreach (var record in log.ReadRange(start, end, Lane))
        {
            if (!AllKinds && !ScreeningKinds.Contains(record.Kind))
            {
                continue;
            }

            var row = LogRow.Of(record, ShowReferences);
            if ((Category is not null && !string.Equals(row.Category, Category, StringComparison.OrdinalIgnoreCase))
                || (Outcome is not null && !string.Equals(row.Status, Outcome, StringComparison.OrdinalIgnoreCase) && !string.Equals(row.Verdict, Outcome, StringComparison.OrdinalIgnoreCase))
                || (Item is not null && !row.Items.Contains(Item, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            Matching++;
            kept.Enqueue(row);
            if (kept.Count > MaxRows)
            {
                kept.Dequeue();
            }
        }

        Rows = [.. kept.Reverse()];
    }

    private DateOnly? ParseDate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date.Year is >= 2000 and <= 2199)
            {
                return date;
            }

            Problem ??= $"{date:yyyy-MM-dd} for '{name}' is outside the years the search log can hold (2000 to 2199).";
            return null;
        }

        Problem ??= $"'{(text.Length > 20 ? text[..20] + "…" : text)}' is not a date for '{name}' (use YYYY-MM-DD).";
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length > 64 ? text.Trim()[..64] : text.Trim();
}

/// <summary>One line of the search log page.</summary>
public sealed record LogRow(
    long Sequence, DateTimeOffset Time, string Lane, string Kind, string? Category, string? Reference, string? Status, string? Verdict,
    IReadOnlyList<string> SearchesRequired, IReadOnlyList<string> SearchesDone, IReadOnlyList<string> Items, string? Officer)
{
    public static LogRow Of(StoredRecord record, bool withReference)
    {
        // Bodies differ by kind (an Override's "verdict" is a word, a Screening's an object): read only what has the expected shape.
        var body = record.ParseBody();
        var outcome = body["outcome"] as JsonObject;
        var verdict = body["verdict"] as JsonObject;
        var person = body["person"] as JsonObject;
        var detected = (body["detections"] as JsonArray ?? []).OfType<JsonObject>().Select(d => Text(d["item"])).OfType<string>();
        var found = Strings(outcome?["itemsFound"]);
        return new LogRow(
            record.Sequence,
            record.Time,
            record.Lane,
            record.Kind,
            Text(person?["category"]),
            person is null ? null : withReference ? Text(person["reference"]) : "withheld",
            Text(body["status"]),
            Text(verdict?["outcome"]) ?? Text(body["verdict"]),
            Strings(verdict?["searches"]),
            Strings(outcome?["searchesDone"]),
            [.. detected.Concat(found).Distinct(StringComparer.Ordinal)],
            Text(outcome?["officer"]) ?? Text(body["officer"]) ?? Text(body["setBy"]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value ? value.ToString() : null;

    internal static string[] Strings(JsonNode? node) => [.. (node as JsonArray ?? []).Select(n => n is JsonValue v ? v.ToString() : null).OfType<string>()];
}
