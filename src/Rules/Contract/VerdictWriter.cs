using System.Text;
using System.Text.Json;
using Screening.Rules.Model;

namespace Screening.Rules.Contract;

/// <summary>Writes a verdict as DESIGN.md's decision-contract JSON, or as text for the officer.</summary>
public static class VerdictWriter
{
    public static void WriteJson(Utf8JsonWriter json, Verdict verdict, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(verdict);
        json.WriteStartObject();
        json.WriteString("outcome", verdict.Outcome.ToString());
        json.WriteString("turnstile", verdict.Turnstile.ToString());
        json.WriteStartArray("searches");
        foreach (var search in SearchesExtensions.All)
        {
            if (verdict.Searches.Has(search))
            {
                json.WriteStringValue(search.Name());
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("flaggedItems");
        foreach (var flagged in verdict.FlaggedItems)
        {
            json.WriteStartObject();
            json.WriteString("item", flagged.Item.Id);
            json.WriteString("list", flagged.Item.ListLabel);
            json.WriteNumber("confidence", Math.Round(flagged.Confidence, 3));
            json.WriteBoolean("suspected", flagged.Suspected);
            json.WriteBoolean("surrender", flagged.Surrender);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "reasons", verdict.Reasons);
        WriteStrings(json, "firedRules", verdict.FiredRules);
        json.WriteStartArray("conditions");
        foreach (var condition in VerdictConditionsExtensions.All)
        {
            if (verdict.Conditions.HasFlag(condition))
            {
                json.WriteStringValue(condition.Name());
            }
        }

        json.WriteEndArray();
        json.WriteBoolean("notifySecurity", verdict.NotifySecurity);
        json.WriteBoolean("randomlySelected", verdict.RandomlySelected);
        json.WriteString("alertState", verdict.AlertState.Id);
        json.WriteString("establishment", verdict.Establishment.Id);
        json.WriteString("ruleSetHash", verdict.RuleSetHash);
        if (warnings is { Count: > 0 })
        {
            WriteStrings(json, "warnings", warnings.ToArray());
        }

        json.WriteEndObject();
    }

    public static string ToJson(Verdict verdict, IReadOnlyList<string>? warnings = null, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            WriteJson(json, verdict, warnings);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The verdict as an officer reads it on a terminal.</summary>
    public static string ToText(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var text = new StringBuilder();
        text.Append(verdict.Outcome.ToString().ToUpperInvariant())
            .Append("  (turnstile ").Append(verdict.Turnstile).Append(")\n");
        var searches = new List<string>();
        foreach (var search in SearchesExtensions.All)
        {
            if (verdict.Searches.Has(search))
            {
                searches.Add(search.Name());
            }
        }

        if (searches.Count > 0)
        {
            text.Append("Searches: ").Append(string.Join(", ", searches)).Append('\n');
        }

        foreach (var flagged in verdict.FlaggedItems)
        {
            text.Append("Item:     ").Append(flagged.Item.Name).Append(" (")
                .Append(flagged.Item.List == Catalogue.ItemList.Local ? "local list" : "List " + flagged.Item.ListLabel).Append(')')
                .Append(flagged.Suspected ? ", suspected" : "")
                .Append(flagged.Surrender ? ", surrender to locker" : "").Append('\n');
        }

        foreach (var condition in VerdictConditionsExtensions.All)
        {
            if (verdict.Conditions.HasFlag(condition))
            {
                text.Append("Condition: ").Append(condition.Name()).Append('\n');
            }
        }

        if (verdict.NotifySecurity)
        {
            text.Append("Security to be informed.\n");
        }

        foreach (var reason in verdict.Reasons)
        {
            text.Append("  - ").Append(reason).Append('\n');
        }

        text.Append("State: ").Append(verdict.AlertState.Id).Append(", establishment: ").Append(verdict.Establishment.Id).Append('\n');
        text.Append("Rules fired: ").Append(verdict.FiredCount == 0 ? "none" : string.Join(", ", verdict.FiredRules.ToArray())).Append('\n');
        text.Append("Rule set: ").Append(verdict.RuleSetHash).Append('\n');
        return text.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, ReadOnlySpan<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
