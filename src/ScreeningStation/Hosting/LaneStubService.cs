using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Screening.Station.Hosting;

/// <summary>
/// Placeholder for the lane orchestration: it announces the lane and holds it until shutdown.
/// The devices, the lane flow and the search log replace it (README: what is simulated).
/// </summary>
internal sealed partial class LaneStubService(IOptions<LaneOptions> options, ILogger<LaneStubService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dataDirectory = Path.GetFullPath(options.Value.DataDirectory);
        LogStarted(options.Value.Id, dataDirectory);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            LogStopped(options.Value.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId} started (stub: no devices yet, turnstile not driven), data in {DataDirectory}")]
    private partial void LogStarted(string laneId, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId} stopped")]
    private partial void LogStopped(string laneId);
}
