using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Hosting;

/// <summary>The `Lane:Simulation` section: the made-up traffic of the demo lane.</summary>
public sealed class SimulationOptions
{
    /// <summary>People per hour walking up to the lane; 0 turns the generator off.</summary>
    public double PersonsPerHour { get; set; } = 360;

    /// <summary>Share of people who set off the metal detector.</summary>
    public double AlarmShare { get; set; } = 0.12;

    /// <summary>Share of people who are visitors identified by the officer (no card).</summary>
    public double VisitorShare { get; set; } = 0.3;

    /// <summary>Seconds an officer takes to search and record the outcome.</summary>
    public double SearchSeconds { get; set; } = 4;

    /// <summary>Seconds between the turnstile freeing and the person pushing through it.</summary>
    public double PassSeconds { get; set; } = 0.8;

    /// <summary>Share of bags with a threat in them (knife, phone, firearm, bottle).</summary>
    public double ThreatShare { get; set; } = 0.08;
}

/// <summary>
/// Drives the simulated board like people at a real lane: a card on the reader (or a visitor
/// identified by the officer), a walk through the arch (sometimes alarming), a simulated officer who
/// carries out the searches asked for, and a passage through the turnstile when it frees. Runs only
/// with the simulated driver; it presses the same pins a real lane's devices would.
/// </summary>
internal sealed partial class SimulatedTraffic(
    SimulatedLane hands,
    LaneService lane,
    PersonDirectory directory,
    IOptions<LaneOptions> laneOptions,
    IOptions<LaneDevicesOptions> deviceOptions,
    TimeProvider time,
    ILogger<SimulatedTraffic> logger) : BackgroundService
{
    private const string Officer = "sim-officer";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var simulation = laneOptions.Value.Simulation;
        if (simulation.PersonsPerHour <= 0 || !hands.Available)
        {
            return;
        }

        LogStarted(simulation.PersonsPerHour, simulation.AlarmShare);
        var random = new Random();
        var holders = directory.Holders.ToList();
        var gap = TimeSpan.FromHours(1 / simulation.PersonsPerHour);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (lane.Snapshot.Stage == LaneStage.Searching)
                {
                    await RedecideAsync(simulation, stoppingToken);
                }

                await OnePersonAsync(random, holders, simulation, stoppingToken);
                await Task.Delay(gap, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task OnePersonAsync(Random random, List<CardHolder> holders, SimulationOptions simulation, CancellationToken cancellationToken)
    {
        // The bag goes on the belt first: the scanner exports its image to the drop folder.
        if (laneOptions.Value.Xray.Enabled)
        {
            string[] threats = random.NextDouble() < simulation.ThreatShare ? [SimulatedLane.Threats[random.Next(SimulatedLane.Threats.Count)]] : [];
            hands.DropBag(random.Next(), threats);
            await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
        }

        if (random.NextDouble() < simulation.VisitorShare || holders.Count == 0 || !await PresentCardAsync(holders[random.Next(holders.Count)], cancellationToken))
        {
            var age = random.NextDouble() < 0.1 ? random.Next(5, 18) : random.Next(18, 80);
            var visitor = new Person(PersonCategory.Visitor, $"V-{random.Next(10000, 99999)}", age);
            await lane.PostAsync(new OfficerIdentified(time.GetUtcNow(), visitor, Officer), cancellationToken);
        }

        if (!await WaitForAsync(s => s.Stage == LaneStage.Identified, cancellationToken))
        {
            return; // not identified (unknown card, lane busy or in fire release): the person goes away
        }

        // Bags on the belt, then the arch.
        await Task.Delay(TimeSpan.FromSeconds(1 + random.NextDouble()), time, cancellationToken);
        var zones = hands.Zones;
        var alarm = random.NextDouble() < simulation.AlarmShare && deviceOptions.Value.MetalDetector.AlarmPin is not null;
        hands.WalkArch(alarm, zones.Count > 0 ? zones[random.Next(zones.Count)] : null);

        if (!await WaitForAsync(s => s.Stage is LaneStage.AwaitingPassage or LaneStage.Searching, cancellationToken))
        {
            return;
        }

        await DecideAndPassAsync(simulation, cancellationToken);
    }

    /// <summary>
    /// The person's card on the reader; a card the lane did not take (a read rejected as short or noisy: a loaded
    /// machine can stretch the simulated bit timing past the reader's frame gap) is presented again, as the lane's
    /// message asks, up to three times. False when the lane has no card reader.
    /// </summary>
    private async Task<bool> PresentCardAsync(CardHolder holder, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!hands.PresentCard(holder))
            {
                return false;
            }

            if (await WaitForAsync(s => s.Stage == LaneStage.Identified, cancellationToken, tries: 30))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// A screening handed back to the officer (the devices would not free the turnstile for it): the simulated
    /// officer admits once more, as the officer at a real lane would once the turnstile can be freed, and, if it
    /// is handed back again, refuses entry, so the demo lane never waits on it for good.
    /// </summary>
    private async Task RedecideAsync(SimulationOptions simulation, CancellationToken cancellationToken)
    {
        LogRedeciding();
        await DecideAndPassAsync(simulation, cancellationToken);
        if (lane.Snapshot.Stage == LaneStage.Searching)
        {
            var snapshot = lane.Snapshot;
            var refused = new OfficerOutcome(Officer, Admit: false, snapshot.RequiredSearches, [],
                AlarmResolution: snapshot.Alarmed ? "simulated: keys in a pocket" : null);
            await lane.PostAsync(new OutcomeRecorded(time.GetUtcNow(), refused, snapshot.ScreeningId), cancellationToken);
            await WaitForAsync(s => s.Stage == LaneStage.Idle, cancellationToken);
        }
    }

    /// <summary>
    /// The searches, if the lane asks for any (the officer records the outcome: admitted unless the verdict
    /// refused entry), then the passage once the turnstile is freed.
    /// </summary>
    private async Task DecideAndPassAsync(SimulationOptions simulation, CancellationToken cancellationToken)
    {
        if (lane.Snapshot.Stage == LaneStage.Searching)
        {
            var snapshot = lane.Snapshot;
            await Task.Delay(TimeSpan.FromSeconds(simulation.SearchSeconds), time, cancellationToken);
            var admit = snapshot.Verdict != nameof(Outcome.Refuse);
            var outcome = new OfficerOutcome(Officer, admit, snapshot.RequiredSearches, [],
                AlarmResolution: snapshot.Alarmed ? "simulated: keys in a pocket" : null);
            await lane.PostAsync(new OutcomeRecorded(time.GetUtcNow(), outcome, snapshot.ScreeningId), cancellationToken);
            if (!admit || !await WaitForAsync(s => s.Stage == LaneStage.AwaitingPassage, cancellationToken))
            {
                return;
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(simulation.PassSeconds, 0, 60)), time, cancellationToken);
        if (lane.Snapshot.Stage != LaneStage.AwaitingPassage)
        {
            return; // the devices refused the free: pushing through now would be a forced passage
        }

        hands.PassTurnstile();
        await WaitForAsync(s => s.Stage == LaneStage.Idle, cancellationToken);
    }

    private async Task<bool> WaitForAsync(Func<LaneSnapshot, bool> condition, CancellationToken cancellationToken, int tries = 100)
    {
        for (var i = 0; i < tries; i++)
        {
            if (condition(lane.Snapshot))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated officer decides again a screening handed back to the officer")]
    private partial void LogRedeciding();

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated traffic: {PersonsPerHour} people per hour, {AlarmShare:P0} alarming")]
    private partial void LogStarted(double personsPerHour, double alarmShare);
}
