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
using Screening.Station.Tests.SearchLog;

namespace Screening.Station.Tests.Hosting;

/// <summary>
/// The running lane's loop (<see cref="LaneService"/>) on the simulated board with a real search log: what
/// is still queued when the lane stops. The real clock, since the loop's own one-second tick runs on it.
/// </summary>
public sealed class LaneServiceStopTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private readonly SearchLogFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_passage_sensed_just_before_the_stop_closes_the_screening_as_passed_not_interrupted()
    {
        Directory.CreateDirectory(_folder.Path);
        var time = TimeProvider.System;
        var options = LaneDevicesOptions.CreateDefault();
        using var gpio = new GpioController(new SimulatedGpioDriver(time, options.RestingInputLevels()));
        using var devices = new LaneDevices(gpio, options, time, NullLogger<LaneDevices>.Instance);
        var log = _folder.Open(time);
        using var rules = new RuleSetFile(null, time);
        using var alert = new AlertBoard(_folder.Path, () => rules.Current, time);
        using var lane = new LaneService(devices, rules, alert, log, PersonDirectory.Demo(), time,
            Options.Create(new LaneOptions { DataDirectory = _folder.Path }), Options.Create(options), NullLogger<LaneService>.Instance);

        // Holds the loop inside its handling of one input, so the passage is certainly still queued when the stop begins.
        using var busy = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var hold = false;
        lane.ViewChanged += _ =>
        {
            if (Volatile.Read(ref hold))
            {
                Volatile.Write(ref hold, false);
                busy.Set();
                release.Wait(Limit);
            }
        };

        using var limit = new CancellationTokenSource(Limit);
        await lane.StartAsync(limit.Token);
        try
        {
            var staff = new Person(PersonCategory.Staff, "S-100", 40, []);
            await lane.HandleAsync(new CardPresented(time.GetUtcNow(), "12:1001", staff, ReportedLost: false), limit.Token);
            await lane.HandleAsync(new ArchWalked(time.GetUtcNow(), Alarm: false, []), limit.Token);
            if (lane.Snapshot.Stage == LaneStage.Searching)
            {
                // Picked for a random search: the officer searches and admits, which frees the turnstile the same way.
                await lane.HandleAsync(new OutcomeRecorded(time.GetUtcNow(),
                    new OfficerOutcome("officer-smith", true, lane.Snapshot.RequiredSearches, [], Note: "random search, nothing found")), limit.Token);
            }

            Assert.Equal(LaneStage.AwaitingPassage, lane.Snapshot.Stage);

            // The loop is busy with a change of alert when the person walks through, and the lane is stopped then.
            var current = alert.Current;
            Volatile.Write(ref hold, true);
            await lane.PostAsync(new AlertStateSet(time.GetUtcNow(), current.State, current.ShutDown, current.SetBy, current.Reason, current.At), limit.Token);
            Assert.True(busy.Wait(Limit), "the lane loop never handled the change of alert");
            await lane.PostAsync(new PassageConfirmed(time.GetUtcNow()), limit.Token);
        }
        finally
        {
            var stopping = lane.StopAsync(limit.Token);
            release.Set();
            await stopping;
            await log.DisposeAsync();
        }

        await using var read = _folder.Open();
        var story = read.ReadFrom(1)
            .Where(r => r.Kind is RecordKind.Screening or RecordKind.ScreeningClosed or RecordKind.ScreeningInterrupted)
            .Select(r => $"{r.Kind} {r.ParseBody()["status"]?.GetValue<string>()}").ToList();
        Assert.Equal(RecordKind.ScreeningClosed + " Passed", story[^1]);
        Assert.DoesNotContain(story, s => s.StartsWith(RecordKind.ScreeningInterrupted, StringComparison.Ordinal));
    }
}
