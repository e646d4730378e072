using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Screening.Devices;
using Screening.Rules;
using Screening.Rules.Model;
using Screening.Station.Alert;
using Screening.Station.SearchLog;

namespace Screening.Station.Lane;

/// <summary>What the console and the traffic generator may read about the lane, replaced after every input.</summary>
public sealed record LaneSnapshot(LaneStage Stage, string? ScreeningId, string? Verdict, Searches RequiredSearches, bool Alarmed, long Screenings);

/// <summary>
/// One lane's orchestration: turns device events into <see cref="LaneInput"/>s, hands inputs to the
/// <see cref="LaneFlow"/>, and carries out its commands in order. A record is durable in the search log
/// before the next command runs, so the turnstile never frees for a screening that is not recorded; if
/// the search log fails, the rest of that decision is dropped and the lane locked.
/// Driven by <c>LaneService</c> (the running lane) and by <c>screening simulate</c> (a scenario, stepped).
/// </summary>
/// <remarks>One caller at a time (the lane loop); <see cref="Snapshot"/> may be read from any thread.</remarks>
public sealed partial class LaneController
{
    private readonly string _laneId;
    private readonly LaneFlow _flow;
    private readonly LaneDevices _devices;
    private readonly SearchLogStore _log;
    private readonly PersonDirectory _directory;
    private readonly RuleSetFile _rules;
    private readonly AlertBoard _alert;
    private readonly bool _hasTransit;
    private readonly ILogger _logger;
    private volatile LaneSnapshot _snapshot = new(LaneStage.Idle, null, null, Searches.None, false, 0);
    private long _screenings;

    // Written and read by the lane loop only: the screening last counted, so that a second Screening record
    // under the same id (admitted again after the devices refused the free) counts the person once.
    private string? _lastCountedScreening;

    // Written by the lane loop only; published whole in _view after each input.
    private readonly LinkedList<OfficerMessage> _messages = new();
    private long _version;
    private long _forcedPassages;
    private long _fireReleases;
    private long _logFailures;

    // Records of screenings the flow has already closed that the search log refused: nothing else holds
    // them, so they are kept here and written, in order, before anything else once the log takes records.
    private readonly Queue<AppendRecord> _unwritten = new();
    private readonly LaneJournal _journal;

    /// <summary>What the journal holds now (its record without the time), or null when it holds nothing.</summary>
    private string? _journaled;
    private bool _journalFailing;
    private string? _lastFault;
    private DateTimeOffset? _lastFaultAt;
    private volatile LaneView _view;

    public LaneController(
        string laneId,
        string? establishment,
        LaneDevices devices,
        bool hasTransit,
        SearchLogStore log,
        PersonDirectory directory,
        RuleSetFile rules,
        AlertBoard alert,
        Func<double> randomDraw,
        ILogger logger)
    {
        _laneId = laneId;
        _devices = devices;
        _hasTransit = hasTransit;
        _log = log;
        _directory = directory;
        _rules = rules;
        _alert = alert;
        _logger = logger;
        _journal = new LaneJournal(log.DataDirectory, laneId);
        _flow = new LaneFlow(
            LaneFlowSettings.Default(laneId) with { Establishment = establishment ?? "" },
            () => rules.Current,
            () => (alert.Current.State, alert.Current.ShutDown),
            randomDraw);
        _view = new LaneView(laneId, LaneStage.Idle, 0, null, [], 0, new DeviceIncidents(0, 0, null, null, 0));
    }

    /// <summary>Raised on the lane loop after every input, with the new view (the console pushes it to every open page).</summary>
    public event Action<LaneView>? ViewChanged;

    /// <summary>The lane as the console shows it; replaced whole after every input.</summary>
    public LaneView View => _view;

    /// <summary>Every command carried out, with the record it stored (for `screening simulate`'s printout).</summary>
    public event Action<LaneCommand, StoredRecord?>? CarriedOut;

    public LaneSnapshot Snapshot => _snapshot;

    public LaneFlow Flow => _flow;

    /// <summary>
    /// Start-up: closes as interrupted every screening whose record freed the turnstile but was never
    /// closed (a crash or power cut), then records the lane's start.
    /// </summary>
    public async Task StartAsync(string driver, CancellationToken cancellationToken)
    {
        // The chain first: a record changed while the lane was down is a security matter, said loudly.
        // The lane still runs (a gate cannot close for it) and goes on chaining from the last record.
        var check = SearchLogVerifier.Verify(_log.DataDirectory, cancellationToken: cancellationToken);
        if (check.FirstBroken is { } broken)
        {
            LogChainBroken(_laneId, broken.Sequence, broken.Kind ?? "?", broken.Reason);
        }
        else if (check.Error is { } error)
        {
            LogChainUnchecked(_laneId, error);
        }
        else
        {
            LogChainVerified(_laneId, check.Records);
        }

        var open = new Dictionary<string, string>(StringComparer.Ordinal);
        var journal = ReadJournal();
        var waitingId = journal?.Screening?.Screening;
        string? waitingLast = null; // the last record of the journal's screening the log took after the journal
        var since = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in _log.ReadFrom(1))
        {
            if (journal is not null && record.Sequence > journal.AfterSequence)
            {
                // What the log took after the journal was written (a kept record written just before a crash).
                since.Add(record.Kind + "\n" + record.Body);
            }

            // Only a screening's own records open or close it (an Override names the screening too).
            if (!string.Equals(record.Lane, _laneId, StringComparison.Ordinal)
                || record.Kind is not (RecordKind.Screening or RecordKind.ScreeningClosed or RecordKind.ScreeningInterrupted))
            {
                continue;
            }

            var body = record.ParseBody();
            if (body["screening"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var status = body["status"]?.GetValue<string>();
            if (id == waitingId && record.Sequence > journal!.AfterSequence)
            {
                waitingLast = $"{record.Kind} {status}";
            }

            Track(open, record.Kind, id, status);
        }

        // Records the log refused before the last stop, in order (they may close a screening the log holds open).
        foreach (var kept in journal?.Kept ?? [])
        {
            if (!since.Contains(kept.Kind + "\n" + RecordHash.CanonicalBody(kept.Body)))
            {
                await AppendOrKeepAsync(kept, cancellationToken);
            }

            if (kept.Screening is { } id)
            {
                Track(open, kept.Kind, id, kept.Body["status"] is JsonValue v && v.TryGetValue<string>(out var status) ? status : null);
            }
        }

        // The screening awaiting the officer's outcome, unless the log moved it on after the journal was written
        // (a devices' NotFreed sends it back to the officer: still waiting). Its record, with the person and the
        // verdict, closes it even if an earlier admission of it is open in the log.
        var waiting = journal?.Screening is { } kept1 && waitingLast is null or "ScreeningClosed NotFreed" ? kept1 : null;
        if (waiting is not null)
        {
            open.Remove(waitingId!);
        }

        foreach (var (id, status) in open)
        {
            LogInterrupted(_laneId, id);
            await AppendOrKeepAsync(new JournalRecord(RecordKind.ScreeningInterrupted, new JsonObject
            {
                ["screening"] = id,
                ["status"] = "Interrupted",
                ["reason"] = $"the lane stopped after the screening was {status}, before its passage was confirmed",
                ["lane"] = _laneId,
            }), cancellationToken);
        }

        if (waiting is not null)
        {
            // The lane stopped while the officer's outcome of a Search or Refuse was awaited: the verdict
            // reaches the log now, as the screening's record, closed as interrupted.
            LogSearchInterrupted(_laneId, waitingId!);
            await AppendOrKeepAsync(waiting, cancellationToken);
        }

        await AppendOrKeepAsync(new JournalRecord(RecordKind.LaneStarted, new JsonObject
        {
            ["driver"] = driver,
            ["ruleSetHash"] = _rules.Current.Hash,
            ["alertState"] = _alert.Current.State,
            ["shutDown"] = _alert.Current.ShutDown,
        }), cancellationToken);

        // What is left of the journal (records the log still refuses) is written again, or the journal removed.
        _journaled = journal is null ? null : "";
        SyncJournal(DateTimeOffset.UtcNow); // idle at start: the time is not used
    }

    /// <summary>Screenings whose record freed the turnstile and that nothing closed since, as a screening's records go by in log order.</summary>
    private static void Track(Dictionary<string, string> open, string kind, string id, string? status)
    {
        if (kind == RecordKind.Screening && status is "Cleared" or "Admitted" or "AdmittedByOverride")
        {
            open[id] = status;
        }
        else if (kind is RecordKind.Screening or RecordKind.ScreeningClosed or RecordKind.ScreeningInterrupted)
        {
            open.Remove(id);
        }
    }

    /// <summary>Decides one input and carries out what the flow asks, in order; returns the commands carried out.</summary>
    public async Task<IReadOnlyList<LaneCommand>> HandleAsync(LaneInput input, CancellationToken cancellationToken)
    {
        var done = new List<LaneCommand>();
        var commands = _flow.Handle(input);
        var failedAt = await CarryOutInOrderAsync(commands, done, cancellationToken);
        var failed = failedAt >= 0;
        if (failed)
        {
            // Not recorded means not freed: no free of this decision is sent and the lane locks. Records the
            // flow cannot produce again are kept for later; the locks, the officer's messages and security's
            // notices still go out, unless a free was to follow (its handback below says what happened).
            _devices.Lock("search log failure");
            KeepRecords(commands, failedAt);
            if (!commands.Skip(failedAt).Any(c => c is FreeTurnstileOnce))
            {
                foreach (var command in commands.Skip(failedAt + 1).Where(c => c is LockTurnstile or TellOfficer or NotifySecurity))
                {
                    await CarryOutAsync(command, cancellationToken);
                    done.Add(command);
                }
            }

            if (_flow.Stage == LaneStage.AwaitingPassage)
            {
                // The flow waits on a free that was never sent, or that the lock above has just taken back: it
                // is handed back as refused, so the screening returns to the officer, who admits again once the
                // log records, or refuses entry (or abandons it), instead of the lane waiting for a passage.
                var why = _log.Fault is { } fault ? SearchLogException.Describe(fault.Failure) : "it refused the record";
                var what = commands.Skip(failedAt + 1).Any(c => c is FreeTurnstileOnce) ? "the outcome" : "an event while the turnstile was free";
                var handback = _flow.Handle(new FreeRefused(input.At, $"the search log could not record {what} ({why})", "search log"));
                if (await CarryOutInOrderAsync(handback, done, cancellationToken) is var at and >= 0)
                {
                    KeepRecords(handback, at);
                }
            }
        }

        SyncJournal(input.At);
        Observe(input, done);
        if (failed)
        {
            Tell(input.At, "The search log could not record this: the lane is locked. Call the security manager.", alarm: true);
        }

        _snapshot = new LaneSnapshot(
            _flow.Stage,
            _flow.Current?.Id,
            _flow.Current?.Verdict?.Outcome.ToString(),
            _flow.Current?.RequiredSearches ?? Searches.None,
            _flow.Current?.Arch?.Alarm ?? false,
            Interlocked.Read(ref _screenings));
        _view = new LaneView(
            _laneId,
            _flow.Stage,
            ++_version,
            _flow.Current is { } current ? ScreeningView.Of(current) : null,
            [.. _messages],
            Interlocked.Read(ref _screenings),
            new DeviceIncidents(_forcedPassages, _fireReleases, _lastFault, _lastFaultAt, _logFailures));
        ViewChanged?.Invoke(_view);
        return done;
    }

    /// <summary>What the journal holds, or null when there is none or it cannot be read (then set aside, and said loudly).</summary>
    private LaneJournalState? ReadJournal()
    {
        try
        {
            return _journal.Read();
        }
        catch (Exception e) when (e is LaneJournalException or IOException or UnauthorizedAccessException)
        {
            LogJournalUnreadable(e, _laneId, _journal.FilePath);
            try
            {
                LogJournalSetAside(_laneId, _journal.SetAside(DateTimeOffset.UtcNow));
            }
            catch (Exception aside) when (aside is IOException or UnauthorizedAccessException)
            {
                LogJournalUnreadable(aside, _laneId, _journal.FilePath);
            }

            return null;
        }
    }

    /// <summary>Appends a journal's record at start-up; one the log refuses (or any after one it refused) waits with the kept records.</summary>
    private async Task AppendOrKeepAsync(JournalRecord record, CancellationToken cancellationToken)
    {
        if (_unwritten.Count == 0 && await AppendAsync(record.Kind, record.Body, cancellationToken) is not null)
        {
            return;
        }

        Keep(new AppendRecord(record.Kind, record.Body.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone())));
    }

    /// <summary>
    /// Keeps a record the log refused, to write first once it takes records; the record itself goes to the service
    /// log too: should the process die before the search log recovers and the journal cannot be written, that is where it is.
    /// </summary>
    private void Keep(AppendRecord record)
    {
        _unwritten.Enqueue(record);
        var body = JsonSerializer.Serialize(record.Body);
        LogRecordKept(_laneId, record.Kind, body);
    }

    /// <summary>
    /// Keeps on disk what the search log does not hold yet: the records it refused (<c>_unwritten</c>) and the
    /// record of a screening that waits on the officer's outcome of a Search or Refuse (no record of it is in the
    /// log until then). Written only when what it says changes, removed when it would say nothing; a journal that
    /// cannot be written is said loudly and the lane goes on.
    /// </summary>
    private void SyncJournal(DateTimeOffset at)
    {
        var waiting = _flow.InterruptedWhileSearching(at);
        if (waiting is null && _unwritten.Count == 0 && _journaled is null)
        {
            return;
        }

        try
        {
            var screening = waiting is null ? null : new JournalRecord(waiting.Kind, JsonSerializer.SerializeToNode(waiting.Body)!.AsObject());
            var kept = _unwritten.Select(r => new JournalRecord(r.Kind, JsonSerializer.SerializeToNode(r.Body)!.AsObject())).ToList();

            // What it says, leaving out the time the screening's record would carry (it moves with every input).
            var timeless = screening?.Body.DeepClone().AsObject();
            timeless?.Remove("at");
            var what = string.Join('\n', kept.Select(k => k.Kind + k.Body.ToJsonString())) + "\n#" + timeless?.ToJsonString();
            if (what == _journaled)
            {
                return;
            }

            _journal.Save(new LaneJournalState(_log.LastRecord?.Sequence ?? 0, kept, screening));
            _journaled = waiting is null && kept.Count == 0 ? null : what;
            _journalFailing = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tried again at the next input; said once per failure, not at every tick.
            _journaled = null;
            if (!_journalFailing)
            {
                _journalFailing = true;
                LogJournalFailed(e, _laneId, _journal.FilePath);
            }
        }
    }

    /// <summary>Keeps what the console shows beyond the flow's state: messages and device incidents.</summary>
    private void Observe(LaneInput input, List<LaneCommand> done)
    {
        switch (input)
        {
            case PassageForced:
                _forcedPassages++;
                break;
            case FireReleaseChanged { Active: true }:
                _fireReleases++;
                break;
            case DetectorFaultChanged { Faulted: true } fault:
                _lastFault = $"Metal detector: {fault.Detail}";
                _lastFaultAt = fault.At;
                break;
        }

        foreach (var tell in done.OfType<TellOfficer>())
        {
            Tell(input.At, tell.Message, tell.Alarm);
        }
    }

    private void Tell(DateTimeOffset at, string text, bool alarm)
    {
        _messages.AddFirst(new OfficerMessage(at, text, alarm));
        while (_messages.Count > 12)
        {
            _messages.RemoveLast();
        }
    }

    /// <summary>The lane input a device event means, or null for events the flow does not need.</summary>
    public LaneInput? ToLaneInput(LaneDeviceEvent deviceEvent) => deviceEvent switch
    {
        CardRead card => Identify(card),
        CardReadRejected rejected => new CardUnreadable(rejected.At, $"{rejected.Reason} ({rejected.BitCount} bits)"),
        ArchTransit transit => new ArchWalked(transit.At, transit.Alarmed, transit.Zones),

        // Without a transit relay the lane only learns of walks that alarm.
        MetalDetectorAlarm alarm when !_hasTransit => new ArchWalked(alarm.At, true, alarm.Zones),
        DetectorFault fault => new DetectorFaultChanged(fault.At, true, fault.Kind.ToString()),
        DetectorFaultCleared cleared => new DetectorFaultChanged(cleared.At, false, cleared.Kind.ToString()),
        TurnstileFault fault => new TurnstileFaultChanged(fault.At, true, $"{fault.Kind} ({fault.Direction})"),
        TurnstileFaultCleared cleared => new TurnstileFaultChanged(cleared.At, false, $"{cleared.Kind} ({cleared.Direction})"),
        // A fault, alarm or closed passage contact the lane did not know of when it asked: the flow must not wait for a passage.
        CommandRefused { Command: "FreeOnce" } refused => new FreeRefused(refused.At, refused.Reason),
        PassageSensed { Direction: PassageDirection.In } passage => new PassageConfirmed(passage.At),
        PassageSensed { Direction: PassageDirection.Out } passage => new PassageReversed(passage.At),
        ForcedPassage forced => new PassageForced(forced.At, forced.Direction.ToString()),
        TurnstileLocked { Reason: not (LockReason.Passage or LockReason.StartUp or LockReason.Shutdown or LockReason.Officer) } locked =>
            new TurnstileRelocked(locked.At, locked.Reason.ToString()),
        FireReleaseOpened opened => new FireReleaseChanged(opened.At, true, null),
        FireReleaseAcknowledged acknowledged => new FireReleaseChanged(acknowledged.At, false, acknowledged.Officer),
        _ => null,
    };

    private CardPresented Identify(CardRead card)
    {
        var key = PersonDirectory.CardKey(card.FacilityCode, card.CardNumber);
        var holder = _directory.Find(key);
        var person = holder is null ? null : new Person(holder.Category, holder.Reference, holder.AgeYears, holder.Flags, holder.AuthorisedItems);
        return new CardPresented(card.At, key, person, holder?.Lost ?? false);
    }

    private async Task<bool> CarryOutAsync(LaneCommand command, CancellationToken cancellationToken)
    {
        StoredRecord? stored = null;
        switch (command)
        {
            case AppendRecord append:
                stored = await AppendAsync(append.Kind, JsonSerializer.SerializeToNode(append.Body)?.AsObject() ?? [], cancellationToken);
                if (stored is null)
                {
                    return false;
                }

                if (append.Kind == RecordKind.Screening)
                {
                    var id = append.Body.GetValueOrDefault("screening") as string;
                    if (id is null || id != _lastCountedScreening)
                    {
                        _lastCountedScreening = id;
                        Interlocked.Increment(ref _screenings);
                    }
                }

                break;
            case FreeTurnstileOnce:
                _devices.FreeOnce();
                break;
            case LockTurnstile locked:
                _devices.Lock(locked.Reason);
                break;
            case TellOfficer tell when tell.Alarm:
                LogOfficerAlarm(_laneId, tell.Message);
                break;
            case TellOfficer tell:
                LogOfficerInfo(_laneId, tell.Message);
                break;
            case NotifySecurity notify:
                LogSecurity(_laneId, notify.What);
                break;
        }

        CarriedOut?.Invoke(command, stored);
        return true;
    }

    /// <summary>
    /// Carries out the flow's commands in order into <paramref name="done"/>; stops at the first record the
    /// search log refuses and returns its index (the rest are dropped), or -1 when all were carried out.
    /// </summary>
    /// <summary>
    /// Keeps the records from <paramref name="failedAt"/> on that the flow will not produce again: all but
    /// those of the screening it still holds (its final record carries what they said, and a Cleared or
    /// Admitted that was not written is handed back as a refused free).
    /// </summary>
    private void KeepRecords(IReadOnlyList<LaneCommand> commands, int failedAt)
    {
        var open = _flow.Current?.Id;
        foreach (var record in commands.Skip(failedAt).OfType<AppendRecord>())
        {
            if (open is not null && record.Body.GetValueOrDefault("screening") as string == open)
            {
                continue;
            }

            Keep(record);
        }
    }

    /// <summary>
    /// Carries out the commands after any kept records, in order. While kept records still wait, no new record
    /// may go before them: what comes before the first record is carried out and that record counts as refused.
    /// Returns the index of the command that failed, or -1.
    /// </summary>
    private async Task<int> CarryOutInOrderAsync(IReadOnlyList<LaneCommand> commands, List<LaneCommand> done, CancellationToken cancellationToken)
    {
        if (await WriteUnwrittenAsync(done, cancellationToken))
        {
            return await CarryOutAllAsync(commands, done, cancellationToken);
        }

        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is AppendRecord)
            {
                _logFailures++;
                return i;
            }

            await CarryOutAsync(commands[i], cancellationToken);
            done.Add(commands[i]);
        }

        return -1;
    }

    /// <summary>Writes the kept records in order; false while the log still refuses them.</summary>
    private async Task<bool> WriteUnwrittenAsync(List<LaneCommand> done, CancellationToken cancellationToken)
    {
        var written = 0;
        while (_unwritten.TryPeek(out var record))
        {
            if (!await CarryOutAsync(record, cancellationToken))
            {
                return false;
            }

            _unwritten.Dequeue();
            done.Add(record);
            written++;
        }

        if (written > 0)
        {
            var told = new TellOfficer($"The search log is writing again: {written} record(s) kept while it failed are now in it.", Alarm: false);
            await CarryOutAsync(told, cancellationToken);
            done.Add(told);
        }

        return true;
    }

    private async Task<int> CarryOutAllAsync(IReadOnlyList<LaneCommand> commands, List<LaneCommand> done, CancellationToken cancellationToken)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            if (!await CarryOutAsync(commands[i], cancellationToken))
            {
                _logFailures++;
                return i;
            }

            done.Add(commands[i]);
        }

        return -1;
    }

    /// <summary>Appends durably; on failure logs loudly and returns null (the caller keeps the lane locked).</summary>
    private async Task<StoredRecord?> AppendAsync(string kind, JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            return await _log.AppendAsync(new NewRecord(_laneId, kind, body), cancellationToken);
        }
        catch (Exception ex) when (ex is SearchLogException or ObjectDisposedException)
        {
            LogSearchLogFailed(ex, _laneId, kind);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: {OfficerMessage}")]
    private partial void LogOfficerAlarm(string laneId, string officerMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId}: {OfficerMessage}")]
    private partial void LogOfficerInfo(string laneId, string officerMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId} security notice: {SecurityNotice}")]
    private partial void LogSecurity(string laneId, string securityNotice);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Lane {LaneId}: a {RecordKind} record is kept until the search log takes it: {Record}")]
    private partial void LogRecordKept(string laneId, string recordKind, string record);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log append failed on lane {LaneId} ({RecordKind}): the lane stays locked")]
    private partial void LogSearchLogFailed(Exception exception, string laneId, string recordKind);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Lane {LaneId}: the search log chain is BROKEN at record {Sequence} ({RecordKind}): {Reason}. Security must investigate")]
    private partial void LogChainBroken(string laneId, long sequence, string recordKind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane {LaneId}: the search log chain could not be checked: {Problem}")]
    private partial void LogChainUnchecked(string laneId, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId}: search log chain verified ({Records} records)")]
    private partial void LogChainVerified(string laneId, long records);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: screening {ScreeningId} was open at the last stop; closed as interrupted")]
    private partial void LogInterrupted(string laneId, string screeningId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: screening {ScreeningId} was awaiting the officer's search outcome at the last stop; its verdict is recorded, closed as interrupted")]
    private partial void LogSearchInterrupted(string laneId, string screeningId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane {LaneId}: the lane journal {JournalPath} cannot be read; records kept at the last stop may be unrecorded (the service log has each as a critical event)")]
    private partial void LogJournalUnreadable(Exception exception, string laneId, string journalPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane {LaneId}: the unreadable lane journal was moved to {JournalPath} for investigation")]
    private partial void LogJournalSetAside(string laneId, string journalPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane {LaneId}: the lane journal {JournalPath} could not be written; a crash now would lose what the search log does not hold yet")]
    private partial void LogJournalFailed(Exception exception, string laneId, string journalPath);

}
