using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Screening.Station.SearchLog;

/// <summary>
/// The search log: an append-only, hash-chained table of records in <c>&lt;data&gt;/searchlog.db</c>
/// (SQLite, WAL, synchronous=FULL). <see cref="AppendAsync"/> completes only once the record is
/// committed to disk, so a lane frees its turnstile only for a screening that a power cut cannot lose.
/// </summary>
/// <remarks>
/// Threads: any number of callers append; one writer thread (the only user of <see cref="_connection"/>
/// after <see cref="Open"/>) takes everything queued, writes it in one transaction, commits once
/// (group commit: one fsync for many lanes), then completes each caller. Reads open their own
/// read-only connections, which WAL lets run beside the writer.
/// If a commit fails, every append in it gets a <see cref="SearchLogException"/> naming the cause.
/// A failure that passes (a full disk, a database or mount made read-only, a disk I/O error, a lock
/// held by another process) is tried again with each later batch, on the chain head as the file holds
/// it: once the disk has room again the log goes on, and lanes can free their turnstiles again. Any
/// other failure (a corrupt file, an unexpected error) breaks the store for good: every later append
/// is refused until the store is disposed and reopened.
/// </remarks>
public sealed partial class SearchLogStore : IAsyncDisposable, IDisposable
{
    public const string FileName = "searchlog.db";

    /// <summary>Queued appends beyond this wait for room (never dropped).</summary>
    private const int QueueCapacity = 8192;

    /// <summary>The most records in one transaction, so one slow batch cannot hold its first caller long.</summary>
    private const int MaxBatch = 2048;

    /// <summary>PRAGMA application_id: marks the file as a search log ("SRCH").</summary>
    internal const int ApplicationId = 0x53524348;

    private const int SchemaVersion = 1;

    private const string Schema = $"""
        CREATE TABLE IF NOT EXISTS records (
            sequence      INTEGER PRIMARY KEY,
            time          TEXT    NOT NULL,
            lane          TEXT    NOT NULL,
            kind          TEXT    NOT NULL,
            corrects      INTEGER NULL,
            body          TEXT    NOT NULL,
            previous_hash TEXT    NOT NULL,
            hash          TEXT    NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS records_time ON records (time);
        CREATE INDEX IF NOT EXISTS records_corrects ON records (corrects) WHERE corrects IS NOT NULL;
        CREATE INDEX IF NOT EXISTS records_standing ON records (time) WHERE {StandingKinds};
        """;

    /// <summary>
    /// The condition of <c>records_standing</c>, the index of the few records a report reads from before its
    /// period to know which faults and fire releases stood when it began. A query must use this same text
    /// for SQLite to read that index.
    /// </summary>
    internal const string StandingKinds = "kind IN ('DeviceFault', 'FireRelease', 'LaneStarted')";

    private const string Triggers = """
        CREATE TRIGGER IF NOT EXISTS records_no_update BEFORE UPDATE ON records
        BEGIN SELECT RAISE(ABORT, 'search log records are append-only: UPDATE refused'); END;
        CREATE TRIGGER IF NOT EXISTS records_no_delete BEFORE DELETE ON records
        BEGIN SELECT RAISE(ABORT, 'search log records are append-only: DELETE refused'); END;
        """;

    internal const string Columns = "sequence, time, lane, kind, corrects, body, previous_hash, hash";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly Lock _connectionGate = new(); // held by the writer per batch, and by ExecuteRaw
    private readonly Channel<Pending> _queue;
    private readonly Thread _writer;
    private readonly TaskCompletionSource _writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    private volatile StoredRecord? _last;       // written by the writer thread after each commit
    private volatile SearchLogException? _fault; // written by the writer thread
    private int _disposed;
    private long _commits; // written by the writer thread

    private SearchLogStore(string dataDirectory, string path, SqliteConnection connection, StoredRecord? last, TimeProvider time, ILogger logger)
    {
        DataDirectory = dataDirectory;
        DatabasePath = path;
        _connection = connection;
        _last = last;
        _time = time;
        _logger = logger;
        _insert = connection.CreateCommand();
        _insert.CommandText = $"INSERT INTO records ({Columns}) VALUES ($sequence, $time, $lane, $kind, $corrects, $body, $previous_hash, $hash)";
        foreach (var name in new[] { "$sequence", "$time", "$lane", "$kind", "$corrects", "$body", "$previous_hash", "$hash" })
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        // A thread of its own: a turnstile waits on each commit, so the writer must not queue behind
        // busy thread-pool work.
        _writer = new Thread(WriterLoop) { IsBackground = true, Name = "search-log-writer" };
        _writer.Start();
    }

    /// <summary>The folder of the database and the image store.</summary>
    public string DataDirectory { get; }

    public string DatabasePath { get; }

    /// <summary>The last committed record, or null for an empty log.</summary>
    public StoredRecord? LastRecord => _last;

    /// <summary>Transactions committed since open: fewer than records appended when lanes append together (group commit).</summary>
    public long CommitCount => Interlocked.Read(ref _commits);

    /// <summary>
    /// Why the last commit failed, or null once one has succeeded since. A failure that passes (see
    /// <see cref="Passes"/>) is tried again with the next append; any other is kept until the store is reopened.
    /// </summary>
    public SearchLogException? Fault => _fault;

    /// <summary>Whether a commit that failed this way may succeed later on the same connection: room freed on the disk, the mount made writable again, a lock released.</summary>
    public static bool Passes(SearchLogFailure failure) =>
        failure is SearchLogFailure.DiskFull or SearchLogFailure.ReadOnly or SearchLogFailure.IoError or SearchLogFailure.Busy;

    /// <summary>
    /// Opens (creating if needed) <c>&lt;dataDirectory&gt;/searchlog.db</c>. Refuses with a
    /// <see cref="SearchLogException"/> if the folder or file cannot be written or WAL cannot be set.
    /// Does not verify the chain: run <see cref="SearchLogVerifier"/> for that.
    /// </summary>
    public static SearchLogStore Open(string dataDirectory, TimeProvider? time = null, ILogger<SearchLogStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ILogger log = logger ?? (ILogger)NullLogger.Instance;
        var full = Path.GetFullPath(dataDirectory);
        var path = Path.Combine(full, FileName);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(full);
            connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadWriteCreate));
            connection.Open();
            var journal = Scalar(connection, "PRAGMA journal_mode=WAL;") as string;
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new SearchLogException($"The search log {path} could not be put in WAL mode (journal_mode is {journal}).", SearchLogFailure.ReadOnly, null);
            }

            Execute(connection, "PRAGMA synchronous=FULL;");
            if (Scalar(connection, "PRAGMA synchronous;") is not 2L)
            {
                throw new SearchLogException($"The search log {path} refused synchronous=FULL.", SearchLogFailure.Other, null);
            }

            var triggersRestored = CreateSchema(connection, path);
            var last = ReadLast(connection);
            var store = new SearchLogStore(full, path, connection, last, time ?? TimeProvider.System, log);
            if (triggersRestored)
            {
                LogTriggersRestored(log, path);
            }

            LogOpened(log, path, last?.Sequence ?? 0, last?.Hash ?? RecordHash.Genesis);
            return store;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException
            or InvalidCastException or FormatException) // the last record's columns were altered by another tool
        {
            connection?.Dispose();
            var failure = SearchLogException.Classify(ex);
            if (failure is SearchLogFailure.IoError or SearchLogFailure.CannotOpen)
            {
                // SQLite reports a full disk or a read-only mount at open as a generic I/O or open error
                // (it cannot create its -shm file); the folder itself says which.
                failure = ProbeFolder(full) ?? failure;
            }

            LogOpenFailed(log, ex, path, failure);
            throw new SearchLogException(
                $"The search log {path} cannot be opened: {SearchLogException.Describe(failure)} ({ex.Message}).", failure, ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends a record and completes once its transaction has committed with synchronous=FULL.
    /// Throws <see cref="SearchLogException"/> if the commit failed or the store is refusing appends.
    /// </summary>
    /// <remarks>
    /// <paramref name="cancellationToken"/> only cancels waiting for room in the queue. Once queued,
    /// the record is written and this completes with the outcome: a lane must never believe a record
    /// it gave up on was not written.
    /// </remarks>
    public ValueTask<StoredRecord> AppendAsync(NewRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Lane, nameof(record));
        if (!RecordKind.IsKnown(record.Kind))
        {
            throw new ArgumentException($"'{record.Kind}' is not a search log record kind ({string.Join(", ", RecordKind.All)})", nameof(record));
        }

        if (record.Corrects is { } corrects)
        {
            // The corrected record must already be committed: its caller has seen its sequence.
            if (corrects < 1 || corrects > (_last?.Sequence ?? 0))
            {
                throw new ArgumentException($"record {corrects} does not exist, so it cannot be corrected", nameof(record));
            }
        }
        else if (record.Kind == RecordKind.Correction)
        {
            throw new ArgumentException("a Correction must name the record it corrects", nameof(record));
        }

        // Usage errors above throw at once; refusals are the returned task's outcome, like a failed commit.
        if (Volatile.Read(ref _disposed) != 0)
        {
            return ValueTask.FromException<StoredRecord>(new ObjectDisposedException(nameof(SearchLogStore)));
        }

        if (_fault is { } fault && !Passes(fault.Failure))
        {
            return ValueTask.FromException<StoredRecord>(Refusal(fault));
        }

        var pending = new Pending(record.Lane, record.Kind, record.Corrects, RecordHash.CanonicalBody(record.Body));
        if (_queue.Writer.TryWrite(pending))
        {
            return new ValueTask<StoredRecord>(pending.Completion.Task);
        }

        return QueueAsync(pending, cancellationToken);
    }

    private async ValueTask<StoredRecord> QueueAsync(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SearchLogStore));
        }

        return await pending.Completion.Task.ConfigureAwait(false);
    }

    private void WriterLoop()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>(MaxBatch);
        var written = new List<StoredRecord>(MaxBatch);
        try
        {
            while (WaitToRead(reader))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                var fault = _fault;
                if (fault is not null && !Passes(fault.Failure))
                {
                    foreach (var pending in batch)
                    {
                        pending.Completion.TrySetException(Refusal(fault));
                    }
                }
                else
                {
                    try
                    {
                        if (fault is not null)
                        {
                            Resume();
                        }

                        Commit(batch, written);
                        _last = written[^1];
                        Interlocked.Increment(ref _commits);
                        if (fault is not null)
                        {
                            _fault = null;
                            LogRecovered(_logger, DatabasePath, fault.Failure, written[0].Sequence);
                        }

                        for (var i = 0; i < batch.Count; i++)
                        {
                            batch[i].Completion.TrySetResult(written[i]);
                        }
                    }
                    catch (Exception ex)
                    {
                        var failure = ex is SearchLogException own ? own.Failure : SearchLogException.Classify(ex);
                        var then = Passes(failure)
                            ? "It tries again with the next record; until one is committed, keep the lane locked."
                            : "It refuses every append until it is reopened; keep the lane locked.";
                        var refused = new SearchLogException(
                            $"The search log {DatabasePath} could not commit {batch.Count} record(s): {SearchLogException.Describe(failure)} ({ex.Message}). {then}",
                            failure, ex);
                        _fault = refused;
                        LogCommitFailed(_logger, ex, DatabasePath, batch.Count, failure, (_last?.Sequence ?? 0) + 1, Passes(failure) ? "tried again with the next record" : "refusing every append until reopened");
                        foreach (var pending in batch)
                        {
                            pending.Completion.TrySetException(Refusal(refused));
                        }
                    }
                }

                batch.Clear();
                written.Clear();
            }
        }
        finally
        {
            _writerStopped.TrySetResult();
        }
    }

    private static bool WaitToRead(ChannelReader<Pending> reader)
    {
        // Blocking is right here: this is the writer's own thread, and it has nothing else to do.
        var wait = reader.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Before trying again after a failed commit: the chain head as the file holds it. A commit reported
    /// as failed may still have reached the disk (an error after the write); then its records stand, their
    /// callers having been told otherwise (their lanes stayed locked, the safe side), and the chain goes on
    /// from them. A head behind the one known, or at it with another hash, means the file was changed
    /// under the store: that is not a failure that passes.
    /// </summary>
    private void Resume()
    {
        lock (_connectionGate)
        {
            var head = ReadLast(_connection);
            var known = _last;
            if (head?.Sequence == known?.Sequence && head?.Hash == known?.Hash)
            {
                return;
            }

            if (head is null || head.Sequence <= (known?.Sequence ?? 0))
            {
                // Behind the record already committed, or at it with another hash: changed under the store.
                throw new SearchLogException(
                    $"the file ends at record {head?.Sequence ?? 0} ({head?.Hash ?? "empty"}), not at record {known?.Sequence} ({known?.Hash}) already committed or after it",
                    SearchLogFailure.Corrupt, null);
            }

            LogFailedCommitLanded(_logger, DatabasePath, known?.Sequence ?? 0, head.Sequence);
            _last = head;
        }
    }

    /// <summary>Writes <paramref name="batch"/> in one transaction and commits it; fills <paramref name="written"/>.</summary>
    private void Commit(List<Pending> batch, List<StoredRecord> written)
    {
        lock (_connectionGate)
        {
            using var transaction = _connection.BeginTransaction();
            try
            {
                _insert.Transaction = transaction;
                var sequence = _last?.Sequence ?? 0;
                var previous = _last?.Hash ?? RecordHash.Genesis;
                var parameters = _insert.Parameters;
                foreach (var pending in batch)
                {
                    sequence++;
                    // Stored to the tick (7 decimals), so the record returned equals the record read back.
                    var now = new DateTimeOffset(_time.GetUtcNow().UtcTicks, TimeSpan.Zero);
                    var time = StoredRecord.FormatTime(now);
                    var hash = RecordHash.Compute(sequence, time, pending.Lane, pending.Kind, pending.Corrects, pending.Body, previous);
                    parameters[0].Value = sequence;
                    parameters[1].Value = time;
                    parameters[2].Value = pending.Lane;
                    parameters[3].Value = pending.Kind;
                    parameters[4].Value = pending.Corrects is { } corrects ? corrects : DBNull.Value;
                    parameters[5].Value = pending.Body;
                    parameters[6].Value = previous;
                    parameters[7].Value = hash;
                    _insert.ExecuteNonQuery();
                    written.Add(new StoredRecord(sequence, now, pending.Lane, pending.Kind, pending.Corrects, pending.Body, previous, hash));
                    previous = hash;
                }

                transaction.Commit();
            }
            catch
            {
                written.Clear();
                try
                {
                    transaction.Rollback();
                }
                catch (SqliteException)
                {
                    // SQLite may already have rolled back (SQLITE_FULL, I/O errors); the store is refusing anyway.
                }

                throw;
            }
        }
    }

    /// <summary>Each caller gets its own exception object; the cause is shared as the inner exception.</summary>
    private static SearchLogException Refusal(SearchLogException fault) =>
        new(fault.Message, fault.Failure, fault.InnerException);

    /// <summary>Why a small file cannot be written in the folder, or null when it can.</summary>
    private static SearchLogFailure? ProbeFolder(string folder)
    {
        var probe = Path.Combine(folder, $".probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, new byte[4096]);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return SearchLogFailure.ReadOnly;
        }
        catch (IOException ex)
        {
            try
            {
                File.Delete(probe);
            }
            catch (IOException)
            {
            }

            return ex.Message.Contains("space", StringComparison.OrdinalIgnoreCase) ? SearchLogFailure.DiskFull
                : ex.Message.Contains("read-only", StringComparison.OrdinalIgnoreCase) ? SearchLogFailure.ReadOnly
                : null;
        }
    }

    /// <summary>The record with this sequence, or null.</summary>
    public StoredRecord? Read(long sequence)
    {
        using var connection = OpenReader(DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM records WHERE sequence = $sequence";
        command.Parameters.AddWithValue("$sequence", sequence);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ToRecord(reader) : null;
    }

    /// <summary>Records from <paramref name="sequence"/> on, in order, streamed (for recovery at start-up).</summary>
    public IEnumerable<StoredRecord> ReadFrom(long sequence) =>
        Query($"SELECT {Columns} FROM records WHERE sequence >= $from ORDER BY sequence", ("$from", sequence));

    /// <summary>The records that correct record <paramref name="sequence"/>, oldest first.</summary>
    public IEnumerable<StoredRecord> CorrectionsOf(long sequence) =>
        Query($"SELECT {Columns} FROM records WHERE corrects = $sequence ORDER BY sequence", ("$sequence", sequence));

    /// <summary>The latest <paramref name="limit"/> records of one kind, newest first (the console's alert history).</summary>
    public IEnumerable<StoredRecord> ReadLatest(string kind, int limit) =>
        Query($"SELECT {Columns} FROM records WHERE kind = $kind ORDER BY sequence DESC LIMIT $limit", ("$kind", kind), ("$limit", limit));

    /// <summary>
    /// Records written in [<paramref name="from"/>, <paramref name="to"/>), optionally of one lane,
    /// in sequence order, streamed (for reports). Corrections are records in the range like any other.
    /// </summary>
    public IEnumerable<StoredRecord> ReadRange(DateTimeOffset from, DateTimeOffset to, string? lane = null) =>
        lane is null
            ? Query($"SELECT {Columns} FROM records WHERE time >= $from AND time < $to ORDER BY sequence",
                ("$from", StoredRecord.FormatTime(from)), ("$to", StoredRecord.FormatTime(to)))
            : Query($"SELECT {Columns} FROM records WHERE time >= $from AND time < $to AND lane = $lane ORDER BY sequence",
                ("$from", StoredRecord.FormatTime(from)), ("$to", StoredRecord.FormatTime(to)), ("$lane", lane));

    private IEnumerable<StoredRecord> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenReader(DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ToRecord(reader);
        }
    }

    /// <summary>
    /// Runs SQL on the writer's own connection (between batches). For tests: proves that the
    /// triggers refuse UPDATE and DELETE, and simulates a full disk or read-only database.
    /// </summary>
    internal int ExecuteRaw(string sql)
    {
        lock (_connectionGate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteNonQuery();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Everything queued is still written (or refused) before the connection closes.
        _queue.Writer.TryComplete();
        await _writerStopped.Task.ConfigureAwait(false);
        CloseConnection();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _writer.Join();
        CloseConnection();
    }

    private void CloseConnection()
    {
        _insert.Dispose();
        _connection.Dispose();
        LogClosed(_logger, DatabasePath, _last?.Sequence ?? 0);
    }

    internal static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        // Not pooled: a closed store really releases the file (tests, a reopen after a fault).
        Pooling = false,
    }.ToString();

    internal static SqliteConnection OpenReader(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadOnly));
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static StoredRecord ToRecord(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        StoredRecord.ParseTime(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetInt64(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7));

    /// <summary>Creates the table, indexes and triggers; true when an existing log had lost its triggers.</summary>
    private static bool CreateSchema(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        var id = (long)Scalar(connection, "PRAGMA application_id;", transaction)!;
        var tables = (long)Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", transaction)!;
        if (id != ApplicationId && (id != 0 || tables != 0))
        {
            throw new SearchLogException($"{path} is not a search log (application_id {id}).", SearchLogFailure.NotASearchLog, null);
        }

        var triggers = (long)Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ('records_no_update', 'records_no_delete')", transaction)!;
        Execute(connection, Schema + Triggers + $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {SchemaVersion};", transaction);
        transaction.Commit();
        return tables != 0 && triggers != 2;
    }

    private static StoredRecord? ReadLast(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM records ORDER BY sequence DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? ToRecord(reader) : null;
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>One queued append: the body already canonical, so the caller may reuse its object.</summary>
    private sealed class Pending(string lane, string kind, long? corrects, string body)
    {
        public string Lane { get; } = lane;
        public string Kind { get; } = kind;
        public long? Corrects { get; } = corrects;
        public string Body { get; } = body;

        // Continuations run off the writer thread, so a caller's work never delays the next commit.
        public TaskCompletionSource<StoredRecord> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search log {Database} opened at record {LastSequence} ({LastHash})")]
    private static partial void LogOpened(ILogger logger, string database, long lastSequence, string lastHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search log {Database} had lost its append-only triggers; restored. Verify the chain: the file was changed by another tool")]
    private static partial void LogTriggersRestored(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log {Database} cannot be opened: {Failure}")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception, string database, SearchLogFailure failure);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log {Database} failed to commit {Records} record(s) from sequence {FirstSequence}: {Failure}; {Then}")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, string database, int records, SearchLogFailure failure, long firstSequence, string then);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search log {Database} commits again from record {FirstSequence}, after failing with {Failure}")]
    private static partial void LogRecovered(ILogger logger, string database, SearchLogFailure failure, long firstSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search log {Database}: a commit reported as failed reached the disk after all; the chain goes on from record {HeadSequence} (was {KnownSequence})")]
    private static partial void LogFailedCommitLanded(ILogger logger, string database, long knownSequence, long headSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search log {Database} closed at record {LastSequence}")]
    private static partial void LogClosed(ILogger logger, string database, long lastSequence);
}
