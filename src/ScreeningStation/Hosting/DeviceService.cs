using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices;

namespace Screening.Station.Hosting;

/// <summary>
/// The lane devices' loop: runs their pump (edges, timers, interlocks: an alarm or fault locks, the fire
/// release frees) and reports their health every few minutes, so detector drift shows in the log. The
/// pump locks the turnstile when it stops. If even the lock output cannot be written the pump throws,
/// and the host stops with a non-zero exit.
/// </summary>
internal sealed partial class DeviceService(
    LaneDevices devices,
    IOptions<LaneOptions> lane,
    TimeProvider time,
    ILogger<DeviceService> logger) : BackgroundService
{
    private static readonly TimeSpan HealthEvery = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pump = devices.RunAsync(stoppingToken);
        using var health = time.CreateTimer(_ => ReportHealth(), null, HealthEvery, HealthEvery);
        await pump;
    }

    private void ReportHealth()
    {
        var counters = devices.MetalDetector.Counters;
        var faults = string.Join(", ", devices.MetalDetector.Faults);
        var turnstile = devices.Turnstile.State.ToString();
        var fire = devices.FireRelease.State.ToString();
        LogHealth(lane.Value.Id, turnstile, counters.Passages, counters.Alarms, counters.AlarmRatio, faults.Length == 0 ? "none" : faults, fire);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Lane {LaneId} devices: turnstile {TurnstileState}, detector {Passages} passages, {Alarms} alarms (ratio {AlarmRatio:P1}), faults {Faults}, fire release {FireRelease}")]
    private partial void LogHealth(string laneId, string turnstileState, long passages, long alarms, double alarmRatio, string faults, string fireRelease);
}
