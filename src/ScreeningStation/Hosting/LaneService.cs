using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices;

namespace Screening.Station.Hosting;

/// <summary>
/// Runs the lane's device pump and drains its events. The devices lock the turnstile when they are
/// created, which happens here before anything else starts. The lane flow (identify, bags, detector,
/// verdict, outcome, passage) is not built yet: until it is, every device event is logged by the pump
/// and nothing ever frees the turnstile.
/// </summary>
internal sealed partial class LaneService(
    LaneDevices devices,
    IOptions<LaneOptions> lane,
    IOptions<LaneDevicesOptions> deviceOptions,
    ILogger<LaneService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dataDirectory = Path.GetFullPath(lane.Value.DataDirectory);
        var driver = deviceOptions.Value.Driver.ToString();
        var turnstile = devices.Turnstile.State.ToString();
        LogStarted(lane.Value.Id, driver, turnstile, dataDirectory);

        // The pump applies the safety links (alarm or fault locks, fire release frees); it only stops on shutdown
        // or when even the lock write fails, and then the host must fail.
        var pump = devices.RunAsync(stoppingToken);
        try
        {
            await foreach (var _ in devices.Events.ReadAllAsync(stoppingToken))
            {
                // Each event is logged once by the pump; the lane flow will act on them here.
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await pump;
        var final = devices.Turnstile.State.ToString();
        LogStopped(lane.Value.Id, final);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Lane {LaneId} started: {GpioDriver} devices, turnstile {TurnstileState}, data in {DataDirectory} (lane flow not built yet: the turnstile is never freed)")]
    private partial void LogStarted(string laneId, string gpioDriver, string turnstileState, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId} stopped, turnstile {TurnstileState}")]
    private partial void LogStopped(string laneId, string turnstileState);
}
