using System.Text.Json;

namespace Screening.Station.Reports;

/// <summary>An item named in a Security Information Report draft.</summary>
/// <param name="Name">The catalogue's name for it (the id when the catalogue does not know it).</param>
/// <param name="List">A, B, C, Local, or "?".</param>
public sealed record SirItem(string Item, string Name, string List);

/// <summary>
/// A Security Information Report draft, made by the report for every find, every forced passage and
/// every screening where the officer asked for one. A draft, not a report: the security department
/// completes and grades it in its own system; this carries what the search log knows, structured.
/// </summary>
/// <param name="Id">"SIR-" and the sequence of the record it is drawn from: stable across exports.</param>
/// <param name="Kind">Find, ForcedPassage or Requested (the officer asked for one without a find).</param>
/// <param name="What">One sentence: what happened.</param>
/// <param name="When">The record time (ISO-8601 UTC).</param>
/// <param name="Lane">Where: the lane.</param>
/// <param name="Establishment">Where: the establishment, when the lane records it.</param>
/// <param name="ReportedBy">The officer who recorded it (null for a forced passage, which the turnstile sensed).</param>
/// <param name="Category">The person's category (null for a forced passage: nobody was identified).</param>
/// <param name="Reference">The person reference, or "withheld".</param>
/// <param name="Screening">The screening id, when there is one.</param>
/// <param name="Items">What was found.</param>
/// <param name="Action">What was done: the disposal and the entry decision, or the lane's response.</param>
/// <param name="Sequence">The search log record it is drawn from.</param>
/// <param name="RecordHash">That record's hash, so the draft can be checked against the log.</param>
public sealed record SirDraft(
    string Id,
    string Kind,
    string What,
    string When,
    string Lane,
    string? Establishment,
    string? ReportedBy,
    string? Category,
    string? Reference,
    string? Screening,
    IReadOnlyList<SirItem> Items,
    string Action,
    long Sequence,
    string RecordHash)
{
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("status", "Draft");
        w.WriteString("kind", Kind);
        w.WriteString("what", What);
        w.WriteString("when", When);
        w.WriteStartObject("where");
        w.WriteString("lane", Lane);
        WriteOrNull(w, "establishment", Establishment);
        w.WriteEndObject();
        WriteOrNull(w, "reportedBy", ReportedBy);
        w.WriteStartObject("person");
        WriteOrNull(w, "category", Category);
        WriteOrNull(w, "reference", Reference);
        w.WriteEndObject();
        WriteOrNull(w, "screening", Screening);
        w.WriteStartArray("items");
        foreach (var item in Items)
        {
            w.WriteStartObject();
            w.WriteString("item", item.Item);
            w.WriteString("name", item.Name);
            w.WriteString("list", item.List);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("action", Action);
        w.WriteStartObject("record");
        w.WriteNumber("sequence", Sequence);
        w.WriteString("hash", RecordHash);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
