using System.Device.Gpio;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Screening.Devices;

/// <summary>Something a lane device did or saw, for the host. <see cref="At"/> is when the pump handled it.</summary>
public abstract record LaneDeviceEvent(DateTimeOffset At);

/// <summary>A command from the host that the lane would not carry out, and why.</summary>
public sealed record CommandRefused(DateTimeOffset At, string Command, string Reason) : LaneDeviceEvent(At);

/// <summary>Handling a device input threw; the turnstile has been locked (unless a fire release holds it free).</summary>
public sealed record DeviceError(DateTimeOffset At, string Input, string Message) : LaneDeviceEvent(At);

/// <summary>
/// The GPIO devices of one lane, their pump, and the interlocks between them: a detector alarm or
/// fault locks the turnstile, the fire release frees it, a passage counts for the detector.
/// </summary>
/// <remarks>
/// <para>Threads. GPIO callbacks (driver threads), timers (timer threads) and commands (host threads)
/// only stamp the time and post an input to one bounded channel. One consumer, the pump, handles
/// inputs in order: either <see cref="RunAsync"/> on the host, or <see cref="ProcessPending"/> from a
/// test or a scenario script, never both. All device state is touched by the pump alone; what other
/// threads may read (<see cref="Turnstile.State"/>, <see cref="MetalDetector.Counters"/> …) is published
/// as immutable snapshots.</para>
/// <para>Nothing is dropped. When a channel is full the writer waits (see <see cref="Post"/>).</para>
/// <para>Fail-safe. The turnstile is built first and its constructor drives the lock output locked; an
/// exception while handling an input locks it; <see cref="Dispose"/> locks it.</para>
/// </remarks>
public sealed partial class LaneDevices : IDisposable
{
    private readonly GpioController _gpio;
    private readonly TimeProvider _time;
    private readonly ILogger<LaneDevices> _logger;
    private readonly Channel<LaneInput> _inputs;
    private readonly Channel<LaneDeviceEvent> _events;
    private readonly Dictionary<int, Action<PinEventTypes, long>> _routes = [];
    private readonly PinChangeEventHandler _onPinChanged;
    private int _disposed;

    public LaneDevices(GpioController gpio, LaneDevicesOptions options, TimeProvider time, ILogger<LaneDevices> logger)
    {
        ArgumentNullException.ThrowIfNull(gpio);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Lane devices are misconfigured: {string.Join(" ", problems)}", nameof(options));
        }

        _gpio = gpio;
        _time = time;
        _logger = logger;
        _inputs = Channel.CreateBounded<LaneInput>(new BoundedChannelOptions(options.ChannelCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        // Written by the pump, and once more by whichever thread disposes the lane.
        _events = Channel.CreateBounded<LaneDeviceEvent>(new BoundedChannelOptions(options.ChannelCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
        var context = new DeviceContext(gpio, time, options, Post, Publish, () => _inputs.Reader.Count > 0);

        // The turnstile first: its constructor drives the lock output locked before any other pin is opened.
        Turnstile = new Turnstile(context, options.Turnstile, OnPassageIn);
        MetalDetector = new MetalDetector(context, options.MetalDetector);
        FireRelease = new FireRelease(context, options.FireRelease, [Turnstile]);
        CardReader = options.CardReader is { } reader ? new CardReader(context, reader) : null;

        foreach (var pin in MetalDetector.WatchedPins)
        {
            _routes[pin] = (edge, at) => MetalDetector.OnEdge(pin, edge, at);
        }

        foreach (var pin in Turnstile.WatchedPins)
        {
            _routes[pin] = (edge, at) => Turnstile.OnEdge(pin, edge, at);
        }

        _routes[FireRelease.Pin] = FireRelease.OnEdge;
        foreach (var pin in CardReader?.WatchedPins ?? [])
        {
            _routes[pin] = (edge, at) => CardReader!.OnEdge(pin, edge, at);
        }

        // Runs on the driver's event thread: stamp, hand on, nothing else (no logging, no device state).
        _onPinChanged = (_, e) => Post(new PinEdge(e.PinNumber, e.ChangeType, _time.GetTimestamp()));
        foreach (var pin in _routes.Keys)
        {
            gpio.RegisterCallbackForPinValueChangedEvent(pin, PinEventTypes.Rising | PinEventTypes.Falling, _onPinChanged);
        }

        // Callbacks first, then the starting levels: an edge in between is queued after the start and
        // handled as a change from the level read, so nothing is missed.
        Post(new StartDevices(time.GetTimestamp()));
    }

    /// <summary>Everything the devices did or saw, in order. Read it promptly: when it is full the pump waits.</summary>
    public ChannelReader<LaneDeviceEvent> Events => _events.Reader;

    public Turnstile Turnstile { get; }

    public MetalDetector MetalDetector { get; }

    public FireRelease FireRelease { get; }

    /// <summary>Null when the lane has no card reader configured.</summary>
    public CardReader? CardReader { get; }

    /// <summary>Frees the turnstile for one passage (the Clear verdict). Refused, with a
    /// <see cref="CommandRefused"/> event, while the detector alarms or is faulted, the turnstile is faulted
    /// (a passage sensor stuck), a passage contact is closed (it could not count the passage) or the turnstile
    /// is not locked.</summary>
    public void FreeOnce() => Post(new FreeOnceCommand(_time.GetTimestamp()));

    /// <summary>An officer locks the lane (a FreeOnce withdrawn).</summary>
    public void Lock(string officer) => Post(new LockCommand(officer, _time.GetTimestamp()));

    /// <summary>After the fire loop is restored, an officer relocks the lane. Refused while the loop is open.</summary>
    public void AcknowledgeFireRelease(string officer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        Post(new AcknowledgeFireReleaseCommand(officer, _time.GetTimestamp()));
    }

    /// <summary>The pump, for the host (a BackgroundService): handles inputs until cancelled, then locks the turnstile.</summary>
    /// <exception cref="IOException">The lock output could not be written after a device error: the lane
    /// can no longer promise it is locked, so the host must stop (and exit non-zero).</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _inputs.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_inputs.Reader.TryRead(out var input))
                {
                    Handle(input);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown asked for.
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Handles every input already posted, on the calling thread; for tests and scenario scripts
    /// that step the lane with a <see cref="Simulation.ManualClock"/>. Returns how many were handled.</summary>
    public int ProcessPending()
    {
        var handled = 0;
        while (_inputs.Reader.TryRead(out var input))
        {
            Handle(input);
            handled++;
        }

        return handled;
    }

    /// <summary>Locks the turnstile (<see cref="TurnstileLocked"/> with <see cref="LockReason.Shutdown"/>),
    /// stops listening to the lines and completes <see cref="Events"/>. Pins are left open, so the lock
    /// line stays driven locked until the controller is disposed. Commands after this do nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            Turnstile.LockForShutdown();
            LogLockedForShutdown();
            // No waiting here: a host that has stopped reading must not hold up its own shutdown.
            _events.Writer.TryWrite(new TurnstileLocked(_time.GetUtcNow(), LockReason.Shutdown));
        }
        finally
        {
            _inputs.Writer.TryComplete();
            foreach (var pin in _routes.Keys)
            {
                try
                {
                    _gpio.UnregisterCallbackForPinValueChangedEvent(pin, _onPinChanged);
                }
                catch (InvalidOperationException)
                {
                    // The pin was closed under us; nothing left to unregister.
                }
            }

            _events.Writer.TryComplete();
        }
    }

    /// <summary>
    /// Hands an input to the pump from any thread. TryWrite almost always succeeds; when the channel is
    /// full the caller blocks until the pump makes room. Dropping could lose an alarm edge or a passage,
    /// while blocking only delays the driver's next callback (the kernel queues edges meanwhile) or a
    /// timer. After <see cref="Dispose"/> inputs are ignored: the lane is locked and no one is listening.
    /// </summary>
    private void Post(LaneInput input)
    {
        if (_inputs.Writer.TryWrite(input))
        {
            return;
        }

        try
        {
            _inputs.Writer.WriteAsync(input).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
        }
    }

    /// <summary>Pump thread only. Outputs are written before events are published, so a host slow to
    /// read events delays reports, never a lock. If the host stops reading altogether the pump waits here,
    /// and while it waits no timeout runs: so a turnstile freed for one passage is locked before waiting
    /// (<see cref="LockReason.HostNotReading"/>) rather than left free for as long as the host is stuck.
    /// A fire release is left as it is.</summary>
    private void Publish(LaneDeviceEvent deviceEvent)
    {
        LogDeviceEvent(deviceEvent);
        if (_events.Writer.TryWrite(deviceEvent))
        {
            return;
        }

        if (Turnstile.State == TurnstileState.FreeOnce)
        {
            Turnstile.Lock(LockReason.HostNotReading); // writes the output, then publishes (and waits) in turn
        }

        try
        {
            _events.Writer.WriteAsync(deviceEvent).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
        }
    }

    private void Handle(LaneInput input)
    {
        try
        {
            Dispatch(input);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogDeviceFailure(exception, input.GetType().Name);
            // If this write throws too, the lane cannot promise it is locked: let it escape and stop the host.
            Turnstile.Lock(LockReason.ControllerError);
            Publish(new DeviceError(_time.GetUtcNow(), input.ToString(), exception.Message));
        }
    }

    private void Dispatch(LaneInput input)
    {
        switch (input)
        {
            case PinEdge edge when _routes.TryGetValue(edge.Pin, out var route):
                route(edge.Edge, edge.Timestamp);
                break;
            case DeadlineElapsed elapsed:
                elapsed.Deadline.Elapsed(elapsed.Generation, elapsed.Timestamp);
                break;
            case StartDevices start:
                Turnstile.Start(start.Timestamp);
                MetalDetector.Start(start.Timestamp);
                FireRelease.Start(start.Timestamp);
                CardReader?.Start();
                break;
            case FreeOnceCommand:
                FreeOnce(out var refusal);
                if (refusal is not null)
                {
                    Publish(new CommandRefused(_time.GetUtcNow(), "FreeOnce", refusal));
                }

                break;
            case LockCommand:
                Turnstile.Lock(LockReason.Officer);
                break;
            case AcknowledgeFireReleaseCommand acknowledge:
                if (FireRelease.Acknowledge(acknowledge.Officer) is { } reason)
                {
                    Publish(new CommandRefused(_time.GetUtcNow(), "AcknowledgeFireRelease", reason));
                }

                break;
        }

        // The interlock, after every input: whatever just happened, a detector that alarms or is
        // faulted keeps the turnstile locked. This is the edge-to-lock path the benchmark measures.
        if (MetalDetector.DemandsLock)
        {
            Turnstile.Lock(MetalDetector.IsFaulted ? LockReason.DetectorFault : LockReason.DetectorAlarm);
        }
    }

    private void FreeOnce(out string? refusal)
    {
        refusal = MetalDetector.Faults.Count > 0 ? $"the metal detector is faulted ({string.Join(", ", MetalDetector.Faults)})"
            : MetalDetector.DemandsLock ? "the metal detector is alarming"
            : Turnstile.IsFaulted ? $"the turnstile is faulted ({string.Join(", ", Turnstile.Faults.Select(f => $"{f.Kind} {f.Direction}"))})"
            : FireRelease.State != FireReleaseState.Normal ? "the fire release holds the turnstile free"
            : Turnstile.State != TurnstileState.Locked ? "the turnstile is already free"
            : Turnstile.ClosedSensor is { } closed ? $"the {closed} passage sensor is still closed (someone in the arms, or the arm jammed): wait until the arms are clear, then admit again"
            : null;
        if (refusal is null && !Turnstile.FreeOnce())
        {
            // The turnstile's own check disagreed with the ones above: say so, so the lane never waits on a free that did not happen.
            refusal = "the turnstile refused to free";
        }
    }

    private void OnPassageIn() => MetalDetector.CountPassage();

    private void LogDeviceEvent(LaneDeviceEvent deviceEvent)
    {
        var level = deviceEvent switch
        {
            DetectorFault or TurnstileFault or DeviceError => LogLevel.Error,
            ForcedPassage or FireReleaseOpened or CardReadRejected or CommandRefused => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        LogDeviceEvent(level, deviceEvent.GetType().Name, deviceEvent);
    }

    [LoggerMessage(Message = "Lane device {DeviceEvent}: {Detail}")]
    private partial void LogDeviceEvent(LogLevel level, string deviceEvent, LaneDeviceEvent detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lane device input {Input} failed; locking the turnstile")]
    private partial void LogDeviceFailure(Exception exception, string input);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane devices shut down with the turnstile locked")]
    private partial void LogLockedForShutdown();
}
