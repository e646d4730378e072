using System.Device.Gpio;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Devices;
using Screening.Devices.Gpio;
using Screening.Devices.Simulation;
using Screening.Devices.Xray;
using Screening.Rules;
using Screening.Rules.Model;
using Screening.Station.Alert;
using Screening.Station.Lane;
using Screening.Station.SearchLog;
using YamlDotNet.RepresentationModel;

namespace Screening.Station.Simulation;

/// <summary>One line of a scenario's printout.</summary>
/// <param name="Seconds">Scenario time.</param>
/// <param name="Kind">device, input, record, turnstile, officer, security, expect.</param>
public sealed record ScenarioLine(double Seconds, string Kind, string Text);

/// <summary>
/// Plays a <see cref="Scenario"/> through the real lane: the simulated board and the real devices on
/// a manual clock, the <see cref="LaneController"/> with the real flow, rules, alert board and SQLite
/// search log. Nothing is mocked; time is the only thing simulated, so a scenario runs in moments and
/// always the same way.
/// </summary>
public sealed class ScenarioRunner : IAsyncDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private readonly Scenario _scenario;
    private readonly ManualClock _clock = new();
    private readonly DateTimeOffset _start;
    private readonly LaneDevicesOptions _options = LaneDevicesOptions.CreateDefault();
    private readonly SimulatedGpioDriver _board;
    private readonly GpioController _gpio;
    private readonly LaneDevices _devices;
    private readonly SearchLogStore _log;
    private readonly RuleSetFile _rules;
    private readonly AlertBoard _alert;
    private readonly Random _random = new(20261123);
    private LaneController _lane;
    private readonly List<ScenarioLine> _lines = [];
    private readonly SyntheticScanner _scanner = new(new SyntheticScannerOptions { Width = 512, Height = 384 });
    private readonly ImageStore _images;
    private readonly Dictionary<string, int> _records = new(StringComparer.Ordinal);
    private VerdictSnapshot? _lastVerdict;
    private int _failures;

    public ScenarioRunner(Scenario scenario, string dataDirectory, string? rulesFile)
    {
        _scenario = scenario;
        _start = _clock.GetUtcNow();
        _board = new SimulatedGpioDriver(_clock, _options.RestingInputLevels());
        _gpio = new GpioController(_board);
        _devices = new LaneDevices(_gpio, _options, _clock, NullLogger<LaneDevices>.Instance);
        _log = SearchLogStore.Open(dataDirectory, _clock);
        _images = new ImageStore(dataDirectory);
        _rules = new RuleSetFile(rulesFile, _clock);
        _alert = new AlertBoard(dataDirectory, () => _rules.Current, _clock);
        _lane = NewLane();
    }

    public IReadOnlyList<ScenarioLine> Lines => _lines;

    /// <summary>A lane controller on the scenario's devices and search log, as a fresh process makes one.</summary>
    private LaneController NewLane()
    {
        var lane = new LaneController(_scenario.Lane, null, _devices, hasTransit: true, _log, Directory(_scenario.People), _rules, _alert,
            () => _scenario.RandomDraw ?? _random.NextDouble(), NullLogger.Instance);
        lane.CarriedOut += OnCarriedOut;
        return lane;
    }

    /// <summary>The lane as the console sees it (stage, screening count).</summary>
    internal LaneSnapshot Snapshot => _lane.Snapshot;

    /// <summary>Expectations that did not hold.</summary>
    public int Failures => _failures;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_scenario.Alert is { } alert)
        {
            Set(alert, 0);
        }

        await _lane.StartAsync("Simulated", cancellationToken);
        await PumpAsync(cancellationToken);
        foreach (var step in _scenario.Steps)
        {
            await AdvanceToAsync(step.At, cancellationToken);
            await PerformAsync(step, cancellationToken);
            await SettleAsync(cancellationToken);
        }

        // Let timeouts that were due run out.
        await AdvanceToAsync(Now + 1, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _devices.Dispose();
        _gpio.Dispose();
        _alert.Dispose();
        _rules.Dispose();
        await _log.DisposeAsync();
    }

    private double Now => (_clock.GetUtcNow() - _start).TotalSeconds;

    private async Task PerformAsync(ScenarioStep step, CancellationToken cancellationToken)
    {
        var closed = _options.ContactLevel(closed: true);
        var open = _options.ContactLevel(closed: false);
        var md = _options.MetalDetector;
        switch (step.Action)
        {
            case "card":
                var parts = (step.Value ?? step.Text("card") ?? "").Split(':');
                if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var facility) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var number))
                {
                    throw new ScenarioException($"line {step.Line}: card must be \"facility:number\", e.g. \"12:1001\"");
                }

                Print("input", $"card {facility}:{number} on the reader");
                _board.SendWiegand(_options.CardReader!.Data0Pin!.Value, _options.CardReader.Data1Pin!.Value,
                    step.Text("bits") == "34" ? Wiegand.Encode34(facility, number) : Wiegand.Encode26(facility, number));
                break;

            case "identify":
                var person = new Person(
                    Enum.TryParse<PersonCategory>(step.Text("category"), out var category) && Enum.IsDefined(category)
                        ? category
                        : throw new ScenarioException($"line {step.Line}: identify needs a category ({string.Join(", ", Enum.GetNames<PersonCategory>())})"),
                    step.Text("reference") ?? "unknown",
                    step.Number("age") is { } age ? (int)age : null,
                    step.List("flags"),
                    step.List("authorisedItems"));
                Print("input", $"officer identifies {person.Category} {person.Reference}");
                await HandleAsync(new OfficerIdentified(_clock.GetUtcNow(), person, step.Text("officer") ?? "officer"), cancellationToken);
                break;

            case "frame":
                var detections = new List<FrameDetection>();
                if (step.Node("detections") is YamlSequenceNode list)
                {
                    foreach (var node in list.Children.OfType<YamlMappingNode>())
                    {
                        var detection = new ScenarioStep(step.At, "detection", null, node, (int)node.Start.Line);
                        detections.Add(new FrameDetection(detection.Text("item") ?? throw new ScenarioException($"line {detection.Line}: a detection needs an item"),
                            detection.Number("confidence") ?? 1.0));
                    }
                }

                // The analysis is scripted; the image is a real synthetic bag (with the scripted threats where the
                // scanner can draw them), kept by content like a scanner's frame, so the record's image verifies.
                var hash = StoreBagImage(step.Line, detections);
                Print("input", $"x-ray frame: {(detections.Count == 0 ? "nothing detected" : string.Join(", ", detections.Select(d => $"{d.Item} {d.Confidence:0.00}")))}{(step.Flag("opaque") == true ? ", opaque area" : "")}");
                await HandleAsync(new FrameAnalysed(_clock.GetUtcNow(), hash, detections, step.Flag("opaque") ?? false), cancellationToken);
                break;

            case "frame-refused":
                Print("input", $"x-ray frame refused: {step.Value}");
                await HandleAsync(new FrameRefused(_clock.GetUtcNow(), step.Value ?? "unreadable"), cancellationToken);
                break;

            case "arch":
                var alarm = (step.Value ?? step.Text("result")) == "alarm";
                var zones = step.List("zones").Select(z => md.ZonePins.TryGetValue(z, out var pin) ? pin!.Value
                    : throw new ScenarioException($"line {step.Line}: unknown zone '{z}' ({string.Join(", ", md.ZonePins.Keys)})")).ToList();
                Print("input", alarm ? $"walks the arch: ALARM {string.Join(", ", step.List("zones"))}" : "walks the arch: clear");
                if (alarm)
                {
                    zones.ForEach(z => _board.SetInput(z, closed));
                    var alarmLevel = _options.ContactLevel(closed: md.AlarmContact == ContactType.NormallyOpen);
                    _board.SetInput(md.AlarmPin!.Value, alarmLevel);
                    await SettleAsync(cancellationToken);
                    _board.SetInput(md.AlarmPin!.Value, !alarmLevel);
                    zones.ForEach(z => _board.SetInput(z, open));
                    await SettleAsync(cancellationToken);
                }

                _board.SetInput(md.TransitPin!.Value, closed);
                await SettleAsync(cancellationToken);
                _board.SetInput(md.TransitPin!.Value, open);
                break;

            case "passage":
                var inward = (step.Value ?? "in") == "in";
                Print("input", $"turnstile passage {(inward ? "in" : "out")}");
                var passagePin = inward ? _options.Turnstile.PassageInPin!.Value : _options.Turnstile.PassageOutPin!.Value;
                _board.SetInput(passagePin, closed);
                await SettleAsync(cancellationToken);
                _board.SetInput(passagePin, open);
                break;

            case "officer":
                var searches = Searches.None;
                foreach (var name in step.List("searches"))
                {
                    searches |= SearchesExtensions.TryParse(name, out var search) ? search
                        : throw new ScenarioException($"line {step.Line}: unknown search '{name}'");
                }

                var outcome = new OfficerOutcome(
                    step.Text("officer") ?? "officer",
                    (step.Text("outcome") ?? "admit") == "admit",
                    searches,
                    step.List("found"),
                    step.Text("disposal"),
                    step.Text("resolution"),
                    step.Flag("sir") ?? false,
                    step.Text("note"),
                    step.Text("authorisedBy"));
                Print("input", $"officer records: {(outcome.Admit ? "admit" : "refuse")}, searches {searches}, found [{string.Join(", ", outcome.ItemsFound)}]");
                await HandleAsync(new OutcomeRecorded(_clock.GetUtcNow(), outcome), cancellationToken);
                break;

            case "abandon":
                Print("input", $"officer abandons the screening: {step.Value}");
                await HandleAsync(new ScreeningAbandoned(_clock.GetUtcNow(), "officer", step.Value ?? "abandoned"), cancellationToken);
                break;

            case "alert":
                Set(step.Arguments ?? throw new ScenarioException($"line {step.Line}: alert needs state, by and reason"), step.Line);
                var setting = _alert.Current;
                await HandleAsync(new AlertStateSet(_clock.GetUtcNow(), setting.State, setting.ShutDown, setting.SetBy, setting.Reason, setting.At), cancellationToken);
                break;

            case "fault":
                Print("input", $"device fault: {step.Value}");
                switch (step.Value)
                {
                    case "stuck-alarm":
                        _board.Stick(md.AlarmPin!.Value, _options.ContactLevel(closed: md.AlarmContact == ContactType.NormallyOpen));
                        break;
                    case "alarm-freed":
                        _board.Unstick(md.AlarmPin!.Value);
                        _board.SetInput(md.AlarmPin!.Value, _options.RestingInputLevels()[md.AlarmPin!.Value]);
                        break;
                    case "ready-lost":
                        _board.SetInput(md.ReadyPin!.Value, open);
                        break;
                    case "ready-restored":
                        _board.SetInput(md.ReadyPin!.Value, closed);
                        break;
                    case "passage-stuck":
                        _board.Stick(_options.Turnstile.PassageInPin!.Value, closed);
                        break;
                    case "passage-freed":
                        _board.Unstick(_options.Turnstile.PassageInPin!.Value);
                        _board.SetInput(_options.Turnstile.PassageInPin!.Value, open);
                        break;
                    case "log-read-only":
                        // As a disk remounted read-only: every commit fails with SQLITE_READONLY.
                        _log.ExecuteRaw("PRAGMA query_only = ON;");
                        break;
                    case "log-writable":
                        _log.ExecuteRaw("PRAGMA query_only = OFF;");
                        break;
                    default:
                        throw new ScenarioException($"line {step.Line}: fault is stuck-alarm, alarm-freed, ready-lost, ready-restored, passage-stuck, passage-freed, log-read-only or log-writable");
                }

                break;

            case "fire":
                Print("input", $"fire alarm loop: {step.Value ?? step.Text("action")}");
                switch (step.Value ?? step.Text("action"))
                {
                    case "open":
                        _board.SetInput(_options.FireRelease.LoopPin!.Value, open);
                        break;
                    case "restore":
                        _board.SetInput(_options.FireRelease.LoopPin!.Value, closed);
                        break;
                    case "acknowledge":
                        _devices.AcknowledgeFireRelease(step.Text("officer") ?? "officer");
                        break;
                    default:
                        throw new ScenarioException($"line {step.Line}: fire is open, restore or acknowledge (with officer)");
                }

                break;

            case "wait":
                break;

            case "restart":
                // The process died and came back: everything the lane held in memory is gone; the search log,
                // the lane's journal and the devices are what they were, and the turnstile locks at start-up.
                Print("input", $"the lane restarts: {step.Value ?? "the process stopped"}");
                _lane.CarriedOut -= OnCarriedOut;
                _devices.Lock("start-up after a restart");
                _lane = NewLane();
                await _lane.StartAsync("Simulated", cancellationToken);
                break;

            case "expect":
                Expect(step);
                break;
        }
    }

    private string StoreBagImage(int seed, List<FrameDetection> detections)
    {
        using var bag = _scanner.Generate(seed, detections.Select(d => d.Item).Where(XrayItems.All.Contains).ToArray());
        return _images.Put(bag.EncodePng(), ".png");
    }

    private void Set(YamlMappingNode alert, int line)
    {
        var step = new ScenarioStep(0, "alert", null, alert, line);
        try
        {
            var setting = _alert.Set(step.Text("state") ?? _alert.Current.State, step.Flag("shutDown") ?? false, step.Text("by") ?? "scenario", step.Text("reason") ?? "scenario");
            Print("input", $"state of alert {setting.State}{(setting.ShutDown ? " + shut down" : "")} set by {setting.SetBy}: {setting.Reason}");
        }
        catch (AlertSettingException ex)
        {
            throw new ScenarioException($"line {line}: {ex.Message}");
        }
    }

    private void Expect(ScenarioStep step)
    {
        var checks = new List<(string What, bool Holds, string Actual)>();
        if (step.Text("stage") is { } stage)
        {
            checks.Add(($"stage {stage}", _lane.Flow.Stage.ToString() == stage, _lane.Flow.Stage.ToString()));
        }

        if (step.Text("turnstile") is { } turnstile)
        {
            checks.Add(($"turnstile {turnstile}", _devices.Turnstile.State.ToString() == turnstile, _devices.Turnstile.State.ToString()));
        }

        if (step.Text("outcome") is { } outcome)
        {
            var actual = _lastVerdict?.Outcome.ToString() ?? "none";
            checks.Add(($"verdict {outcome}", actual == outcome, actual));
        }

        foreach (var search in step.List("searches"))
        {
            var actual = _lastVerdict?.Searches ?? Searches.None;
            checks.Add(($"search {search} required", SearchesExtensions.TryParse(search, out var s) && actual.Has(s), actual.ToString()));
        }

        foreach (var rule in step.List("fired"))
        {
            var actual = _lastVerdict?.FiredRules ?? [];
            checks.Add(($"rule {rule} fired", actual.Contains(rule), string.Join(", ", actual)));
        }

        if (step.Node("records") is YamlMappingNode records)
        {
            foreach (var (key, value) in records.Children)
            {
                var kind = ((YamlScalarNode)key).Value!;
                var want = int.Parse(((YamlScalarNode)value).Value!, CultureInfo.InvariantCulture);
                var have = _records.GetValueOrDefault(kind);
                checks.Add(($"{want} {kind} record(s)", have == want, have.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (what, holds, actual) in checks)
        {
            if (!holds)
            {
                _failures++;
            }

            Print("expect", holds ? $"ok: {what}" : $"FAILED (line {step.Line}): expected {what}, was {actual}");
        }
    }

    private async Task HandleAsync(LaneInput input, CancellationToken cancellationToken)
    {
        var logFailures = _lane.View.Incidents.SearchLogFailures;
        await _lane.HandleAsync(input, cancellationToken);
        if (_lane.View.Incidents.SearchLogFailures > logFailures && _lane.View.Messages.Count > 0)
        {
            // Said by the lane, not carried out as a command: the search log refused a record.
            Print("officer", _lane.View.Messages[0].Text);
        }

        if (_lane.Flow.Current?.Verdict is { } verdict)
        {
            _lastVerdict = verdict;
        }
    }

    /// <summary>Runs the devices' pump and hands their events to the lane until nothing is left.</summary>
    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var handled = _devices.ProcessPending();
            var events = 0;
            while (_devices.Events.TryRead(out var deviceEvent))
            {
                events++;
                Print("device", Describe(deviceEvent));
                if (_lane.ToLaneInput(deviceEvent) is { } input)
                {
                    await HandleAsync(input, cancellationToken);
                }
            }

            if (handled == 0 && events == 0)
            {
                return;
            }
        }
    }

    /// <summary>Lets the debounce and the card reader's frame gap run out.</summary>
    private Task SettleAsync(CancellationToken cancellationToken) => AdvanceToAsync(Now + 0.1, cancellationToken);

    private async Task AdvanceToAsync(double seconds, CancellationToken cancellationToken)
    {
        // Whole ticks, so the loop always moves on (a remainder under one tick would never advance).
        var target = _start + TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        await PumpAsync(cancellationToken);
        while (_clock.GetUtcNow() < target)
        {
            var before = Math.Floor(Now);
            var remaining = target - _clock.GetUtcNow();
            _clock.Advance(remaining < Step ? remaining : Step);
            await PumpAsync(cancellationToken);
            if (Math.Floor(Now) > before)
            {
                await HandleAsync(new Tick(_clock.GetUtcNow()), cancellationToken);
            }
        }
    }

    private void OnCarriedOut(LaneCommand command, StoredRecord? stored)
    {
        switch (command)
        {
            case AppendRecord append when stored is not null:
                _records[append.Kind] = _records.GetValueOrDefault(append.Kind) + 1;
                var body = stored.ParseBody();
                Print("record", $"#{stored.Sequence} {stored.Kind}{(body["status"] is { } status ? $" {status}" : "")} {stored.Hash[..19]}…");
                break;
            case FreeTurnstileOnce:
                Print("turnstile", "FREE ONCE");
                break;
            case LockTurnstile locked:
                Print("turnstile", $"locked ({locked.Reason})");
                break;
            case TellOfficer tell:
                Print("officer", tell.Message);
                break;
            case NotifySecurity notify:
                Print("security", notify.What);
                break;
        }
    }

    private static string Describe(LaneDeviceEvent e) => e switch
    {
        TurnstileLocked locked => $"turnstile locked ({locked.Reason})",
        TurnstileFreedOnce => "turnstile freed for one passage",
        CardRead card => $"card read {card.FacilityCode}:{card.CardNumber} ({card.Format})",
        ArchTransit transit => $"arch transit{(transit.Alarmed ? $", alarmed {string.Join(", ", transit.Zones)}" : ", clear")}",
        CommandRefused refused => $"{refused.Command} refused: {refused.Reason}",
        _ => e.GetType().Name,
    };

    private void Print(string kind, string text) => _lines.Add(new ScenarioLine(Math.Round(Now, 3), kind, text));

    private static PersonDirectory Directory(YamlSequenceNode? people)
    {
        if (people is null)
        {
            return PersonDirectory.Demo();
        }

        var holders = new List<CardHolder>();
        foreach (var node in people.Children)
        {
            var entry = new ScenarioStep(0, "person", null, node as YamlMappingNode
                ?? throw new ScenarioException($"line {node.Start.Line}: a person is a mapping with card, category and reference"), (int)node.Start.Line);
            holders.Add(new CardHolder(
                entry.Text("card") ?? throw new ScenarioException($"line {entry.Line}: a person needs a card (\"facility:number\")"),
                Enum.TryParse<PersonCategory>(entry.Text("category"), out var category) && Enum.IsDefined(category)
                    ? category
                    : throw new ScenarioException($"line {entry.Line}: unknown category '{entry.Text("category")}'"),
                entry.Text("reference") ?? entry.Text("card")!,
                entry.Number("age") is { } age ? (int)age : null,
                entry.List("flags"),
                entry.List("authorisedItems"),
                entry.Flag("lost") ?? false));
        }

        return new PersonDirectory(holders);
    }
}
