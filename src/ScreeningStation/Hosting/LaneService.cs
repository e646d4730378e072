using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Rules;
using Screening.Station.Alert;
using Screening.Station.Lane;
using Screening.Station.SearchLog;

namespace Screening.Station.Hosting;

/// <summary>What the console and the traffic generator may read about the lane, replaced after every input.</summary>
public sealed record LaneSnapshot(LaneStage Stage, string? ScreeningId, string? Verdict, Rules.Model.Searches RequiredSearches, bool Alarmed, long Screenings);

/// <summary>
/// The lane's orchestration loop: device events and officer actions become <see cref="LaneInput"/>s,
/// the <see cref="LaneFlow"/> decides, and its commands are carried out in order: a record is durable in
/// the search log before the next command runs, so the turnstile never frees for a screening that is not
/// recorded. If the search log fails, the lane stays locked and says so.
/// </summary>
/// <remarks>
/// Threads: device events are read by one task, inputs from the console or the traffic generator are
/// posted from any thread; all of them go through one bounded channel (never drops) to the loop, which
/// alone touches the flow.
/// </remarks>
internal sealed partial class LaneService(
    LaneDevices devices,
    RuleSetFile rules,
    AlertBoard alert,
    SearchLogStore log,
    PersonDirectory directory,
    TimeProvider time,
    IOptions<LaneOptions> lane,
    IOptions<LaneDevicesOptions> deviceOptions,
    ILogger<LaneService> logger) : BackgroundService
{
    private readonly Channel<LaneInput> _inputs = Channel.CreateBounded<LaneInput>(new BoundedChannelOptions(1024)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private volatile LaneSnapshot _snapshot = new(LaneStage.Idle, null, null, Rules.Model.Searches.None, false, 0);
    private long _screenings;

    public LaneSnapshot Snapshot => _snapshot;

    /// <summary>Hands an officer's action (or a simulated one) to the lane; waits if the lane is busy, never drops.</summary>
    public ValueTask PostAsync(LaneInput input, CancellationToken cancellationToken = default) => _inputs.Writer.WriteAsync(input, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var laneId = lane.Value.Id;
        var flow = new LaneFlow(
            LaneFlowSettings.Default(laneId) with { Establishment = lane.Value.Establishment ?? "" },
            () => rules.Current,
            () => (alert.Current.State, alert.Current.ShutDown),
            CryptoDraw);

        var dataDirectory = Path.GetFullPath(lane.Value.DataDirectory);
        var driver = deviceOptions.Value.Driver.ToString();
        var turnstile = devices.Turnstile.State.ToString();
        LogStarted(laneId, driver, turnstile, dataDirectory, directory.Count);

        Task? pump = null;
        Task? events = null;
        try
        {
            await RecoverAsync(laneId, stoppingToken);
            await AppendAsync(new NewRecord(laneId, RecordKind.LaneStarted, new JsonObject
            {
                ["driver"] = driver,
                ["ruleSetHash"] = rules.Current.Hash,
                ["alertState"] = alert.Current.State,
                ["shutDown"] = alert.Current.ShutDown,
            }), stoppingToken);

            alert.Changed += OnAlertChanged;
            alert.Watch();
            pump = devices.RunAsync(stoppingToken);
            events = Task.Run(() => ForwardDeviceEventsAsync(stoppingToken), CancellationToken.None);
            using var ticks = time.CreateTimer(_ => _inputs.Writer.TryWrite(new Tick(time.GetUtcNow())), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            await foreach (var input in _inputs.Reader.ReadAllAsync(stoppingToken))
            {
                await CarryOutAsync(flow.Handle(input), laneId, stoppingToken);
                _snapshot = new LaneSnapshot(
                    flow.Stage,
                    flow.Current?.Id,
                    flow.Current?.Verdict?.Outcome.ToString(),
                    flow.Current?.RequiredSearches ?? Rules.Model.Searches.None,
                    flow.Current?.Arch?.Alarm ?? false,
                    Interlocked.Read(ref _screenings));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            alert.Changed -= OnAlertChanged;

            // The pump locks the turnstile when it ends; if it never started, lock here.
            if (pump is null)
            {
                devices.Dispose();
            }
            else
            {
                await pump;
            }

            if (events is not null)
            {
                await events;
            }

            var final = devices.Turnstile.State.ToString();
            LogStopped(laneId, final);
        }
    }

    private async Task CarryOutAsync(IReadOnlyList<LaneCommand> commands, string laneId, CancellationToken cancellationToken)
    {
        foreach (var command in commands)
        {
            switch (command)
            {
                case AppendRecord append:
                    if (!await AppendAsync(new NewRecord(laneId, append.Kind, ToJson(append.Body)), cancellationToken))
                    {
                        // Not recorded means not freed: skip the rest of this decision's commands.
                        devices.Lock("search log failure");
                        return;
                    }

                    if (append.Kind == RecordKind.Screening)
                    {
                        Interlocked.Increment(ref _screenings);
                    }

                    break;
                case FreeTurnstileOnce:
                    devices.FreeOnce();
                    break;
                case LockTurnstile locked:
                    devices.Lock(locked.Reason);
                    break;
                case TellOfficer tell when tell.Alarm:
                    LogOfficerAlarm(laneId, tell.Message);
                    break;
                case TellOfficer tell:
                    LogOfficerInfo(laneId, tell.Message);
                    break;
                case NotifySecurity notify:
                    LogSecurity(laneId, notify.What);
                    break;
            }
        }
    }

    /// <summary>Appends durably; on failure logs loudly and returns false (the caller keeps the lane locked).</summary>
    private async Task<bool> AppendAsync(NewRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await log.AppendAsync(record, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is SearchLogException or ObjectDisposedException)
        {
            LogSearchLogFailed(ex, record.Lane, record.Kind);
            return false;
        }
    }

    /// <summary>
    /// Start-up: a screening whose record freed the turnstile but was never closed was in the lane at a
    /// crash or power cut; it is closed as interrupted, so the log says what happened.
    /// </summary>
    private async Task RecoverAsync(string laneId, CancellationToken cancellationToken)
    {
        var open = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in log.ReadFrom(1))
        {
            if (!string.Equals(record.Lane, laneId, StringComparison.Ordinal))
            {
                continue;
            }

            var body = record.ParseBody();
            var id = body["screening"]?.GetValue<string>();
            if (id is null)
            {
                continue;
            }

            var status = body["status"]?.GetValue<string>();
            if (record.Kind == RecordKind.Screening && status is "Cleared" or "Admitted" or "AdmittedByOverride")
            {
                open[id] = status;
            }
            else
            {
                open.Remove(id);
            }
        }

        foreach (var (id, status) in open)
        {
            LogInterrupted(laneId, id);
            await AppendAsync(new NewRecord(laneId, RecordKind.ScreeningInterrupted, new JsonObject
            {
                ["screening"] = id,
                ["status"] = "Interrupted",
                ["reason"] = $"the lane stopped after the screening was {status}, before its passage was confirmed",
                ["lane"] = laneId,
                ["at"] = time.GetUtcNow(),
            }), cancellationToken);
        }
    }

    private async Task ForwardDeviceEventsAsync(CancellationToken cancellationToken)
    {
        var hasTransit = deviceOptions.Value.MetalDetector.TransitPin is not null;
        try
        {
            await foreach (var deviceEvent in devices.Events.ReadAllAsync(cancellationToken))
            {
                if (ToLaneInput(deviceEvent, hasTransit) is { } input)
                {
                    await _inputs.Writer.WriteAsync(input, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ChannelClosedException)
        {
        }
    }

    private LaneInput? ToLaneInput(LaneDeviceEvent deviceEvent, bool hasTransit) => deviceEvent switch
    {
        CardRead card => Identify(card),
        CardReadRejected rejected => new CardUnreadable(rejected.At, $"{rejected.Reason} ({rejected.BitCount} bits)"),
        ArchTransit transit => new ArchWalked(transit.At, transit.Alarmed, transit.Zones),

        // Without a transit relay the lane only learns of walks that alarm.
        MetalDetectorAlarm alarm when !hasTransit => new ArchWalked(alarm.At, true, alarm.Zones),
        DetectorFault fault => new DetectorFaultChanged(fault.At, true, fault.Kind.ToString()),
        DetectorFaultCleared cleared => new DetectorFaultChanged(cleared.At, false, cleared.Kind.ToString()),
        PassageSensed { Direction: PassageDirection.In } passage => new PassageConfirmed(passage.At),
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
        var holder = directory.Find(key);
        var person = holder is null ? null : new Person(holder.Category, holder.Reference, holder.AgeYears, holder.Flags, holder.AuthorisedItems);
        return new CardPresented(card.At, key, person, holder?.Lost ?? false);
    }

    private void OnAlertChanged(object? sender, AlertSetting setting)
    {
        LogAlertChanged(lane.Value.Id, setting.State, setting.ShutDown, setting.SetBy, setting.Reason);

        // Recorded by this lane's single writer; the flow reads the board at each decision, so the change
        // applies at once to every screening not yet decided.
        _ = AppendAsync(
            new NewRecord(lane.Value.Id, RecordKind.AlertStateChanged, new JsonObject
            {
                ["state"] = setting.State,
                ["shutDown"] = setting.ShutDown,
                ["setBy"] = setting.SetBy,
                ["reason"] = setting.Reason,
                ["at"] = setting.At,
            }),
            CancellationToken.None);
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, object?> body) =>
        JsonSerializer.SerializeToNode(body)?.AsObject() ?? [];

    /// <summary>The random number for selection, from the operating system's cryptographic generator.</summary>
    private static double CryptoDraw()
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return (BitConverter.ToUInt64(bytes) >> 11) * (1.0 / (1UL << 53));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Lane {LaneId} started: {GpioDriver} devices, turnstile {TurnstileState}, data in {DataDirectory}, {CardHolders} card holders")]
    private partial void LogStarted(string laneId, string gpioDriver, string turnstileState, string dataDirectory, int cardHolders);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId} stopped, turnstile {TurnstileState}")]
    private partial void LogStopped(string laneId, string turnstileState);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: {OfficerMessage}")]
    private partial void LogOfficerAlarm(string laneId, string officerMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId}: {OfficerMessage}")]
    private partial void LogOfficerInfo(string laneId, string officerMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId} security notice: {SecurityNotice}")]
    private partial void LogSecurity(string laneId, string securityNotice);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Search log append failed on lane {LaneId} ({RecordKind}): the lane stays locked")]
    private partial void LogSearchLogFailed(Exception exception, string laneId, string recordKind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: screening {ScreeningId} was open at the last stop; closed as interrupted")]
    private partial void LogInterrupted(string laneId, string screeningId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: state of alert {AlertState} (shut down: {ShutDown}) set by {SetBy}: {Reason}")]
    private partial void LogAlertChanged(string laneId, string alertState, bool shutDown, string setBy, string reason);
}
