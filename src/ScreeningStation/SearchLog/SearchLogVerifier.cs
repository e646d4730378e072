using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Screening.Station.SearchLog;

/// <summary>The first record verification found broken, and why.</summary>
/// <param name="Kind">The record's kind, or null when the record is missing.</param>
public sealed record BrokenRecord(long Sequence, string? Kind, string Reason)
{
    public override string ToString() => $"record {Sequence} ({Kind ?? "missing"}): {Reason}";
}

/// <summary>What <see cref="SearchLogVerifier.Verify"/> found.</summary>
/// <param name="Verified">True when the log exists, every record links and hashes, and every referenced image is intact.</param>
/// <param name="Records">Records read.</param>
/// <param name="ImagesChecked">Distinct images hashed.</param>
/// <param name="Problems">Records found broken (only the first is described).</param>
/// <param name="Error">Set when the log could not be read at all (missing, not a search log, unreadable).</param>
public sealed record SearchLogVerification(
    string Database,
    bool Verified,
    long Records,
    long? LastSequence,
    DateTimeOffset? FirstTime,
    DateTimeOffset? LastTime,
    string? LastHash,
    long ImagesChecked,
    long Problems,
    BrokenRecord? FirstBroken,
    string? Error);

/// <summary>
/// Checks the search log from record 1: no sequence missing, each record's previous hash equal to
/// the hash stored on the record before it, each hash recomputed from the record's fields, each
/// correction naming an earlier record, and every image a body refers to (a "sha256:&lt;hex&gt;" string
/// anywhere under a property named <c>image</c> or <c>images</c>) kept and unchanged.
/// Streams: memory does not grow with the number of records.
/// </summary>
/// <remarks>
/// What a chain cannot show on its own: a log cut short at its end, or rewritten from some record on
/// with every later hash recomputed. Compare <see cref="SearchLogVerification.LastHash"/> with a
/// copy kept elsewhere (the daily report, the central database) to close that.
/// </remarks>
public static partial class SearchLogVerifier
{
    /// <summary>Images already found intact are not hashed again (bounded, so memory stays bounded).</summary>
    private const int IntactImageCacheLimit = 100_000;

    public static SearchLogVerification Verify(string dataDirectory, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        logger ??= NullLogger.Instance;
        var full = Path.GetFullPath(dataDirectory);
        var path = Path.Combine(full, SearchLogStore.FileName);
        if (!File.Exists(path))
        {
            return Failed(logger, path, $"there is no search log at {path}");
        }

        var images = new ImageStore(full);
        var intactImages = new HashSet<string>(StringComparer.Ordinal);
        long records = 0, problems = 0, imagesChecked = 0, expected = 1;
        long? lastSequence = null;
        DateTimeOffset? firstTime = null, lastTime = null;
        string? lastHash = null;
        BrokenRecord? firstBroken = null;
        var previousHash = RecordHash.Genesis;
        try
        {
            using var connection = SearchLogStore.OpenReader(path);
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA application_id;";
                if (check.ExecuteScalar() is not long id || id != SearchLogStore.ApplicationId)
                {
                    return Failed(logger, path, $"{path} is not a search log");
                }
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {SearchLogStore.Columns} FROM records ORDER BY sequence";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if ((records & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                records++;
                string? problem;
                long sequence;
                string? kind = null, hash = null;
                try
                {
                    sequence = reader.GetInt64(0);
                    var time = reader.GetString(1);
                    var lane = reader.GetString(2);
                    kind = reader.GetString(3);
                    long? corrects = reader.IsDBNull(4) ? null : reader.GetInt64(4);
                    var body = reader.GetString(5);
                    var storedPrevious = reader.GetString(6);
                    hash = reader.GetString(7);

                    if (sequence > expected)
                    {
                        // Reported against the first missing sequence; the link of this record is
                        // broken by the same gap, so it is not counted again.
                        Note(new BrokenRecord(expected, null, sequence == expected + 1
                            ? $"record {expected} is missing (the next record is {sequence})"
                            : $"records {expected} to {sequence - 1} are missing (the next record is {sequence})"));
                        problem = CheckRecord(sequence, time, lane, kind, corrects, body, storedPrevious, hash, linkExpected: null, images, intactImages, ref imagesChecked);
                    }
                    else
                    {
                        problem = sequence < expected
                            ? $"sequence {sequence} is out of order (expected {expected})"
                            : CheckRecord(sequence, time, lane, kind, corrects, body, storedPrevious, hash, previousHash, images, intactImages, ref imagesChecked);
                    }

                    var at = StoredRecord.ParseTime(time);
                    firstTime ??= at;
                    lastTime = at;
                }
                catch (Exception ex) when (ex is InvalidCastException or FormatException or SqliteException)
                {
                    sequence = reader.IsDBNull(0) ? expected : reader.GetInt64(0);
                    problem = $"the record cannot be read ({ex.Message})";
                }

                if (problem is not null)
                {
                    Note(new BrokenRecord(sequence, kind, problem));
                }

                previousHash = hash ?? "";
                lastHash = hash;
                lastSequence = sequence;
                expected = Math.Max(expected, sequence + 1);
            }
        }
        catch (SqliteException ex)
        {
            return Failed(logger, path, $"{path} cannot be read: {SearchLogException.Describe(SearchLogException.Classify(ex))} ({ex.Message})");
        }

        var result = new SearchLogVerification(path, firstBroken is null, records, lastSequence, firstTime, lastTime, lastHash, imagesChecked, problems, firstBroken, null);
        if (firstBroken is null)
        {
            LogVerified(logger, path, records, lastSequence ?? 0, lastHash ?? RecordHash.Genesis, imagesChecked);
        }
        else
        {
            LogBroken(logger, path, firstBroken.Sequence, firstBroken.Kind ?? "missing", firstBroken.Reason, problems, records);
        }

        return result;

        void Note(BrokenRecord broken)
        {
            problems++;
            firstBroken ??= broken;
        }
    }

    private static string? CheckRecord(
        long sequence, string time, string lane, string kind, long? corrects, string body, string storedPrevious, string hash,
        string? linkExpected, ImageStore images, HashSet<string> intactImages, ref long imagesChecked)
    {
        if (linkExpected is not null && storedPrevious != linkExpected)
        {
            return sequence == 1
                ? "its previous hash is not the genesis hash: records before it were removed"
                : $"its previous hash does not match the hash of record {sequence - 1}: a record was changed, removed or reordered";
        }

        if (RecordHash.Compute(sequence, time, lane, kind, corrects, body, storedPrevious) != hash)
        {
            return "its content does not match its hash: the record was changed";
        }

        if (corrects is { } corrected && (corrected < 1 || corrected >= sequence))
        {
            return $"it corrects record {corrected}, which is not an earlier record";
        }

        foreach (var image in ImageReferences(body))
        {
            if (intactImages.Contains(image))
            {
                continue;
            }

            imagesChecked++;
            switch (images.Check(image))
            {
                case ImageState.Missing:
                    return $"image {image} is missing from the image store";
                case ImageState.Altered:
                    return $"image {image} was altered: its file no longer has that hash";
                default:
                    if (intactImages.Count < IntactImageCacheLimit)
                    {
                        intactImages.Add(image);
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Every "sha256:&lt;hex&gt;" string under a property named <c>image</c> or <c>images</c>, at any depth.</summary>
    internal static List<string> ImageReferences(string body)
    {
        var found = new List<string>();
        if (!body.Contains(RecordHash.Prefix, StringComparison.Ordinal))
        {
            return found;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body));
        var withinImage = new Stack<bool>(); // per open object or array: is it under an image property
        var nextIsImage = false;             // the property name just read was image or images
        while (reader.Read())
        {
            var within = withinImage.Count > 0 && withinImage.Peek();
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    nextIsImage = reader.ValueTextEquals("image"u8) || reader.ValueTextEquals("images"u8);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    withinImage.Push(within || nextIsImage);
                    nextIsImage = false;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    withinImage.Pop();
                    nextIsImage = false;
                    break;
                case JsonTokenType.String:
                    if ((within || nextIsImage) && reader.GetString() is { } text && RecordHash.IsHash(text))
                    {
                        found.Add(text);
                    }

                    nextIsImage = false;
                    break;
                default:
                    nextIsImage = false;
                    break;
            }
        }

        return found;
    }

    private static SearchLogVerification Failed(ILogger logger, string path, string error)
    {
        LogUnreadable(logger, path, error);
        return new SearchLogVerification(path, false, 0, null, null, null, null, 0, 0, null, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search log {Database} verified: {Records} records to {LastSequence} ({LastHash}), {ImagesChecked} images")]
    private static partial void LogVerified(ILogger logger, string database, long records, long lastSequence, string lastHash, long imagesChecked);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log {Database} is broken at record {Sequence} ({Kind}): {Reason}; {Problems} broken of {Records} records")]
    private static partial void LogBroken(ILogger logger, string database, long sequence, string kind, string reason, long problems, long records);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log {Database} cannot be verified: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string database, string error);
}
