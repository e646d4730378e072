using System.Text.Json;
using Screening.Rules.Catalogue;

namespace Screening.Station.Reports;

/// <summary>
/// Reads a screening record's body (as <c>LaneFlow.ScreeningBody</c> writes it) into a
/// <see cref="ScreeningRow"/> with one forward pass of a <see cref="Utf8JsonReader"/>: no document,
/// nothing kept but the row. A year of a busy gate is half a million bodies, so this is the report's
/// hot path. Unknown properties are skipped, so records written by an older or newer lane still read.
/// The values a log repeats on every row (statuses, categories, officers, searches, items) come from
/// <c>names</c>, one string each, instead of a new string per row; references and card numbers that are
/// withheld are never decoded.
/// </summary>
internal static class ScreeningBodyReader
{
    /// <param name="body">Valid UTF-8 (the caller replaces invalid bytes first).</param>
    /// <param name="names">The calling thread's own cache of repeated names.</param>
    public static void Read(ReadOnlySpan<byte> body, ScreeningRow row, ItemCatalogue catalogue, bool includeReferences, NameCache names)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a screening body is a JSON object");
        }

        string? identifyingOfficer = null, outcomeOfficer = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("screening"u8))
            {
                row.Screening = NextString(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                row.Status = NextString(ref reader, names) ?? "";
            }
            else if (reader.ValueTextEquals("person"u8))
            {
                ReadPerson(ref reader, row, includeReferences, names);
            }
            else if (reader.ValueTextEquals("identifiedBy"u8))
            {
                row.IdentifiedBy = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("card"u8))
            {
                row.Card = includeReferences ? NextString(ref reader) : NextWithheld(ref reader);
            }
            else if (reader.ValueTextEquals("officer"u8))
            {
                identifyingOfficer = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("detections"u8))
            {
                row.Detections = ReadDetections(ref reader, names);
            }
            else if (reader.ValueTextEquals("metalDetector"u8))
            {
                ReadDetector(ref reader, row, names);
            }
            else if (reader.ValueTextEquals("alertState"u8))
            {
                row.AlertState = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("shutDown"u8))
            {
                row.ShutDown = NextBool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("establishment"u8))
            {
                row.Establishment = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("verdict"u8))
            {
                ReadVerdict(ref reader, row, names);
            }
            else if (reader.ValueTextEquals("outcome"u8))
            {
                outcomeOfficer = ReadOutcome(ref reader, row, catalogue, names);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        row.Officer = outcomeOfficer ?? identifyingOfficer;
    }

    private static void ReadPerson(ref Utf8JsonReader reader, ScreeningRow row, bool includeReferences, NameCache names)
    {
        if (!StartObject(ref reader))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("category"u8))
            {
                row.Category = NextString(ref reader, names) ?? "";
            }
            else if (reader.ValueTextEquals("reference"u8))
            {
                row.Reference = includeReferences ? NextString(ref reader) : NextWithheld(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadDetector(ref Utf8JsonReader reader, ScreeningRow row, NameCache names)
    {
        if (!StartObject(ref reader))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("alarm"u8))
            {
                row.MetalAlarm = NextBool(ref reader);
            }
            else if (reader.ValueTextEquals("zones"u8))
            {
                row.AlarmZones = NextNames(ref reader, names);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static IReadOnlyList<RowDetection> ReadDetections(ref Utf8JsonReader reader, NameCache names)
    {
        List<RowDetection>? list = null;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return Array.Empty<RowDetection>();
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? item = null;
            double confidence = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("item"u8))
                {
                    item = NextString(ref reader, names);
                }
                else if (reader.ValueTextEquals("confidence"u8))
                {
                    reader.Read();
                    confidence = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : 0;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (item is not null)
            {
                (list ??= []).Add(new RowDetection(item, confidence));
            }
        }

        return list is null ? Array.Empty<RowDetection>() : list;
    }

    private static void ReadVerdict(ref Utf8JsonReader reader, ScreeningRow row, NameCache names)
    {
        if (!StartObject(ref reader))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("outcome"u8))
            {
                row.Verdict = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("searches"u8))
            {
                row.SearchesRequired = NextNames(ref reader, names);
            }
            else if (reader.ValueTextEquals("randomlySelected"u8))
            {
                row.RandomlySelected = NextBool(ref reader) ?? false;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>Reads the officer's outcome; returns the recording officer.</summary>
    private static string? ReadOutcome(ref Utf8JsonReader reader, ScreeningRow row, ItemCatalogue catalogue, NameCache names)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        row.HasOutcome = true;
        string? officer = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("officer"u8))
            {
                officer = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("searchesDone"u8))
            {
                row.SearchesDone = NextNames(ref reader, names);
            }
            else if (reader.ValueTextEquals("itemsFound"u8))
            {
                var items = NextNames(ref reader, names);
                if (items.Count > 0)
                {
                    var finds = new List<RowFind>(items.Count);
                    foreach (var item in items)
                    {
                        finds.Add(new RowFind(item, catalogue.TryFind(item, out var known) ? known.ListLabel : "?"));
                    }

                    row.ItemsFound = finds;
                }
            }
            else if (reader.ValueTextEquals("disposal"u8))
            {
                row.Disposal = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("alarmResolution"u8))
            {
                row.AlarmResolution = NextString(ref reader, names);
            }
            else if (reader.ValueTextEquals("securityInformationReport"u8))
            {
                row.SirRequested = NextBool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("authorisedBy"u8))
            {
                row.AuthorisedBy = NextString(ref reader, names);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return officer;
    }

    private static bool StartObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>The next value as <see cref="NextString(ref Utf8JsonReader)"/> reads it, a plain string from <paramref name="names"/>.</summary>
    private static string? NextString(ref Utf8JsonReader reader, NameCache names)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? names.Get(reader.ValueSpan) : Current(ref reader);
    }

    /// <summary><see cref="ReportQuery.Withheld"/> wherever <see cref="NextString(ref Utf8JsonReader)"/> would give a value, without decoding it.</summary>
    private static string? NextWithheld(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return ReportQuery.Withheld;
            default:
                reader.Skip();
                return null;
        }
    }

    private static string? NextString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return Current(ref reader);
    }

    private static string? Current(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                // A field written as another type by a corrected or older record: keep its text, never guess.
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    private static bool? NextBool(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                reader.Skip();
                return null;
        }
    }

    private static IReadOnlyList<string> NextNames(ref Utf8JsonReader reader, NameCache names)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return ScreeningRow.NoNames;
        }

        List<string>? list = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped ? reader.GetString() : names.Get(reader.ValueSpan)) is { } name)
            {
                (list ??= []).Add(name);
            }
            else
            {
                reader.Skip();
            }
        }

        return list ?? ScreeningRow.NoNames;
    }
}
