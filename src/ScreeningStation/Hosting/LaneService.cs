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

/// <summary>
/// The running lane's orchestration loop: device events (forwarded by a task), a one-second tick and
/// officer actions all feed one bounded channel (never drops) read by one loop, which alone drives the
/// <see cref="LaneController"/>. The device pump runs in <see cref="DeviceService"/>.
/// </summary>
public sealed partial class LaneService(
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
    private readonly Channel<LaneRequest> _inputs = Channel.CreateBounded<LaneRequest>(new BoundedChannelOptions(1024)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private readonly LaneController _controller = new(
        lane.Value.Id,
        lane.Value.Establishment,
        devices,
        deviceOptions.Value.MetalDetector.TransitPin is not null,
        log,
        directory,
        rules,
        alert,
        CryptoDraw,
        logger);

    public LaneSnapshot Snapshot => _controller.Snapshot;

    /// <summary>The lane as the officer console shows it.</summary>
    public LaneView View => _controller.View;

    /// <summary>Raised on the lane loop after every input it handled.</summary>
    public event Action<LaneView>? ViewChanged
    {
        add => _controller.ViewChanged += value;
        remove => _controller.ViewChanged -= value;
    }

    /// <summary>Hands an officer's action (or a simulated one) to the lane; waits if the lane is busy, never drops.</summary>
    public ValueTask PostAsync(LaneInput input, CancellationToken cancellationToken = default) =>
        _inputs.Writer.WriteAsync(new LaneRequest(input, null), cancellationToken);

    /// <summary>
    /// Hands an officer's action to the lane and waits until the lane has handled it: returns what the lane
    /// told the officer about it (for example why an outcome was not accepted).
    /// </summary>
    public async Task<IReadOnlyList<LaneCommand>> HandleAsync(LaneInput input, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<IReadOnlyList<LaneCommand>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _inputs.Writer.WriteAsync(new LaneRequest(input, done), cancellationToken);
        return await done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var laneId = lane.Value.Id;
        var dataDirectory = Path.GetFullPath(lane.Value.DataDirectory);
        var driver = deviceOptions.Value.Driver.ToString();
        Task? events = null;
        var started = false;
        try
        {
            // Started means ready: the chain checked and interrupted screenings closed, not merely begun.
            await _controller.StartAsync(driver, stoppingToken);
            started = true;
            var turnstile = devices.Turnstile.State.ToString();
            LogStarted(laneId, driver, turnstile, dataDirectory, directory.Count);
            alert.Changed += OnAlertChanged;
            alert.Watch();
            events = Task.Run(() => ForwardDeviceEventsAsync(stoppingToken), CancellationToken.None);
            using var ticks = time.CreateTimer(_ => _inputs.Writer.TryWrite(new LaneRequest(new Tick(time.GetUtcNow()), null)), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            // Once the stop is asked for, ReadAllAsync still yields what is already queued before it throws, so a
            // passage or relock the devices sensed before the stop is recorded before the open screening is closed.
            await foreach (var request in _inputs.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    var commands = await _controller.HandleAsync(request.Input, stoppingToken);
                    request.Done?.TrySetResult(commands);
                }
                catch (Exception ex)
                {
                    request.Done?.TrySetException(ex);
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            alert.Changed -= OnAlertChanged;

            // What was queued after the loop ended (or behind a failure) is not handled: an officer waiting on it is
            // told so, not left hanging.
            _inputs.Writer.TryComplete();
            while (_inputs.Reader.TryRead(out var pending))
            {
                pending.Done?.TrySetCanceled(CancellationToken.None);
            }

            if (started)
            {
                await CloseOpenScreeningAsync(laneId);
            }

            // The device pump (DeviceService) locks the turnstile when it ends; locking here as well costs
            // nothing and covers a start-up that failed before the pump ran.
            devices.Dispose();

            if (events is not null)
            {
                await events;
            }

            var final = devices.Turnstile.State.ToString();
            LogStopped(laneId, final);
        }
    }

    /// <summary>
    /// A screening still open at a clean stop (decided, waiting on a search or a passage) is recorded as
    /// interrupted now, while the search log is still open, instead of vanishing with the process.
    /// </summary>
    private async Task CloseOpenScreeningAsync(string laneId)
    {
        try
        {
            await _controller.HandleAsync(new LaneStopping(time.GetUtcNow()), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The turnstile locks anyway (below); the next start closes a freed screening it finds open.
            LogStopRecordFailed(ex, laneId);
        }
    }

    private async Task ForwardDeviceEventsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var deviceEvent in devices.Events.ReadAllAsync(cancellationToken))
            {
                if (_controller.ToLaneInput(deviceEvent) is { } input)
                {
                    await _inputs.Writer.WriteAsync(new LaneRequest(input, null), cancellationToken);
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

    // Raised on the board's watcher thread (or an API request's): handed to the lane loop like any input.
    private void OnAlertChanged(object? sender, AlertSetting setting) =>
        _ = PostAsync(new AlertStateSet(time.GetUtcNow(), setting.State, setting.ShutDown, setting.SetBy, setting.Reason, setting.At)).AsTask();

    /// <summary>One input for the lane loop, with who waits for its result (officer actions from the console).</summary>
    private sealed record LaneRequest(LaneInput Input, TaskCompletionSource<IReadOnlyList<LaneCommand>>? Done);

    /// <summary>The random number for selection, from the operating system's cryptographic generator.</summary>
    internal static double CryptoDraw()
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane {LaneId} could not record the open screening as interrupted while stopping")]
    private partial void LogStopRecordFailed(Exception exception, string laneId);
}
