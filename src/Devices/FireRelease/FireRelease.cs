using System.Device.Gpio;

namespace Screening.Devices;

public enum FireReleaseState
{
    /// <summary>Loop closed, nothing released.</summary>
    Normal,

    /// <summary>Loop open: every turnstile is held free.</summary>
    Released,

    /// <summary>Loop closed again; turnstiles stay free until an officer acknowledges.</summary>
    AwaitingAcknowledgement,
}

/// <summary>The fire panel opened the release loop; every turnstile of the lane is free.</summary>
public sealed record FireReleaseOpened(DateTimeOffset At) : LaneDeviceEvent(At);

/// <summary>The loop closed again; the turnstiles stay free until <see cref="LaneDevices.AcknowledgeFireRelease"/>.</summary>
public sealed record FireLoopRestored(DateTimeOffset At) : LaneDeviceEvent(At);

/// <summary>An officer acknowledged the restored loop; the turnstiles are locked again.</summary>
public sealed record FireReleaseAcknowledged(DateTimeOffset At, string Officer) : LaneDeviceEvent(At);

/// <summary>
/// The software side of the fire-alarm release: it mirrors the hard-wired release (which frees the
/// turnstiles whatever this controller does), records it, and keeps the lane from relocking on its own.
/// </summary>
/// <remarks>
/// <para>The loop is debounced before it frees anything: a glitch on the loop must not open a prison
/// lane, and a 20 ms delay is nothing beside the hard-wired release that acts at once.</para>
/// <para>Created and driven by <see cref="LaneDevices"/> on its pump thread; <see cref="State"/> may be
/// read from any thread.</para>
/// </remarks>
public sealed class FireRelease
{
    private readonly DeviceContext _context;
    private readonly IReadOnlyList<Turnstile> _turnstiles;
    private readonly DebouncedInput _loopOpen;
    private volatile FireReleaseState _state = FireReleaseState.Normal;

    /// <param name="turnstiles">Every turnstile the release frees; a lane has one, a gatehouse with an
    /// exit turnstile on the same controller passes both.</param>
    internal FireRelease(DeviceContext context, FireReleaseOptions options, IReadOnlyList<Turnstile> turnstiles)
    {
        _context = context;
        _turnstiles = turnstiles;
        _loopOpen = new DebouncedInput(context, options.LoopPin!.Value, context.Options.ContactLevel(closed: false), OnLoopSettled);
    }

    public FireReleaseState State => _state;

    internal int Pin => _loopOpen.Pin;

    internal void Start(long timestamp)
    {
        _loopOpen.Start(timestamp);
        if (_loopOpen.Active)
        {
            OnLoopSettled(open: true);
        }
    }

    internal void OnEdge(PinEventTypes edge, long timestamp) => _loopOpen.OnEdge(edge, timestamp);

    /// <summary>Relocks after a restored loop. Returns why not, or null when done.</summary>
    internal string? Acknowledge(string officer)
    {
        switch (_state)
        {
            case FireReleaseState.Normal:
                return "there is no fire release to acknowledge";
            case FireReleaseState.Released:
                return "the fire loop is still open";
        }

        _state = FireReleaseState.Normal;
        _context.Publish(new FireReleaseAcknowledged(_context.Now, officer));
        foreach (var turnstile in _turnstiles)
        {
            turnstile.Lock(LockReason.FireReleaseAcknowledged);
        }

        return null;
    }

    private void OnLoopSettled(bool open)
    {
        if (open)
        {
            _state = FireReleaseState.Released;
            foreach (var turnstile in _turnstiles)
            {
                turnstile.ReleaseForFire();
            }

            _context.Publish(new FireReleaseOpened(_context.Now));
        }
        else if (_state == FireReleaseState.Released)
        {
            _state = FireReleaseState.AwaitingAcknowledgement;
            _context.Publish(new FireLoopRestored(_context.Now));
        }
    }
}
