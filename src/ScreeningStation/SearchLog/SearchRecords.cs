using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Screening.Station.SearchLog;

/// <summary>
/// A record to append. The store stamps the time and the sequence; <paramref name="Body"/> is the
/// record's content (a JSON object, kept with its properties in the order given). Reference kept
/// images by their hash under a property named <c>image</c> (one) or <c>images</c> (an array) so
/// that verification checks them.
/// </summary>
/// <param name="Lane">The lane id (Lane:Id).</param>
/// <param name="Kind">One of <see cref="RecordKind"/>.</param>
/// <param name="Body">The content. Copied (canonicalised) when appended: later changes to it are not recorded.</param>
/// <param name="Corrects">The sequence of an earlier record this one corrects (required for <see cref="RecordKind.Correction"/>).</param>
public sealed record NewRecord(string Lane, string Kind, JsonObject Body, long? Corrects = null)
{
    private static readonly JsonSerializerOptions BodyOptions = new(JsonSerializerDefaults.Web);

    /// <summary>A record whose body is <paramref name="body"/> serialised with web defaults (camelCase).</summary>
    public static NewRecord Of<T>(string lane, string kind, T body, long? corrects = null) =>
        new(lane, kind,
            JsonSerializer.SerializeToNode(body, BodyOptions) as JsonObject
                ?? throw new ArgumentException($"a record body must serialise to a JSON object, not {typeof(T).Name}", nameof(body)),
            corrects);
}

/// <summary>A record as committed to the search log.</summary>
/// <param name="Sequence">1, 2, 3, … with no gaps.</param>
/// <param name="Time">When the store wrote it (UTC).</param>
/// <param name="Body">The canonical JSON text that was hashed.</param>
/// <param name="PreviousHash">The hash of record <c>Sequence - 1</c>, or <see cref="RecordHash.Genesis"/> for the first.</param>
/// <param name="Hash">"sha256:" and 64 lowercase hex digits over the record's canonical encoding.</param>
public sealed record StoredRecord(
    long Sequence, DateTimeOffset Time, string Lane, string Kind, long? Corrects, string Body, string PreviousHash, string Hash)
{
    /// <summary>The body as a mutable JSON object (a fresh copy each call).</summary>
    public JsonObject ParseBody() => JsonNode.Parse(Body)?.AsObject() ?? [];

    /// <summary>The stored text of a time: ISO-8601 round-trip in UTC, fixed width, so text order is time order.</summary>
    internal static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
