using System.Device.Gpio;
using Screening.Devices.Simulation;

namespace Screening.Devices.Gpio;

/// <summary>One write to an output pin, as the simulated board saw it.</summary>
/// <param name="Timestamp">From the board's <see cref="TimeProvider.GetTimestamp"/>: with the system
/// clock this is <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>, so latency can be measured.</param>
public readonly record struct PinWrite(int Pin, PinValue Value, DateTimeOffset At, long Timestamp);

/// <summary>
/// A GPIO board in software, behind the real <see cref="GpioController"/> API. <c>screening run</c>
/// uses it in simulation mode, training runs and the scenario simulator drive it, and the tests go
/// through it: it is part of the product, not a test mock.
/// </summary>
/// <remarks>
/// <para>Inputs are driven with <see cref="SetInput"/>, <see cref="Bounce"/>, <see cref="Pulse"/>,
/// <see cref="Stick"/> and <see cref="SendWiegand"/>; <see cref="Break"/> makes a line fail. Edge callbacks run synchronously on the thread
/// that drives the input, as libgpiod's event thread would run them: whoever drives the board stands in
/// for the driver thread.</para>
/// <para>Writes to outputs are recorded with timestamps (the last <c>writeLogCapacity</c> of them,
/// so a simulation left running for a shift does not grow without bound).</para>
/// <para>Where the script needs time to pass between edges (bounce, pulses, Wiegand bits) the board
/// advances a <see cref="ManualClock"/> if it runs on one, and sleeps otherwise.</para>
/// <para>An input nobody has driven reads <paramref name="idleLevel"/> (High by default: an open dry
/// contact on a pulled-up opto input); <paramref name="initialInputs"/> overrides it per pin, e.g. with
/// <see cref="LaneDevicesOptions.RestingInputLevels"/> for a lane at rest.</para>
/// </remarks>
public sealed class SimulatedGpioDriver(
    TimeProvider time,
    IReadOnlyDictionary<int, PinValue>? initialInputs = null,
    int pinCount = 64,
    int writeLogCapacity = 10_000,
    PinValue? idleLevel = null) : GpioDriver
{
    // Every field below is guarded by _gate: the host, the scenario script and device code all touch
    // the board from their own threads. Callbacks are always invoked outside the lock.
    private readonly Lock _gate = new();
    private readonly Dictionary<int, SimulatedPin> _pins = [];
    private readonly Queue<PinWrite> _writes = new();
    private readonly Dictionary<int, PinWrite> _lastWrite = [];
    private readonly PinValue _idle = idleLevel ?? PinValue.High;

    /// <summary>The most recent writes to output pins, oldest first (a copy).</summary>
    public IReadOnlyList<PinWrite> Writes
    {
        get
        {
            lock (_gate)
            {
                return [.. _writes];
            }
        }
    }

    /// <summary>The last write to <paramref name="pin"/>, or null if it was never written.</summary>
    public PinWrite? LastWrite(int pin)
    {
        lock (_gate)
        {
            return _lastWrite.TryGetValue(pin, out var write) ? write : null;
        }
    }

    /// <summary>Forgets the write log (the last write per pin is kept).</summary>
    public void ClearWrites()
    {
        lock (_gate)
        {
            _writes.Clear();
        }
    }

    /// <summary>Drives an input line to <paramref name="value"/>; an edge calls the registered callbacks.
    /// Ignored while the line is <see cref="Stick">stuck</see>.</summary>
    public void SetInput(int pin, PinValue value) => Drive(pin, value, force: false);

    /// <summary>Contact bounce: from its present level the line toggles <paramref name="edges"/> times,
    /// <paramref name="interval"/> apart, then (one edge more if it is not already there) rests at
    /// <paramref name="settleAt"/>.</summary>
    public void Bounce(int pin, PinValue settleAt, int edges, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(edges);
        PinValue level;
        lock (_gate)
        {
            level = PinFor(pin).Value;
        }

        for (var i = 0; i < edges; i++)
        {
            if (i > 0)
            {
                Pass(interval);
            }

            level = !level;
            Drive(pin, level, force: false);
        }

        if (level != settleAt)
        {
            Pass(interval);
            Drive(pin, settleAt, force: false);
        }
    }

    /// <summary>A pulse: the line goes to <paramref name="activeLevel"/> for <paramref name="width"/> and back.</summary>
    public void Pulse(int pin, PinValue activeLevel, TimeSpan width)
    {
        SetInput(pin, activeLevel);
        Pass(width);
        SetInput(pin, !activeLevel);
    }

    /// <summary>A stuck line (welded relay, shorted cable): the line goes to <paramref name="value"/>
    /// and ignores <see cref="SetInput"/> and <see cref="Bounce"/> until <see cref="Unstick"/>.</summary>
    public void Stick(int pin, PinValue value)
    {
        Drive(pin, value, force: true);
        lock (_gate)
        {
            PinFor(pin).Stuck = true;
        }
    }

    /// <summary>Frees a line stuck by <see cref="Stick"/>; its level stays where it was stuck.</summary>
    public void Unstick(int pin)
    {
        lock (_gate)
        {
            PinFor(pin).Stuck = false;
        }
    }

    /// <summary>A failing line (unplugged I/O expander, driver error): reads and writes of
    /// <paramref name="pin"/> throw <see cref="IOException"/> until <see cref="Repair"/>.</summary>
    public void Break(int pin)
    {
        lock (_gate)
        {
            PinFor(pin).Broken = true;
        }
    }

    public void Repair(int pin)
    {
        lock (_gate)
        {
            PinFor(pin).Broken = false;
        }
    }

    /// <summary>
    /// Plays a Wiegand reader on two idle-high lines: each bit is a low pulse of <paramref name="pulseWidth"/>
    /// on D0 (a 0) or D1 (a 1), bits <paramref name="bitInterval"/> apart (readers use 50 µs and 2 ms).
    /// </summary>
    public void SendWiegand(int data0Pin, int data1Pin, IEnumerable<bool> bits, TimeSpan? pulseWidth = null, TimeSpan? bitInterval = null)
    {
        ArgumentNullException.ThrowIfNull(bits);
        var width = pulseWidth ?? TimeSpan.FromMicroseconds(50);
        var interval = bitInterval ?? TimeSpan.FromMilliseconds(2);
        foreach (var bit in bits)
        {
            Pulse(bit ? data1Pin : data0Pin, PinValue.Low, width);
            Pass(interval - width);
        }
    }

    protected override int PinCount => pinCount;

    protected override void OpenPin(int pinNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pinNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pinNumber, pinCount);
        lock (_gate)
        {
            PinFor(pinNumber).Open = true;
        }
    }

    protected override void ClosePin(int pinNumber)
    {
        lock (_gate)
        {
            var pin = PinFor(pinNumber);
            pin.Open = false;
            pin.Callbacks.Clear();
        }
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_gate)
        {
            PinFor(pinNumber).Mode = mode;
        }
    }

    protected override void SetPinMode(int pinNumber, PinMode mode, PinValue initialValue)
    {
        // Like a real driver asked for a glitch-free switch: the output level is set with the mode, so
        // a lock output never shows the wrong level, even for an instant.
        SetPinMode(pinNumber, mode);
        if (mode == PinMode.Output)
        {
            Write(pinNumber, initialValue);
        }
    }

    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_gate)
        {
            return PinFor(pinNumber).Mode;
        }
    }

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) =>
        mode is PinMode.Input or PinMode.Output or PinMode.InputPullUp or PinMode.InputPullDown;

    protected override PinValue Read(int pinNumber)
    {
        lock (_gate)
        {
            return Working(pinNumber).Value;
        }
    }

    protected override void Write(int pinNumber, PinValue value)
    {
        // Stamped before taking the lock: the timestamp is the moment the device code wrote.
        var timestamp = time.GetTimestamp();
        var write = new PinWrite(pinNumber, value, time.GetUtcNow(), timestamp);
        lock (_gate)
        {
            var pin = Working(pinNumber);
            if (pin.Mode != PinMode.Output)
            {
                throw new InvalidOperationException($"Simulated pin {pinNumber} is not an output.");
            }

            pin.Value = value;
            _lastWrite[pinNumber] = write;
            _writes.Enqueue(write);
            while (_writes.Count > writeLogCapacity)
            {
                _writes.Dequeue();
            }
        }
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<PinEventTypes>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnEdge(object sender, PinValueChangedEventArgs e) => waiter.TrySetResult(e.ChangeType);

        AddCallbackForPinValueChangedEvent(pinNumber, eventTypes, OnEdge);
        try
        {
            waiter.Task.Wait(cancellationToken);
            return new WaitForEventResult { EventTypes = waiter.Task.Result, TimedOut = false };
        }
        catch (OperationCanceledException)
        {
            return new WaitForEventResult { EventTypes = PinEventTypes.None, TimedOut = true };
        }
        finally
        {
            RemoveCallbackForPinValueChangedEvent(pinNumber, OnEdge);
        }
    }

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            PinFor(pinNumber).Callbacks.Add((eventTypes, callback));
        }
    }

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            PinFor(pinNumber).Callbacks.RemoveAll(c => c.Callback == callback);
        }
    }

    private void Drive(int pinNumber, PinValue value, bool force)
    {
        PinEventTypes edge;
        (PinEventTypes Types, PinChangeEventHandler Callback)[] callbacks;
        lock (_gate)
        {
            var pin = PinFor(pinNumber);
            if ((pin.Stuck && !force) || pin.Value == value)
            {
                return;
            }

            if (pin.Mode == PinMode.Output)
            {
                throw new InvalidOperationException($"Simulated pin {pinNumber} is an output; the board cannot drive it.");
            }

            pin.Value = value;
            edge = value == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
            callbacks = [.. pin.Callbacks.Where(c => (c.Types & edge) != 0)];
        }

        var args = new PinValueChangedEventArgs(edge, pinNumber);
        foreach (var (_, callback) in callbacks)
        {
            callback(this, args);
        }
    }

    private void Pass(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        if (time is ManualClock clock)
        {
            clock.Advance(interval);
        }
        else
        {
            Thread.Sleep(interval);
        }
    }

    // Caller holds _gate.
    private SimulatedPin PinFor(int pinNumber)
    {
        if (!_pins.TryGetValue(pinNumber, out var pin))
        {
            var initial = initialInputs is not null && initialInputs.TryGetValue(pinNumber, out var level) ? level : _idle;
            pin = new SimulatedPin { Value = initial };
            _pins.Add(pinNumber, pin);
        }

        return pin;
    }

    // Caller holds _gate.
    private SimulatedPin Working(int pinNumber)
    {
        var pin = PinFor(pinNumber);
        return pin.Broken ? throw new IOException($"Simulated pin {pinNumber} is broken.") : pin;
    }

    private sealed class SimulatedPin
    {
        public bool Broken { get; set; }

        public bool Open { get; set; }

        public bool Stuck { get; set; }

        public PinMode Mode { get; set; } = PinMode.Input;

        public PinValue Value { get; set; }

        public List<(PinEventTypes Types, PinChangeEventHandler Callback)> Callbacks { get; } = [];
    }
}
