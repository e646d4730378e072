using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Screening.Rules.Catalogue;
using Screening.Station.SearchLog;

namespace Screening.Station.Reports;

/// <summary>What one pass over the log hands out besides the figures.</summary>
/// <param name="Row">Each screening row, in log order.</param>
/// <param name="Sir">Each Security Information Report draft, in log order.</param>
/// <param name="Spill">Where the lists the PDF prints go (overrides, faults, alert changes, …).</param>
internal sealed record ReportOutputs(Action<ScreeningRow>? Row = null, Action<SirDraft>? Sir = null, ReportSpill? Spill = null);

/// <summary>
/// The one pass a report makes over the search log: reads the period's records in sequence order from
/// a read-only connection (never the lane's writer, so a report can run beside a live lane), checks the
/// chain over them, applies corrections, turns screening records into rows, and counts everything else.
/// Memory is a handful of counters and per-lane tables, and the few rows waiting on their lane's closure,
/// whatever the length of the period.
/// </summary>
/// <remarks>
/// <para>Threads: a pipeline of three, handing batches of records on in sequence order through bounded
/// queues (a few <see cref="RecordBatch"/>es reused, so memory stays flat): the reader (<c>ReadLog</c>, its
/// own connection) reads the block once; the <see cref="ChainVerifier"/> checks the chain over it; the <see cref="RowParser"/> parses the Screening
/// bodies into rows; the calling thread (<c>TakeRecords</c>) counts every figure, applies corrections and
/// hands rows on to the writer. Only the calling thread touches this object's fields after the pass starts.
/// Bodies stay the UTF-8 SQLite holds (<see cref="RecordCursor"/>) until a row needs a field as a string.</para>
/// <para>Which records: those whose record time is in [from, to), as <see cref="SearchLogStore.ReadRange"/>
/// defines it. They are read by sequence between the first and the last such record (the rowid order, no
/// sort); the records in that block are all hashed and linked, and records outside the time range (a clock
/// set back) are checked but not counted.</para>
/// <para>Corrections: a <see cref="RecordKind.Correction"/> record names the record it corrects. Its body
/// carries <c>reason</c>, <c>by</c> and <c>set</c>, a JSON merge patch (RFC 7386) over the corrected
/// record's body: the fields it gives replace the originals, a null removes one. Every correction in
/// the log that names a record of the period is applied, in sequence order, even one written after
/// the period ended: a report shows what the log now says happened. The row keeps the original record's
/// hash and lists the corrections applied. They are loaded before the pass (one indexed query); a log
/// holds few, so that map stays small. A correction without <c>set</c> is a note and changes nothing.</para>
/// <para>One row per screening: a <see cref="RecordKind.Screening"/> record is one person's screening.
/// The lane writes one per person, and a second under the same id when the devices refused the free of
/// the first (closed as NotFreed: nobody passed) and the officer admitted or refused again; the screening
/// is then counted once, by its last record. A <see cref="RecordKind.ScreeningInterrupted"/> record with
/// the person in it is a row too when no Screening record of that screening came before it (a fire release, a
/// stop or a crash caught the person before any verdict or admission was recorded, or the log refused the one
/// made); otherwise it closes a screening already counted. So that a row is never written and then taken back, a Cleared or Admitted row waits
/// (see <see cref="Take"/>) until its lane closes it other than NotFreed or writes its next screening;
/// rows still leave in log order, and only the rows behind the oldest open one wait.</para>
/// </remarks>
internal sealed class ReportScan
{
    public const string OverridesSection = "overrides";
    public const string AlertSection = "alert";
    public const string FaultSection = "faults";
    public const string FireSection = "fire";
    public const string ForcedSection = "forced";
    public const string RefusedFrameSection = "refused-frames";

    private readonly string _database;
    private readonly ReportQuery _query;
    private readonly ItemCatalogue _catalogue;
    private readonly ReportSummary _summary;
    private readonly string _fromText;
    private readonly string _toText;
    private readonly HashSet<string> _alertChangesSeen = new(StringComparer.Ordinal);

    /// <summary>"key\nkind" of every fault kind (and fire release) with a record before the period.</summary>
    private readonly HashSet<string> _knownBefore = new(StringComparer.Ordinal);
    private readonly NameCache _names = new();
    private readonly Queue<PendingRow> _pending = new();
    private readonly Dictionary<string, PendingRow> _open = new(StringComparer.Ordinal);
    private string? _alertState;
    private DateTimeOffset _alertSince;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

    private ReportScan(string database, ReportQuery query, ItemCatalogue catalogue, DateTimeOffset generatedAt)
    {
        _database = database;
        _query = query;
        _catalogue = catalogue;
        _summary = new ReportSummary(query, generatedAt);
        _fromText = StoredRecord.FormatTime(query.From);
        _toText = StoredRecord.FormatTime(query.To);
    }

    /// <summary>
    /// Reads the period once. Throws <see cref="ReportException"/> when there is no search log in
    /// <paramref name="dataDirectory"/> or the lane asked for never wrote to it.
    /// </summary>
    public static ReportSummary Run(string dataDirectory, ReportQuery query, ItemCatalogue catalogue, DateTimeOffset generatedAt,
        ReportOutputs outputs, CancellationToken cancellationToken)
    {
        var database = Path.Combine(Path.GetFullPath(dataDirectory), SearchLogStore.FileName);
        if (!File.Exists(database))
        {
            throw new ReportException($"--data: there is no search log at {database}");
        }

        var scan = new ReportScan(database, query, catalogue, generatedAt);
        try
        {
            using var connection = SearchLogStore.OpenReader(database);
            scan.CheckLog(connection);
            scan.Read(connection, outputs, cancellationToken);
            return scan._summary;
        }
        catch (SqliteException ex)
        {
            throw new ReportException($"--data: the search log {database} cannot be read: {ex.Message}", ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scan._buffer);
        }
    }

    private void CheckLog(SqliteConnection connection)
    {
        if (Scalar(connection, "PRAGMA application_id;") is not long id || id != SearchLogStore.ApplicationId)
        {
            throw new ReportException($"--data: {_database} is not a search log");
        }

        if (_query.Lane is { } lane && Scalar(connection, "SELECT 1 FROM records WHERE lane = $lane LIMIT 1", ("$lane", lane)) is null)
        {
            var lanes = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT lane FROM records ORDER BY lane";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lanes.Add(reader.GetString(0));
            }

            throw new ReportException($"--lane: unknown lane '{lane}': the search log has no record of it " +
                (lanes.Count == 0 ? "(it is empty)" : $"(lanes: {string.Join(", ", lanes)})"));
        }
    }

    private void Read(SqliteConnection connection, ReportOutputs outputs, CancellationToken cancellationToken)
    {
        long first, last;
        using (var bounds = connection.CreateCommand())
        {
            // Index-only over records_time: the block of sequences the period spans.
            bounds.CommandText = "SELECT min(sequence), max(sequence) FROM records WHERE time >= $from AND time < $to";
            bounds.Parameters.AddWithValue("$from", _fromText);
            bounds.Parameters.AddWithValue("$to", _toText);
            using var reader = bounds.ExecuteReader();
            reader.Read();
            if (reader.IsDBNull(0))
            {
                InitialAlertState(connection);
                StandingAtStart(connection);
                FinishDowntime(_summary.Faults);
                FinishDowntime(_summary.Fire);
                FinishTimeline();
                return;
            }

            first = reader.GetInt64(0);
            last = reader.GetInt64(1);
        }

        var corrections = LoadCorrections(connection, first, last);
        InitialAlertState(connection);
        StandingAtStart(connection);

        // A pipeline of threads, batches handed on in order: the reader (its own connection) reads the log
        // once; the chain stage hashes every record of the block; the parser turns the period's Screening
        // bodies into rows; this thread counts the figures and writes the rows. Reading, hashing, parsing and
        // writing each cost about a quarter, so the export takes about what the two cores can do instead of
        // the sum on one, and the log is read once, not once for the rows and once for the chain.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var read = new BlockingCollection<RecordBatch>(BatchesInFlight);
        using var chained = new BlockingCollection<RecordBatch>(BatchesInFlight);
        using var parsed = new BlockingCollection<RecordBatch>(BatchesInFlight);
        var free = new ConcurrentBag<RecordBatch>();
        var filter = new PeriodFilter(_fromText, _toText, _query.Lane);
        var verify = _query.VerifyChain;
        var stages = new List<Task>();
        Task Stage(Action run)
        {
            var task = Task.Factory.StartNew(run, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            stages.Add(task);
            return task;
        }

        Stage(() => ReadLog(_database, first, last, filter, verify, read, free, stop.Token));
        Task<ChainCheck>? chain = null;
        if (verify)
        {
            var before = first == 1 ? RecordHash.Genesis : Scalar(connection, "SELECT hash FROM records WHERE sequence = $s", ("$s", first - 1)) as string;
            var verifier = new ChainVerifier(first, last, before);
            chain = Task.Factory.StartNew(() => verifier.Run(read, chained, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            stages.Add(chain);
        }

        var parser = new RowParser(_catalogue, _query.IncludeReferences, corrections);
        Stage(() => parser.Run(verify ? chained : read, parsed, stop.Token));
        try
        {
            foreach (var batch in parsed.GetConsumingEnumerable(cancellationToken))
            {
                TakeRecords(connection, batch, corrections, outputs);
                batch.Clear();
                free.Add(batch);
            }

            // The period is over: rows still open (their closure falls after it) count as they stand.
            Release(outputs, 0);

            // A stage's own failure (the log unreadable half-way) is thrown here, never a short report.
            foreach (var stage in stages)
            {
                stage.GetAwaiter().GetResult();
            }

            _summary.Chain = chain is null ? ChainCheck.NotChecked : chain.Result;
        }
        catch
        {
            stop.Cancel();
            foreach (var stage in stages)
            {
                try
                {
                    stage.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Stopped with the export; the export's own failure is the one to report.
                }
            }

            throw;
        }

        FinishDowntime(_summary.Faults);
        FinishDowntime(_summary.Fire);
        FinishTimeline();
    }

    /// <summary>Batches each stage may be ahead of the next by: enough to ride out a slow row, few enough to keep memory flat.</summary>
    private const int BatchesInFlight = 2;

    /// <summary>Turns one batch of the period's records into rows and figures, in sequence order.</summary>
    private void TakeRecords(SqliteConnection connection, RecordBatch batch, Dictionary<long, List<(long Sequence, string Body)>> corrections, ReportOutputs outputs)
    {
        // Screening records arrive as rows (the parser's work); a ScreeningClosed record (half the log, counted
        // only by its status) is scanned for its status in the UTF-8 SQLite held. Only the few other records,
        // and corrected ones, become strings.
        for (var i = 0; i < batch.Count; i++)
        {
            if (!batch.InPeriod[i])
            {
                continue;
            }

            _summary.Records++;
            if (batch.Rows[i] is { } parsedRow)
            {
                Take(parsedRow, outputs);
                continue;
            }

            var sequence = batch.Sequences[i];
            var kind = batch.Field(i, RecordBatch.Kind);
            var corrected = corrections.Count > 0 && corrections.ContainsKey(sequence);
            if (!corrected && kind.SequenceEqual(ScreeningClosedKind))
            {
                var status = ClosedStatus(connection, sequence, batch.Field(i, RecordBatch.Body));
                ReportSummary.Increment(_summary.Closures, status ?? "Interrupted");
                Closed(_names.Get(batch.Field(i, RecordBatch.Lane)), status, outputs);
                continue;
            }

            var time = Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Time));
            var lane = _names.Get(batch.Field(i, RecordBatch.Lane));
            var hash = Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Hash));
            var kindText = Encoding.UTF8.GetString(kind);
            var body = kindText == RecordKind.ScreeningClosed
                ? Scalar(connection, "SELECT body FROM records WHERE sequence = $s", ("$s", sequence)) as string ?? "{}"
                : Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Body));
            List<long>? applied = null;
            if (corrections.TryGetValue(sequence, out var fixes))
            {
                (body, applied) = Apply(body, fixes);
                _summary.CorrectionsApplied += applied.Count;
            }

            Dispatch(connection, sequence, time, lane, kindText, body, hash, applied, outputs);
        }
    }

    /// <summary>
    /// The reader: every record from <paramref name="first"/> to <paramref name="last"/> when the chain is to be
    /// checked (every lane's, in and out of the time range, since the chain runs through all of them), else the
    /// period's alone (by <paramref name="filter"/>), handed on in batches, each marked in the period or not.
    /// </summary>
    private static void ReadLog(string database, long first, long last, PeriodFilter filter, bool verify,
        BlockingCollection<RecordBatch> output, ConcurrentBag<RecordBatch> free, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = SearchLogStore.OpenReader(database);
            var batch = Rent(free);
            using var cursor = new RecordCursor(connection,
                $"SELECT {SearchLogStore.Columns} FROM records WHERE sequence BETWEEN $first AND $last ORDER BY sequence",
                ("$first", first), ("$last", last));
            long read = 0;
            while (cursor.Step())
            {
                if ((read++ & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var time = cursor.Text(1);
                var lane = cursor.Text(2);
                var inPeriod = filter.Includes(time, lane);
                if (!inPeriod && !verify)
                {
                    continue;
                }

                batch.Add(cursor.Int64(0), cursor.IsNull(4) ? null : cursor.Int64(4), inPeriod, time, lane, cursor.Text(3), cursor.Text(5), cursor.Text(6), cursor.Text(7));
                if (batch.IsFull)
                {
                    output.Add(batch, cancellationToken);
                    batch = Rent(free);
                }
            }

            if (batch.Count > 0)
            {
                output.Add(batch, cancellationToken);
            }
        }
        finally
        {
            output.CompleteAdding();
        }
    }

    private static RecordBatch Rent(ConcurrentBag<RecordBatch> free) => free.TryTake(out var batch) ? batch : new RecordBatch();

    private static ReadOnlySpan<byte> ScreeningClosedKind => "ScreeningClosed"u8;

    /// <summary>
    /// A ScreeningClosed record's status as <c>json_extract(body, '$.status')</c> gives it (null when absent).
    /// The body the lane writes (one plain top-level string) is read in place; anything else (escapes, a
    /// repeated or non-string status, JSON that .NET's reader refuses) is left to SQLite, so the count is
    /// SQLite's own whatever a body holds.
    /// </summary>
    private string? ClosedStatus(SqliteConnection connection, long sequence, ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? status = null;
                var found = false;
                var plain = true;
                while (plain && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueIsEscaped)
                    {
                        plain = false;
                    }
                    else if (reader.ValueTextEquals("status"u8))
                    {
                        reader.Read();
                        plain = !found && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;
                        found = true;
                        status = plain ? _names.Get(reader.ValueSpan) : null;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                // The whole body read: its closing brace and nothing after it.
                if (plain && reader.TokenType == JsonTokenType.EndObject && !reader.Read())
                {
                    return status;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON to .NET's reader (JSON5, deeper than 64): SQLite decides below.
        }

        using var exact = new RecordCursor(connection, "SELECT json_extract(body, '$.status') FROM records WHERE sequence = $s", ("$s", sequence));
        return exact.Step() && !exact.IsNull(0) ? Encoding.UTF8.GetString(exact.Text(0)) : null;
    }

    private void Dispatch(SqliteConnection connection, long sequence, string time, string lane, string kind, string body, string hash, List<long>? applied, ReportOutputs outputs)
    {
        switch (kind)
        {
            case RecordKind.Screening:
                Screening(sequence, time, lane, body, hash, applied, outputs);
                break;
            case RecordKind.ScreeningInterrupted when body.Contains("\"person\":", StringComparison.Ordinal):
                // Caught by a fire release, a lane stop or a crash: a row only if no Screening record was written for
                // it before (a Clear or an admission the log refused has none: the person is counted here).
                var row = Parse(sequence, time, lane, body, hash, applied);
                if (!Recorded(connection, sequence, lane, row.Screening))
                {
                    Take(row, outputs);
                }
                else
                {
                    ReportSummary.Increment(_summary.Closures, "Interrupted");
                    Closed(lane, "Interrupted", outputs);
                }

                break;
            case RecordKind.ScreeningInterrupted:
            case RecordKind.ScreeningClosed:
                var closedAs = TopLevelString(body, "status"u8);
                ReportSummary.Increment(_summary.Closures, closedAs ?? "Interrupted");
                Closed(lane, closedAs, outputs);
                break;
            case RecordKind.AlertStateChanged:
                AlertChanged(time, lane, body, outputs.Spill);
                break;
            case RecordKind.DeviceFault:
                DeviceFault(time, lane, body, outputs.Spill);
                break;
            case RecordKind.FireRelease:
                FireRelease(time, lane, body, outputs.Spill);
                break;
            case RecordKind.ForcedPassage:
                ForcedPassage(sequence, time, lane, body, hash, outputs);
                break;
            case RecordKind.Override:
                _summary.Overrides++;
                using (var doc = JsonDocument.Parse(body))
                {
                    outputs.Spill?.Add(OverridesSection, time, lane, Text(doc, "screening"), Text(doc, "officer"), Text(doc, "authorisedBy"), Text(doc, "verdict"));
                }

                break;
            case RecordKind.RefusedFrame:
                ReportSummary.Increment(_summary.Refused, lane);
                using (var doc = JsonDocument.Parse(body))
                {
                    outputs.Spill?.Add(RefusedFrameSection, time, lane, Text(doc, "screening"), Text(doc, "reason"));
                }

                break;
            case RecordKind.CardRefused:
                _summary.CardsRefused++;
                break;
            case RecordKind.LaneStarted:
                _summary.LaneStarts++;
                Closed(lane, "LaneStarted", outputs);
                EndDeviceFaults(lane, StoredRecord.ParseTime(time));
                break;
            case RecordKind.Correction:
                _summary.CorrectionRecords++;
                break;
        }
    }

    /// <summary>Records a screening of the lane can lie apart by: far more than one screening's span on a busy gate.</summary>
    private const long ScreeningSpan = 100_000;

    /// <summary>
    /// Whether the lane wrote a Screening record for <paramref name="screening"/> before <paramref name="sequence"/>:
    /// its open row in this pass, or (begun before the period) one within <see cref="ScreeningSpan"/> records before.
    /// </summary>
    private bool Recorded(SqliteConnection connection, long sequence, string lane, string screening)
    {
        if (screening.Length == 0)
        {
            return false;
        }

        if (_open.TryGetValue(lane, out var open) && open.Row.Screening == screening)
        {
            return true;
        }

        return Scalar(connection,
            "SELECT 1 FROM records WHERE sequence < $s AND sequence >= $from AND kind = 'Screening' AND lane = $lane AND json_extract(body, '$.screening') = $id LIMIT 1",
            ("$s", sequence), ("$from", sequence - ScreeningSpan), ("$lane", lane), ("$id", screening)) is not null;
    }

    private void Screening(long sequence, string time, string lane, string body, string hash, List<long>? applied, ReportOutputs outputs) =>
        Take(Parse(sequence, time, lane, body, hash, applied), outputs);

    /// <summary>
    /// Rows that may wait at most: past this, the oldest is counted as it stands (a lane that never closed a
    /// screening must not hold a year of rows). A busy gate's lanes close a screening within minutes.
    /// </summary>
    private const int MaxPendingRows = 4096;

    /// <summary>
    /// One screening row in log order. A Cleared or Admitted row stays open while its lane may still write a
    /// later record for the same screening (after a ScreeningClosed NotFreed nobody passed, and the officer
    /// decides again): that later record supersedes it, and the screening counts once, by its last record.
    /// </summary>
    private void Take(ScreeningRow row, ReportOutputs outputs)
    {
        if (_open.Remove(row.Lane, out var open))
        {
            // A lane screens one person at a time: its next screening record either supersedes the open one
            // (the same id) or shows the open one is over.
            open.Dropped = open.Row.Screening.Length > 0 && open.Row.Screening == row.Screening;
            open.Decided = true;
        }

        var entry = new PendingRow(row) { Decided = row.Status is not ("Cleared" or "Admitted" or "AdmittedByOverride") };
        if (!entry.Decided)
        {
            _open[row.Lane] = entry;
        }

        _pending.Enqueue(entry);
        Release(outputs, MaxPendingRows);
    }

    /// <summary>A closure on <paramref name="lane"/>: its open row is final unless the devices refused the free (NotFreed).</summary>
    private void Closed(string lane, string? status, ReportOutputs outputs)
    {
        if (status == "NotFreed" || !_open.Remove(lane, out var open))
        {
            return;
        }

        open.Decided = true;
        Release(outputs, MaxPendingRows);
    }

    /// <summary>Counts and hands on the rows at the head of the queue that are final, and any beyond <paramref name="keep"/>.</summary>
    private void Release(ReportOutputs outputs, int keep)
    {
        while (_pending.TryPeek(out var head) && (head.Decided || _pending.Count > keep))
        {
            _pending.Dequeue();
            if (!head.Decided && _open.TryGetValue(head.Row.Lane, out var open) && open == head)
            {
                _open.Remove(head.Row.Lane);
            }

            if (!head.Dropped)
            {
                Screening(head.Row, outputs);
            }
        }
    }

    private sealed class PendingRow(ScreeningRow row)
    {
        public ScreeningRow Row { get; } = row;

        public bool Decided { get; set; }

        public bool Dropped { get; set; }
    }

    private ScreeningRow Parse(long sequence, string time, string lane, string body, string hash, List<long>? applied)
    {
        var length = Encoding.UTF8.GetMaxByteCount(body.Length);
        if (_buffer.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }

        var written = Encoding.UTF8.GetBytes(body, _buffer);
        return Parse(sequence, time, lane, _buffer.AsSpan(0, written), hash, applied);
    }

    private ScreeningRow Parse(long sequence, string time, string lane, ReadOnlySpan<byte> body, string hash, List<long>? applied) =>
        ParseRow(sequence, time, lane, body, hash, applied, _catalogue, _query.IncludeReferences, _names);

    /// <summary>A screening row from its record; any thread (nothing shared is written).</summary>
    /// <param name="body">The body's UTF-8. Bytes that are not UTF-8 (never the lane's) are read as their string would be, invalid bytes replaced.</param>
    internal static ScreeningRow ParseRow(long sequence, string time, string lane, ReadOnlySpan<byte> body, string hash, List<long>? applied,
        ItemCatalogue catalogue, bool includeReferences, NameCache names)
    {
        if (!Utf8.IsValid(body))
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
        }

        var row = new ScreeningRow { Sequence = sequence, Time = time, Lane = lane, RecordHash = hash, Corrections = applied ?? (IReadOnlyList<long>)[] };
        try
        {
            ScreeningBodyReader.Read(body, row, catalogue, includeReferences, names);
        }
        catch (JsonException ex)
        {
            // A body the chain vouches for but that is not a screening (altered, or written by another tool).
            row.Status = "Unreadable";
            row.AlarmResolution = ex.Message;
        }

        return row;
    }

    private void Screening(ScreeningRow row, ReportOutputs outputs)
    {
        var s = _summary;
        s.Screenings++;
        ReportSummary.Increment(s.ByCategoryVerdict, row.Category, row.Verdict ?? "None");
        ReportSummary.Increment(s.ByCategoryStatus, row.Category, row.Status);
        foreach (var search in row.SearchesRequired)
        {
            ReportSummary.Increment(s.Required, search);
        }

        foreach (var search in row.SearchesDone)
        {
            ReportSummary.Increment(s.Done, search);
        }

        if (row.ItemsFound.Count > 0)
        {
            s.ScreeningsWithFinds++;
            foreach (var find in row.ItemsFound)
            {
                ReportSummary.Increment(s.FindList, find.List);
                ReportSummary.Increment(s.FindItem, find.Item);
            }
        }

        if (row.MetalAlarm is { } alarm)
        {
            if (!s.Detector.TryGetValue(row.Lane, out var lane))
            {
                s.Detector[row.Lane] = lane = new LaneDetectorCounts();
            }

            lane.Walks++;
            if (alarm)
            {
                lane.Alarms++;
                foreach (var zone in row.AlarmZones)
                {
                    ReportSummary.Increment(lane.ZoneAlarms, zone);
                }
            }
        }

        if (row.RandomlySelected)
        {
            s.RandomSelected++;
            if (row.HasOutcome && row.AllRequiredSearchesDone)
            {
                s.RandomSearched++;
            }
        }

        outputs.Row?.Invoke(row);
        if (row.ItemsFound.Count > 0 || row.SirRequested)
        {
            s.SirDrafts++;
            outputs.Sir?.Invoke(FindDraft(row));
        }
    }

    private SirDraft FindDraft(ScreeningRow row)
    {
        var items = row.ItemsFound.Select(f => new SirItem(f.Item, _catalogue.TryFind(f.Item, out var item) ? item.Name : f.Item, f.List)).ToList();
        var who = $"{row.Category} {row.Reference ?? "(no reference)"}";
        var what = items.Count > 0
            ? $"{who}: found {string.Join(", ", items.Select(i => $"{i.Name} (List {i.List})"))}" +
              (row.SearchesDone.Count > 0 ? $" during {string.Join(", ", row.SearchesDone)}" : "")
            : $"{who}: the officer asked for a Security Information Report (nothing found)";
        var entry = row.Status switch
        {
            "Admitted" => "entry admitted",
            "AdmittedByOverride" => $"entry admitted on the authority of {row.AuthorisedBy}",
            "Refused" => "entry refused",
            var other => $"screening {other}",
        };
        var action = items.Count > 0 ? $"{(row.Disposal is { Length: > 0 } d ? $"items: {d}" : "items: no disposal recorded")}; {entry}" : entry;
        return new SirDraft($"SIR-{row.Sequence}", items.Count > 0 ? "Find" : "Requested", what, row.Time, row.Lane, row.Establishment,
            row.Officer, row.Category, row.Reference, row.Screening, items, action, row.Sequence, row.RecordHash);
    }

    private void ForcedPassage(long sequence, string time, string lane, string body, string hash, ReportOutputs outputs)
    {
        ReportSummary.Increment(_summary.Forced, lane);
        using var doc = JsonDocument.Parse(body);
        var direction = Text(doc, "direction") ?? "?";
        var stage = Text(doc, "stage");
        outputs.Spill?.Add(ForcedSection, time, lane, direction, stage);
        _summary.SirDrafts++;
        outputs.Sir?.Invoke(new SirDraft($"SIR-{sequence}", "ForcedPassage",
            $"Forced passage ({direction}) through the turnstile while it was locked{(stage is null ? "" : $" (lane {stage})")}",
            time, lane, Text(doc, "establishment"), null, null, null, null, [],
            "turnstile locked; the lane raised the alarm and notified security", sequence, hash));
    }

    private void AlertChanged(string time, string lane, string body, ReportSpill? spill)
    {
        using var doc = JsonDocument.Parse(body);
        var state = Text(doc, "state") ?? "?";
        var shutDown = doc.RootElement.TryGetProperty("shutDown", out var sd) && sd.ValueKind == JsonValueKind.True;
        var label = shutDown ? $"{state} + shut-down" : state;

        // Every lane records the same change: count it once (by when it was set and to what).
        var key = $"{Text(doc, "setAt")}|{label}";
        if (_alertChangesSeen.Count > 4096)
        {
            _alertChangesSeen.Clear();
        }

        if (!_alertChangesSeen.Add(key))
        {
            return;
        }

        var at = StoredRecord.ParseTime(time);
        _summary.AlertChanges++;
        spill?.Add(AlertSection, time, lane, label, Text(doc, "setBy"), Text(doc, "reason"));
        SwitchState(label, at);
    }

    private void SwitchState(string label, DateTimeOffset at)
    {
        var from = _alertSince < _query.From ? _query.From : _alertSince;
        if (at > from)
        {
            AddStateTime(_alertState ?? "unknown", at - from);
        }

        _alertState = label;
        _alertSince = at;
    }

    private void AddStateTime(string state, TimeSpan span) =>
        _summary.StateTime[state] = _summary.StateTime.GetValueOrDefault(state) + span;

    private void FinishTimeline()
    {
        var end = _summary.EffectiveEnd;
        var from = _alertSince < _query.From ? _query.From : _alertSince;
        if (end > from)
        {
            AddStateTime(_alertState ?? "unknown", end - from);
        }
    }

    private void InitialAlertState(SqliteConnection connection)
    {
        // Walks records_time backwards from the period's start to the last change before it.
        var lane = _query.Lane is null ? "" : "AND lane = $lane ";
        var body = Scalar(connection,
            $"SELECT body FROM records WHERE time < $from AND kind = '{RecordKind.AlertStateChanged}' {lane}ORDER BY time DESC, sequence DESC LIMIT 1",
            ("$from", _fromText), ("$lane", _query.Lane ?? "")) as string;
        if (body is null)
        {
            _alertSince = _query.From;
            return;
        }

        using var doc = JsonDocument.Parse(body);
        var state = Text(doc, "state") ?? "?";
        _alertState = doc.RootElement.TryGetProperty("shutDown", out var sd) && sd.ValueKind == JsonValueKind.True ? $"{state} + shut-down" : state;
        _summary.InitialAlertState = _alertState;
        _alertSince = _query.From;
    }

    private void DeviceFault(string time, string lane, string body, ReportSpill? spill)
    {
        using var doc = JsonDocument.Parse(body);
        var device = Text(doc, "device") ?? "device";
        var faulted = doc.RootElement.TryGetProperty("faulted", out var f) && f.ValueKind == JsonValueKind.True;
        var detail = Text(doc, "detail");
        spill?.Add(FaultSection, time, lane, device, faulted ? "faulted" : "recovered", detail);

        // The detail is the fault's kind (StuckAlarm, NotReady, "PassageSensorStuck (In)"): kinds stand and clear apart.
        Interval(_summary.Faults, $"{lane} {device}", detail ?? "", faulted, StoredRecord.ParseTime(time));
        _summary.Faults[$"{lane} {device}"].Lane = lane;
    }

    /// <summary>
    /// A lane start ends the device faults its lane had standing: the lane that saw them stopped, and the
    /// new one records again what it finds (a detector still stuck is raised anew). A fire release is not
    /// ended this way: it stands until an officer acknowledges it.
    /// </summary>
    private void EndDeviceFaults(string lane, DateTimeOffset at)
    {
        foreach (var counts in _summary.Faults.Values.Where(c => c.Lane == lane && c.Standing.Count > 0))
        {
            if (counts.Since is { } since && at > since)
            {
                counts.Downtime += at - since;
            }

            counts.Standing.Clear();
            counts.Since = null;
        }
    }

    /// <summary>
    /// Faults and fire releases standing when the period began, so one that stood all period long is
    /// reported: each kind's last record before the period (as corrected), on each device, was a raise
    /// (device faults since their lane last started). They count from the period's start, not as faults
    /// begun in it. Every kind with a record before the period is known, so a clear in the period
    /// without a raise before it is not taken for a fault standing at its start.
    /// </summary>
    private void StandingAtStart(SqliteConnection connection)
    {
        var before = new List<(long Sequence, string Lane, string Kind, string Body)>();
        using (var command = connection.CreateCommand())
        {
            // The kinds list is records_standing's own, so only those few records are read, not the log.
            command.CommandText = $"SELECT sequence, lane, kind, body FROM records WHERE {SearchLogStore.StandingKinds} AND time < $from "
                + (_query.Lane is null ? "" : "AND lane = $lane ") + "ORDER BY time, sequence";
            command.Parameters.AddWithValue("$from", _fromText);
            command.Parameters.AddWithValue("$lane", _query.Lane ?? "");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                before.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        // Their corrections, with any others in the same span of sequences (corrections are few).
        var corrections = before.Count == 0 ? [] : LoadCorrections(connection, before.Min(r => r.Sequence), before.Max(r => r.Sequence));
        var faults = new Dictionary<(string Lane, string Device, string Kind), bool>();
        var fire = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (sequence, lane, kind, stored) in before)
        {
            if (kind == RecordKind.LaneStarted)
            {
                foreach (var key in faults.Keys.Where(k => k.Lane == lane).ToList())
                {
                    faults[key] = false;
                }

                continue;
            }

            var body = corrections.TryGetValue(sequence, out var fixes) ? Apply(stored, fixes).Body : stored;
            using var doc = JsonDocument.Parse(body);
            if (kind == RecordKind.FireRelease)
            {
                fire[lane] = doc.RootElement.TryGetProperty("active", out var a) && a.ValueKind == JsonValueKind.True;
            }
            else
            {
                var faulted = doc.RootElement.TryGetProperty("faulted", out var f) && f.ValueKind == JsonValueKind.True;
                faults[(lane, Text(doc, "device") ?? "device", Text(doc, "detail") ?? "")] = faulted;
            }
        }

        foreach (var ((lane, device, kind), standing) in faults)
        {
            _knownBefore.Add($"{lane} {device}\n{kind}");
            if (standing)
            {
                StandingFromStart(_summary.Faults, $"{lane} {device}", kind).Lane = lane;
            }
        }

        foreach (var (lane, active) in fire)
        {
            _knownBefore.Add($"{lane}\n");
            if (active)
            {
                StandingFromStart(_summary.Fire, lane, "");
            }
        }
    }

    private DowntimeCounts StandingFromStart(SortedDictionary<string, DowntimeCounts> table, string key, string kind)
    {
        var counts = CountsOf(table, key);
        counts.Seen.Add(kind);
        counts.Standing.Add(kind);
        counts.Since = _query.From;
        return counts;
    }

    private void FireRelease(string time, string lane, string body, ReportSpill? spill)
    {
        using var doc = JsonDocument.Parse(body);
        var active = doc.RootElement.TryGetProperty("active", out var a) && a.ValueKind == JsonValueKind.True;
        spill?.Add(FireSection, time, lane, active ? "released" : "acknowledged, relocked", Text(doc, "officer"));
        Interval(_summary.Fire, lane, "", active, StoredRecord.ParseTime(time));
    }

    /// <summary>
    /// One start or end of a fault of <paramref name="kind"/> on a device (or of a lane's fire release, one kind).
    /// The device is down from its first standing kind's start to its last standing kind's end, so overlapping
    /// kinds count once. An end of a kind with no record before it in the period means that kind stood when the
    /// period began: the device was down from the period's start until then. A start of a kind already standing,
    /// or a second end of one, changes nothing.
    /// </summary>
    private void Interval(SortedDictionary<string, DowntimeCounts> table, string key, string kind, bool starts, DateTimeOffset at)
    {
        var counts = CountsOf(table, key);

        // A kind with no record yet, in the period or before it (an end of one means it stood from the start).
        var firstOfKind = counts.Seen.Add(kind) && !_knownBefore.Contains($"{key}\n{kind}");
        if (starts)
        {
            if (counts.Standing.Add(kind))
            {
                counts.Events++;
                counts.Since ??= at;
            }

            return;
        }

        if (counts.Standing.Remove(kind))
        {
            if (counts.Standing.Count == 0)
            {
                if (at > counts.Since)
                {
                    counts.Downtime += at - counts.Since.Value;
                }

                counts.Since = null;
            }

            return;
        }

        if (!firstOfKind)
        {
            return;
        }

        // This kind began before the period: down all of [from, at], which holds every interval counted so far
        // (records come in time order), and still down from here while another kind stands.
        var sofar = counts.Downtime + (counts.Since is { } since && at > since ? at - since : TimeSpan.Zero);
        var whole = at > _query.From ? at - _query.From : TimeSpan.Zero;
        counts.Downtime = whole > sofar ? whole : sofar;
        counts.Since = counts.Standing.Count > 0 ? at : null;
    }

    private static DowntimeCounts CountsOf(SortedDictionary<string, DowntimeCounts> table, string key)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            table[key] = counts = new DowntimeCounts();
        }

        return counts;
    }

    private void FinishDowntime(SortedDictionary<string, DowntimeCounts> table)
    {
        var end = _summary.EffectiveEnd;
        foreach (var counts in table.Values)
        {
            if (counts.Since is { } since && end > since)
            {
                counts.Downtime += end - since;
            }
        }
    }

    private static Dictionary<long, List<(long Sequence, string Body)>> LoadCorrections(SqliteConnection connection, long first, long last)
    {
        var map = new Dictionary<long, List<(long, string)>>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sequence, corrects, body FROM records WHERE corrects BETWEEN $first AND $last AND kind = '{RecordKind.Correction}' ORDER BY sequence";
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$last", last);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var target = reader.GetInt64(1);
            if (!map.TryGetValue(target, out var list))
            {
                map[target] = list = [];
            }

            list.Add((reader.GetInt64(0), reader.GetString(2)));
        }

        return map;
    }

    /// <summary>The body with each correction's merge patch applied in order, and the corrections that changed it.</summary>
    private static (string Body, List<long> Applied) Apply(string body, List<(long Sequence, string Body)> corrections)
    {
        var patched = JsonNode.Parse(body)?.AsObject() ?? [];
        var applied = new List<long>();
        foreach (var (sequence, correction) in corrections)
        {
            if (JsonNode.Parse(correction) is JsonObject c && c["set"] is JsonObject patch)
            {
                MergePatch(patched, patch);
                applied.Add(sequence);
            }
        }

        return (RecordHash.CanonicalBody(patched), applied);
    }

    /// <summary>RFC 7386: objects merge member by member, null removes, anything else replaces.</summary>
    internal static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject inner)
            {
                if (target[name] is not JsonObject existing)
                {
                    existing = [];
                    target[name] = existing;
                }

                MergePatch(existing, inner);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    /// <summary>A top-level string property of a small body, read without building a document.</summary>
    private static string? TopLevelString(string body, ReadOnlySpan<byte> name)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }

    private static string? Text(JsonDocument doc, string name) =>
        doc.RootElement.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        return command.ExecuteScalar();
    }

    internal static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
