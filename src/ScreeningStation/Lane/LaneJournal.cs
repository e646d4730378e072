using System.Text.Json;
using System.Text.Json.Nodes;
using Screening.Station.SearchLog;

namespace Screening.Station.Lane;

/// <summary>
/// What a lane must not lose that the search log does not hold yet: the records the log refused and the lane
/// keeps to write first once it takes records again, and the record that closes the open screening as
/// interrupted while it waits on the officer's outcome of a Search or Refuse verdict (that verdict reaches the
/// log only with the outcome). One small file per lane, <c>DATA/journal/LANE.json</c>, replaced whole (written
/// beside it, flushed to the disk, renamed over it) each time what it says changes, and removed when it would
/// say nothing. At start-up the lane writes to the search log what the journal holds and the log does not.
/// </summary>
public sealed class LaneJournal(string dataDirectory, string laneId)
{
    private const int Format = 2;

    /// <summary>A journal holds a screening and the records of one log outage: far below this.</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Where the lane's journal lives.</summary>
    public string FilePath { get; } = Path.Combine(dataDirectory, "journal", SafeName(laneId) + ".json");

    /// <summary>Keeps <paramref name="state"/> on disk, or removes the journal when it holds nothing.</summary>
    public void Save(LaneJournalState state)
    {
        if (state.Kept.Count == 0 && state.Screening is null)
        {
            Clear();
            return;
        }

        var content = new JsonObject
        {
            ["format"] = Format,
            ["afterSequence"] = state.AfterSequence,
            ["kept"] = new JsonArray([.. state.Kept.Select(Node)]),
            ["screening"] = state.Screening is { } screening ? Node(screening) : null,
        };
        AtomicFile.Write(FilePath, stream =>
        {
            using var writer = new Utf8JsonWriter(stream);
            content.WriteTo(writer);
        });
    }

    /// <summary>Removes the journal.</summary>
    public void Clear()
    {
        File.Delete(FilePath);
        File.Delete(FilePath + AtomicFile.Suffix);
        if (Directory.Exists(Path.GetDirectoryName(FilePath)))
        {
            AtomicFile.SyncDirectory(Path.GetDirectoryName(FilePath)!);
        }
    }

    /// <summary>What the journal holds, or null when there is none; a file that cannot be read throws <see cref="LaneJournalException"/> naming why.</summary>
    public LaneJournalState? Read()
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

        try
        {
            return Parse(node);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            // A repeated key, a value of the wrong type: the file is not one this lane wrote.
            throw new LaneJournalException(FilePath, $"it does not hold what a journal holds ({e.Message})");
        }
    }

    private LaneJournalState Parse(JsonNode? node)
    {
        if (node is not JsonObject root)
        {
            throw new LaneJournalException(FilePath, "it is not a JSON object");
        }

        if (Number(root, "format") != Format)
        {
            throw new LaneJournalException(FilePath, $"its format is not {Format}");
        }

        if (Number(root, "afterSequence") is not { } afterSequence || root["kept"] is not JsonArray kept)
        {
            throw new LaneJournalException(FilePath, "it lacks the log's sequence or the kept records");
        }

        var records = new List<JournalRecord>(kept.Count);
        foreach (var item in kept)
        {
            records.Add(Record(item, $"kept record {records.Count + 1}"));
        }

        JournalRecord? screening = null;
        if (root["screening"] is { } open)
        {
            screening = Record(open, "the screening");
            if (screening.Screening is null)
            {
                throw new LaneJournalException(FilePath, "the screening it keeps has no screening id");
            }
        }

        return new LaneJournalState(afterSequence, records, screening);
    }

    /// <summary>Moves an unreadable journal aside (kept for whoever investigates), so the lane can start.</summary>
    public string SetAside(DateTimeOffset at)
    {
        var aside = $"{FilePath}.unreadable-{at.UtcDateTime:yyyyMMddTHHmmssZ}";
        File.Move(FilePath, aside, overwrite: true);
        return aside;
    }

    private JournalRecord Record(JsonNode? node, string what)
    {
        if (node is not JsonObject o || Text(o, "kind") is not { } kind || o["body"] is not JsonObject body)
        {
            throw new LaneJournalException(FilePath, $"{what} lacks its kind or its body");
        }

        // Only what a lane appends by itself: a correction names an earlier record and is an officer's act.
        if (!RecordKind.IsKnown(kind) || kind == RecordKind.Correction)
        {
            throw new LaneJournalException(FilePath, $"{what} is of a kind the lane does not keep ({kind})");
        }

        return new JournalRecord(kind, (JsonObject)body.DeepClone());
    }

    private static JsonObject Node(JournalRecord record) => new()
    {
        ["kind"] = record.Kind,
        ["body"] = record.Body.DeepClone(),
    };

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static long? Number(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    /// <summary>The lane id as a file name: letters, digits and '-' as they are, anything else as '_' and its code, so two ids never share a name.</summary>
    private static string SafeName(string laneId) =>
        string.Concat(laneId.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c.ToString() : $"_{(int)c:x4}"));
}

/// <summary>
/// What a lane's journal holds: the records the search log refused (<see cref="Kept"/>, in order) and the open
/// screening's interrupted record (<see cref="Screening"/>); the log's last sequence when it was written
/// (<see cref="AfterSequence"/>): what of it the log holds now came after.
/// </summary>
public sealed record LaneJournalState(long AfterSequence, IReadOnlyList<JournalRecord> Kept, JournalRecord? Screening);

/// <summary>A record the journal keeps: its kind and body, as the lane would append it.</summary>
public sealed record JournalRecord(string Kind, JsonObject Body)
{
    /// <summary>The screening the record is of, if any.</summary>
    public string? Screening => Body["screening"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0 ? id : null;
}

/// <summary>The lane's journal file cannot be read: which file, and why.</summary>
public sealed class LaneJournalException(string path, string reason)
    : Exception($"The lane journal {path} cannot be read: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
