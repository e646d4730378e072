using System.Device.Gpio;

namespace Screening.Devices;

public enum TurnstileState
{
    Locked,

    /// <summary>Freed for exactly one passage; relocks on the passage or the FreeOnce timeout.</summary>
    FreeOnce,

    /// <summary>Held free by the fire-alarm release until an officer acknowledges the restored loop.</summary>
    FireReleased,
}

public enum PassageDirection
{
    /// <summary>Into the prison, the way the lane screens.</summary>
    In,
    Out,
}

/// <summary>Why the turnstile was locked.</summary>
public enum LockReason
{
    StartUp,
    Passage,
    FreeOnceTimeout,
    DetectorAlarm,
    DetectorFault,

    /// <summary>A passage sensor is stuck closed: passages cannot be counted, so no FreeOnce can be kept to one.</summary>
    PassageSensorFault,
    Officer,
    FireReleaseAcknowledged,

    /// <summary>Device handling threw: the controller is unsure, so the lane locks.</summary>
    ControllerError,

    /// <summary>The host stopped reading device events: the pump must wait, and a freed turnstile
    /// could otherwise stay free past its timeout, so it locks first.</summary>
    HostNotReading,
    Shutdown,
}

public sealed record TurnstileLocked(DateTimeOffset At, LockReason Reason) : LaneDeviceEvent(At);

public sealed record TurnstileFreedOnce(DateTimeOffset At, TimeSpan Timeout) : LaneDeviceEvent(At);

/// <summary>A passage the lane allowed (FreeOnce, or during a fire release).</summary>
public sealed record PassageSensed(DateTimeOffset At, PassageDirection Direction) : LaneDeviceEvent(At);

/// <summary>A passage sensed while the turnstile was locked: someone forced it or climbed it.</summary>
public sealed record ForcedPassage(DateTimeOffset At, PassageDirection Direction) : LaneDeviceEvent(At);

public enum TurnstileFaultKind
{
    /// <summary>A passage sensor held closed longer than the stuck-passage timeout: welded contact, shorted
    /// cable, a bag jammed in the arm. Nobody passing can be counted while it stays closed.</summary>
    PassageSensorStuck,
}

/// <summary>The turnstile cannot keep a FreeOnce to one passage: it is locked, and FreeOnce is refused until
/// the fault clears (a fire release still holds it free).</summary>
public sealed record TurnstileFault(DateTimeOffset At, TurnstileFaultKind Kind, PassageDirection Direction) : LaneDeviceEvent(At);

public sealed record TurnstileFaultCleared(DateTimeOffset At, TurnstileFaultKind Kind, PassageDirection Direction) : LaneDeviceEvent(At);

/// <summary>
/// The auto-locking turnstile: one lock output, one or two passage sensors.
/// </summary>
/// <remarks>
/// <para>The constructor drives the lock output LOCKED before anything else is opened, so however the
/// rest of start-up goes the lane starts locked. Every path that is not a deliberate FreeOnce or a fire
/// release ends locked: passage, timeout, detector alarm or fault, stuck passage sensor, exception, shutdown.</para>
/// <para>A passage counts on the contact's closing edge, so a contact that never opens again counts
/// nobody after it: held closed past <see cref="TurnstileOptions.StuckPassageTimeout"/> it is a
/// <see cref="TurnstileFault"/>, which locks the turnstile and refuses FreeOnce until the contact opens.
/// Before that timeout FreeOnce is refused too while any passage contact is closed: the person before is
/// still in the arms, or the contact is sticking.</para>
/// <para>Created and driven by <see cref="LaneDevices"/> on its pump thread (apart from the constructor
/// and <see cref="LockForShutdown"/>); <see cref="State"/> and <see cref="Faults"/> may be read from any thread.</para>
/// </remarks>
public sealed class Turnstile
{
    private readonly DeviceContext _context;
    private readonly TurnstileOptions _options;
    private readonly int _lockPin;
    private readonly PinValue _lockedLevel;
    private readonly DebouncedInput _passageIn;
    private readonly DebouncedInput? _passageOut;
    private readonly Deadline _freeOnceTimeout;
    private readonly Deadline _stuckIn;
    private readonly Deadline? _stuckOut;
    private readonly Action _onPassageIn;
    private readonly Lock _outputGate = new();
    private volatile TurnstileState _state = TurnstileState.Locked;
    private bool _shutDown; // guarded by _outputGate

    // True once a locked level has been written without error (pump thread). Until then "Locked" is only
    // what the turnstile means to be, and every Lock writes again: a failed write is retried, not trusted.
    private bool _outputLocked;

    // Replaced, never changed in place (pump thread): readers on other threads see one whole list or the next.
    private volatile TurnstileFault[] _faults = [];

    /// <param name="onPassageIn">Called on the pump thread for each passage into the prison, allowed or forced.</param>
    internal Turnstile(DeviceContext context, TurnstileOptions options, Action onPassageIn)
    {
        _context = context;
        _options = options;
        _onPassageIn = onPassageIn;
        _lockPin = options.LockPin!.Value;
        _lockedLevel = options.LockedLevel == PinLevel.High ? PinValue.High : PinValue.Low;

        // First thing: the output comes into existence at the locked level. The explicit write covers a
        // driver that ignores the initial value of a line that was already an output.
        context.Gpio.OpenPin(_lockPin, PinMode.Output, _lockedLevel);
        context.Gpio.Write(_lockPin, _lockedLevel);
        _outputLocked = true;
        context.Publish(new TurnstileLocked(context.Now, LockReason.StartUp));

        var closed = context.Options.ContactLevel(closed: true);
        _passageIn = new DebouncedInput(context, options.PassageInPin!.Value, closed, active => OnPassage(active, PassageDirection.In));
        _passageOut = options.PassageOutPin is int outPin
            ? new DebouncedInput(context, outPin, closed, active => OnPassage(active, PassageDirection.Out))
            : null;
        _freeOnceTimeout = context.NewDeadline(_ => Lock(LockReason.FreeOnceTimeout));
        _stuckIn = context.NewDeadline(_ => OnStuckDeadline(_passageIn, PassageDirection.In));
        _stuckOut = _passageOut is { } passageOut ? context.NewDeadline(_ => OnStuckDeadline(passageOut, PassageDirection.Out)) : null;
    }

    public TurnstileState State => _state;

    /// <summary>The faults standing now, each as it was raised; empty when the turnstile is healthy.</summary>
    public IReadOnlyList<TurnstileFault> Faults => _faults;

    internal bool IsFaulted => _faults.Length > 0;

    /// <summary>A passage sensor whose contact is closed now (settled, or closed and still settling): someone is
    /// still in the arms, or the contact is stuck and not yet past its timeout. A passage counts on the closing
    /// edge, so a FreeOnce now would have no edge to count until the contact opens.</summary>
    internal PassageDirection? ClosedSensor =>
        _passageIn.Active || _passageIn.RawActive ? PassageDirection.In
        : _passageOut is { } passageOut && (passageOut.Active || passageOut.RawActive) ? PassageDirection.Out
        : null;

    internal IEnumerable<int> WatchedPins => _passageOut is null ? [_passageIn.Pin] : [_passageIn.Pin, _passageOut.Pin];

    internal void Start(long timestamp)
    {
        _passageIn.Start(timestamp);
        _passageOut?.Start(timestamp);
        if (_passageIn.RawActive)
        {
            _stuckIn.Arm(_options.StuckPassageTimeout);
        }

        if (_passageOut is { RawActive: true })
        {
            _stuckOut!.Arm(_options.StuckPassageTimeout);
        }
    }

    internal void OnEdge(int pin, PinEventTypes edge, long timestamp)
    {
        if (pin == _passageIn.Pin)
        {
            OnSensorEdge(_passageIn, _stuckIn, edge, timestamp);
        }
        else if (_passageOut is not null)
        {
            OnSensorEdge(_passageOut, _stuckOut!, edge, timestamp);
        }
    }

    /// <summary>Frees one passage. The caller (the lane) has already checked that nothing forbids it; a standing
    /// fault and a closed passage contact are checked here as well, because a turnstile that cannot count
    /// passages must not free for one.</summary>
    internal bool FreeOnce()
    {
        if (_state != TurnstileState.Locked || IsFaulted || ClosedSensor is not null)
        {
            return false;
        }

        _state = TurnstileState.FreeOnce;
        WriteLockOutput(locked: false);
        _freeOnceTimeout.Arm(_options.FreeOnceTimeout);
        _context.Publish(new TurnstileFreedOnce(_context.Now, _options.FreeOnceTimeout));
        return true;
    }

    /// <summary>Locks, unless a fire release holds the turnstile free (only the officer's acknowledgement,
    /// or shutdown, ends that). Locking a locked turnstile does nothing.</summary>
    internal void Lock(LockReason reason)
    {
        if ((_state == TurnstileState.Locked && _outputLocked)
            || (_state == TurnstileState.FireReleased && reason is not LockReason.FireReleaseAcknowledged))
        {
            return;
        }

        _freeOnceTimeout.Cancel();
        // State first: should the write throw, nothing grants a FreeOnce any more, and the next Lock
        // (the interlock runs after every input) writes again.
        _state = TurnstileState.Locked;
        WriteLockOutput(locked: true);
        _outputLocked = true;
        _context.Publish(new TurnstileLocked(_context.Now, reason));
    }

    /// <summary>The fire-alarm loop opened: free now, whatever the turnstile was doing.</summary>
    internal void ReleaseForFire()
    {
        _freeOnceTimeout.Cancel();
        _state = TurnstileState.FireReleased;
        WriteLockOutput(locked: false);
    }

    /// <summary>Drives the output locked from whichever thread is shutting the lane down, fire release or not:
    /// the hard-wired release, not this software, holds the lane free in a fire.</summary>
    internal void LockForShutdown()
    {
        lock (_outputGate)
        {
            _shutDown = true;
            _state = TurnstileState.Locked;
            _context.Gpio.Write(_lockPin, _lockedLevel);
        }
    }

    /// <summary>The stuck-passage clock runs from the raw closing edge and stops on any opening edge, as the
    /// detector's stuck-alarm clock does: a contact that keeps moving is not stuck.</summary>
    private void OnSensorEdge(DebouncedInput sensor, Deadline stuck, PinEventTypes edge, long timestamp)
    {
        var wasClosed = sensor.RawActive;
        sensor.OnEdge(edge, timestamp);
        if (sensor.RawActive && !wasClosed)
        {
            stuck.Arm(_options.StuckPassageTimeout);
        }
        else if (!sensor.RawActive)
        {
            stuck.Cancel();
        }
    }

    private void OnStuckDeadline(DebouncedInput sensor, PassageDirection direction)
    {
        if (sensor.RawActive)
        {
            RaiseFault(direction);
        }
    }

    private void RaiseFault(PassageDirection direction)
    {
        if (_faults.Any(f => f.Direction == direction))
        {
            return;
        }

        var fault = new TurnstileFault(_context.Now, TurnstileFaultKind.PassageSensorStuck, direction);
        _faults = [.. _faults, fault];
        // The output before the event, as everywhere; during a fire release Lock leaves the turnstile free.
        Lock(LockReason.PassageSensorFault);
        _context.Publish(fault);
    }

    /// <summary>The contact opened (debounced): the turnstile stays locked, and the next FreeOnce may free it.</summary>
    private void ClearFault(PassageDirection direction)
    {
        if (!_faults.Any(f => f.Direction == direction))
        {
            return;
        }

        _faults = [.. _faults.Where(f => f.Direction != direction)];
        _context.Publish(new TurnstileFaultCleared(_context.Now, TurnstileFaultKind.PassageSensorStuck, direction));
    }

    private void OnPassage(bool contactClosed, PassageDirection direction)
    {
        if (!contactClosed)
        {
            ClearFault(direction);
            return;
        }

        if (direction == PassageDirection.In)
        {
            _onPassageIn();
        }

        switch (_state)
        {
            case TurnstileState.FreeOnce:
                _context.Publish(new PassageSensed(_context.Now, direction));
                Lock(LockReason.Passage);
                break;
            case TurnstileState.FireReleased:
                _context.Publish(new PassageSensed(_context.Now, direction));
                break;
            default:
                _context.Publish(new ForcedPassage(_context.Now, direction));
                break;
        }
    }

    private void WriteLockOutput(bool locked)
    {
        _outputLocked = false;
        // The pump and a shutting-down host may both write: once shut down, nothing frees the lane again.
        lock (_outputGate)
        {
            if (_shutDown && !locked)
            {
                return;
            }

            _context.Gpio.Write(_lockPin, locked ? _lockedLevel : !_lockedLevel);
        }
    }
}
