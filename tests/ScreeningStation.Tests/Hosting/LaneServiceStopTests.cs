using System.Device.Gpio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Devices.Gpio;
using Screening.Rules;
using Screening.Rules.Model;
using Screening.Station.Alert;
using Screening.Station.Hosting;
using Screening.Station.Lane;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.Hosting;

/// <summary>
/// The running lane's loop (<see cref="LaneService"/>) on the simulated board with a real search log: what
/// is still queued when the lane stops.
/// </summary>
public sealed class LaneServiceStopTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "screening-stop-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_passage_sensed_just_before_the_stop_closes_the_screening_as_passed_not_interrupted()
    {
        Directory.CreateDirectory(_data);
        var time = TimeProvider.System;
        var options = LaneDevicesOptions.CreateDefault();
        using var gpio = new GpioController(new SimulatedGpioDriver(time, options.RestingInputLevels()));
        using var devices = new LaneDevices(gpio, options, time, NullLogger<LaneDevices>.Instance);
        var log = SearchLogStore.Open(_data, time);
        var rules = new RuleSetFile(null, time);
        using var alert = new AlertBoard(_data, () => rules.Current, time);
        var lane = new LaneService(devices, rules, alert, log, PersonDirectory.Demo(), time,
            Options.Create(new LaneOptions { DataDirectory = _data }), Options.Create(options), NullLogger<LaneService>.Instance);

        await lane.StartAsync(CancellationToken.None);
        var staff = new Person(PersonCategory.Staff, "S-100", 40, []);
        await lane.HandleAsync(new CardPresented(time.GetUtcNow(), "12:1001", staff, ReportedLost: false));
        await lane.HandleAsync(new ArchWalked(time.GetUtcNow(), Alarm: false, []));
        if (lane.Snapshot.Stage == LaneStage.Searching)
        {
            // Picked for a random search: the officer searches and admits, which frees the turnstile the same way.
            await lane.HandleAsync(new OutcomeRecorded(time.GetUtcNow(),
                new OfficerOutcome("officer-smith", true, lane.Snapshot.RequiredSearches, [], null, "random search, nothing found")));
        }

        Assert.Equal(LaneStage.AwaitingPassage, lane.Snapshot.Stage);

        // The person walks through while the loop is still busy (the board's changes of alert queued ahead of
        // the passage), and the lane is stopped at once: the passage is still queued when the stop begins, and
        // the loop must handle what was queued before it records the open screening as interrupted.
        var current = alert.Current;
        for (var i = 0; i < 300; i++)
        {
            await lane.PostAsync(new AlertStateSet(time.GetUtcNow(), current.State, current.ShutDown, current.SetBy, current.Reason, current.At));
        }

        await lane.PostAsync(new PassageConfirmed(time.GetUtcNow()));
        await lane.StopAsync(CancellationToken.None);
        lane.Dispose();
        await log.DisposeAsync();

        await using var read = SearchLogStore.Open(_data);
        var story = read.ReadFrom(1)
            .Where(r => r.Kind is RecordKind.Screening or RecordKind.ScreeningClosed or RecordKind.ScreeningInterrupted)
            .Select(r => $"{r.Kind} {r.ParseBody()["status"]?.GetValue<string>()}").ToList();
        Assert.Equal(RecordKind.ScreeningClosed + " Passed", story[^1]);
        Assert.DoesNotContain(story, s => s.StartsWith(RecordKind.ScreeningInterrupted, StringComparison.Ordinal));
        Assert.Equal(TurnstileState.Locked, devices.Turnstile.State);
    }
}
