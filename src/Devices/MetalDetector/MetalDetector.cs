using System.Device.Gpio;

namespace Screening.Devices;

/// <summary>The walk-through metal detector alarmed (debounced), with the zones that were lit.</summary>
public sealed record MetalDetectorAlarm(DateTimeOffset At, IReadOnlyList<string> Zones, MetalDetectorCounters Counters) : LaneDeviceEvent(At);

/// <summary>
/// Someone walked through the arch (the detector's transit relay pulsed). <see cref="Alarmed"/> is true
/// when the alarm line went active at all since the previous transit, even for less than the debounce
/// time, so a short alarm is never reported as a clear walk.
/// </summary>
public sealed record ArchTransit(DateTimeOffset At, bool Alarmed, IReadOnlyList<string> Zones) : LaneDeviceEvent(At);

/// <summary>The alarm relay returned to normal (debounced).</summary>
public sealed record MetalDetectorAlarmCleared(DateTimeOffset At) : LaneDeviceEvent(At);

public enum DetectorFaultKind
{
    /// <summary>The alarm line held longer than the stuck-alarm timeout: welded relay, cut NC wire, jammed arch.</summary>
    StuckAlarm,

    /// <summary>The detector's ready line dropped: no power, self-test failure, detector fault relay.</summary>
    NotReady,
}

/// <summary>The detector cannot be trusted; the lane is locked until it recovers.</summary>
public sealed record DetectorFault(DateTimeOffset At, DetectorFaultKind Kind) : LaneDeviceEvent(At);

public sealed record DetectorFaultCleared(DateTimeOffset At, DetectorFaultKind Kind) : LaneDeviceEvent(At);

/// <summary>Per-lane detector counters since the service started, so drift shows.</summary>
/// <param name="Passages">Passages into the prison sensed by the turnstile: everyone counted walked the arch.</param>
/// <param name="Alarms">Debounced alarms.</param>
public sealed record MetalDetectorCounters(long Passages, long Alarms)
{
    /// <summary>Alarms per passage; 0 before the first passage.</summary>
    public double AlarmRatio => Passages == 0 ? 0 : (double)Alarms / Passages;
}

/// <summary>
/// The walk-through metal detector: alarm relay (NO or NC), optional ready line, optional zone lines.
/// </summary>
/// <remarks>
/// <para>The lane locks on the first raw edge of an alarm (see <see cref="DemandsLock"/>); the debounced
/// level only decides what is counted and reported. Locking on a bounce costs an officer a glance;
/// waiting out the debounce before locking could let the person who alarmed through.</para>
/// <para>Created and driven by <see cref="LaneDevices"/> on its pump thread; <see cref="Counters"/> and
/// <see cref="Faults"/> are immutable snapshots any thread may read.</para>
/// </remarks>
public sealed class MetalDetector
{
    private readonly DeviceContext _context;
    private readonly MetalDetectorOptions _options;
    private readonly DebouncedInput _alarm;
    private readonly DebouncedInput? _ready;
    private readonly DebouncedInput? _transit;
    private bool _alarmSinceTransit;
    private IReadOnlyList<string> _zonesSinceTransit = [];
    private readonly Dictionary<string, int> _zones;
    private readonly Deadline _stuckAlarm;
    private volatile MetalDetectorCounters _counters = new(0, 0);
    // Replaced, never changed in place: readers on other threads see one whole set or the next.
    private volatile HashSet<DetectorFaultKind> _faults = [];

    internal MetalDetector(DeviceContext context, MetalDetectorOptions options)
    {
        _context = context;
        _options = options;
        var alarmLevel = context.Options.ContactLevel(closed: options.AlarmContact == ContactType.NormallyOpen);
        _alarm = new DebouncedInput(context, options.AlarmPin!.Value, alarmLevel, OnAlarmSettled);
        _ready = options.ReadyPin is int ready
            ? new DebouncedInput(context, ready, context.Options.ContactLevel(closed: true), OnReadySettled)
            : null;
        _transit = options.TransitPin is int transit
            ? new DebouncedInput(context, transit, context.Options.ContactLevel(closed: true), OnTransitSettled)
            : null;
        _zones = options.ZonePins.ToDictionary(z => z.Key, z => z.Value!.Value);
        foreach (var pin in _zones.Values)
        {
            context.Gpio.OpenPin(pin, PinMode.Input);
        }

        _stuckAlarm = context.NewDeadline(OnStuckAlarmDeadline);
    }

    public MetalDetectorCounters Counters => _counters;

    /// <summary>The faults present now; empty when the detector is healthy.</summary>
    public IReadOnlySet<DetectorFaultKind> Faults => _faults;

    /// <summary>True while the lane must stay locked because of the detector: the alarm line is active,
    /// raw or debounced, the ready line is down, or a fault stands.</summary>
    internal bool DemandsLock =>
        _alarm.RawActive || _alarm.Active || _ready is { RawActive: false } || _faults.Count > 0;

    internal bool IsFaulted => _faults.Count > 0;

    /// <summary>The lines that carry edges (zones are read when an alarm counts, not watched).</summary>
    internal IEnumerable<int> WatchedPins =>
        new[] { _alarm.Pin, _ready?.Pin, _transit?.Pin }.OfType<int>();

    internal void Start(long timestamp)
    {
        _alarm.Start(timestamp);
        _ready?.Start(timestamp);
        _transit?.Start(timestamp);
        if (_alarm.RawActive)
        {
            _stuckAlarm.Arm(_options.StuckAlarmTimeout);
        }

        if (_ready is { Active: false })
        {
            RaiseFault(DetectorFaultKind.NotReady);
        }
    }

    internal void OnEdge(int pin, PinEventTypes edge, long timestamp)
    {
        if (pin == _alarm.Pin)
        {
            var wasActive = _alarm.RawActive;
            _alarm.OnEdge(edge, timestamp);
            if (_alarm.RawActive && !wasActive)
            {
                _stuckAlarm.Arm(_options.StuckAlarmTimeout);
                _alarmSinceTransit = true;
            }
            else if (!_alarm.RawActive)
            {
                _stuckAlarm.Cancel();
            }
        }
        else if (pin == _transit?.Pin)
        {
            _transit.OnEdge(edge, timestamp);
        }
        else
        {
            _ready?.OnEdge(edge, timestamp);
        }
    }

    private void OnTransitSettled(bool closed)
    {
        if (!closed)
        {
            return;
        }

        // With a transit relay the arch counts its own walks, so the alarm ratio is alarms per walk
        // through the arch (turnstile passages would miss people who alarmed and were turned away).
        _counters = _counters with { Passages = _counters.Passages + 1 };

        // An alarm still sounding counts for this walk too.
        var alarmed = _alarmSinceTransit || _alarm.RawActive || _alarm.Active;
        _context.Publish(new ArchTransit(_context.Now, alarmed, alarmed ? _zonesSinceTransit : []));
        _alarmSinceTransit = false;
        _zonesSinceTransit = [];
    }

    /// <summary>
    /// Called by the lane for each passage into the prison sensed by the turnstile: the walk count of a
    /// detector without a transit relay (one with a relay counts its own walks).
    /// </summary>
    internal void CountPassage()
    {
        if (_transit is null)
        {
            _counters = _counters with { Passages = _counters.Passages + 1 };
        }
    }

    private void OnAlarmSettled(bool active)
    {
        if (!active)
        {
            _context.Publish(new MetalDetectorAlarmCleared(_context.Now));
            ClearFault(DetectorFaultKind.StuckAlarm);
            return;
        }

        _counters = _counters with { Alarms = _counters.Alarms + 1 };
        // Detectors latch their zone outputs with the alarm, so by now the zone lines show where it was.
        var closed = _context.Options.ContactLevel(closed: true);
        var zones = _zones.Where(z => _context.Gpio.Read(z.Value) == closed).Select(z => z.Key).ToArray();
        _alarmSinceTransit = true;
        _zonesSinceTransit = zones;
        _context.Publish(new MetalDetectorAlarm(_context.Now, zones, _counters));
    }

    private void OnReadySettled(bool ready)
    {
        if (ready)
        {
            ClearFault(DetectorFaultKind.NotReady);
        }
        else
        {
            RaiseFault(DetectorFaultKind.NotReady);
        }
    }

    private void OnStuckAlarmDeadline(long timestamp)
    {
        if (_alarm.RawActive)
        {
            RaiseFault(DetectorFaultKind.StuckAlarm);
        }
    }

    private void RaiseFault(DetectorFaultKind kind)
    {
        if (_faults.Contains(kind))
        {
            return;
        }

        _faults = new HashSet<DetectorFaultKind>(_faults) { kind };
        _context.Publish(new DetectorFault(_context.Now, kind));
    }

    private void ClearFault(DetectorFaultKind kind)
    {
        if (!_faults.Contains(kind))
        {
            return;
        }

        var remaining = new HashSet<DetectorFaultKind>(_faults);
        remaining.Remove(kind);
        _faults = remaining;
        _context.Publish(new DetectorFaultCleared(_context.Now, kind));
    }
}
