using System.Text.Json;
using System.Text.Json.Nodes;

namespace Screening.Station.Lane;

/// <summary>
/// What a lane must not lose that the search log does not hold yet: the record that closes the open
/// screening as interrupted while it waits on the officer's outcome of a Search or Refuse verdict (that
/// verdict reaches the log only with the outcome). One small file per lane, <c>DATA/journal/LANE.json</c>,
/// replaced whole (written beside it, flushed to the disk, renamed over it) each time it changes, and
/// removed once the screening's own record is written. At start-up the lane writes the kept record to the
/// search log unless the log already closed the screening after the journal was written.
/// </summary>
public sealed class LaneJournal(string dataDirectory, string laneId)
{
    private const int Format = 1;

    /// <summary>Where the lane's journal lives.</summary>
    public string FilePath { get; } = Path.Combine(dataDirectory, "journal", SafeName(laneId) + ".json");

    /// <summary>
    /// Keeps <paramref name="record"/> for the screening <paramref name="screening"/>; the search log's last
    /// sequence then was <paramref name="afterSequence"/>, so a later record of that screening means it was closed.
    /// </summary>
    public void Save(string screening, long afterSequence, string kind, JsonObject body)
    {
        var content = new JsonObject
        {
            ["format"] = Format,
            ["screening"] = screening,
            ["afterSequence"] = afterSequence,
            ["kind"] = kind,
            ["body"] = body,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var partial = FilePath + ".partial";
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                content.WriteTo(writer);
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(partial, FilePath, overwrite: true);
    }

    /// <summary>Removes the journal (the screening's own record is written, or it was never needed).</summary>
    public void Clear()
    {
        File.Delete(FilePath);
        File.Delete(FilePath + ".partial");
    }

    /// <summary>The kept record, or null when there is none; a file that cannot be read throws <see cref="LaneJournalException"/> naming why.</summary>
    public KeptScreening? Read()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var info = new FileInfo(FilePath);
        if (info.Length > MaxBytes)
        {
            throw new LaneJournalException(FilePath, $"it is {info.Length} bytes, more than a journal can be ({MaxBytes})");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllBytes(FilePath));
        }
        catch (JsonException e)
        {
            throw new LaneJournalException(FilePath, $"it is not JSON ({e.Message})");
        }

        if (node is not JsonObject root)
        {
            throw new LaneJournalException(FilePath, "it is not a JSON object");
        }

        if (Number(root, "format") != Format)
        {
            throw new LaneJournalException(FilePath, $"its format is not {Format}");
        }

        var screening = Text(root, "screening");
        var kind = Text(root, "kind");
        var afterSequence = Number(root, "afterSequence");
        if (screening is null || kind is null || afterSequence is null || root["body"] is not JsonObject body)
        {
            throw new LaneJournalException(FilePath, "it lacks the screening, the kind, the log's sequence or the record's body");
        }

        if (Text(body, "screening") != screening)
        {
            throw new LaneJournalException(FilePath, "its record is of another screening than the one it names");
        }

        return new KeptScreening(screening, afterSequence.Value, kind, (JsonObject)body.DeepClone());
    }

    /// <summary>Moves an unreadable journal aside (kept for whoever investigates), so the lane can start.</summary>
    public string SetAside(DateTimeOffset at)
    {
        var aside = $"{FilePath}.unreadable-{at.UtcDateTime:yyyyMMddTHHmmssZ}";
        File.Move(FilePath, aside, overwrite: true);
        return aside;
    }

    /// <summary>A journal holds one screening's record: far below this.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static long? Number(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    private static string SafeName(string laneId) =>
        string.Concat(laneId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}

/// <summary>A screening record kept by the <see cref="LaneJournal"/>: written to the log at start-up unless a record of the screening came after <see cref="AfterSequence"/>.</summary>
public sealed record KeptScreening(string Screening, long AfterSequence, string Kind, JsonObject Body);

/// <summary>The lane's journal file cannot be read: which file, and why.</summary>
public sealed class LaneJournalException(string path, string reason)
    : Exception($"The lane journal {path} cannot be read: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
