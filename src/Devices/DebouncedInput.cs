using System.Device.Gpio;

namespace Screening.Devices;

/// <summary>
/// A dry-contact input whose level counts only once it has held for the debounce time. The raw level
/// (from the last edge) is public too, because safety decisions use it at once: a lane locks on the
/// first edge of an alarm, it does not wait for the contact to stop bouncing.
/// </summary>
/// <remarks>
/// Pump thread only. Settling is decided from edge timestamps, not from when the pump gets round to an
/// edge: if the pump handles a burst late, a level that held long enough between two edges still counts.
/// When the deadline falls due the pin is read back, so an edge the kernel lost cannot leave the input
/// believing a level the line no longer has.
/// </remarks>
internal sealed class DebouncedInput
{
    private readonly DeviceContext _context;
    private readonly PinValue _activeLevel;
    private readonly Action<bool> _onSettled;
    private readonly Deadline _deadline;
    private long _rawSince;

    public DebouncedInput(DeviceContext context, int pin, PinValue activeLevel, Action<bool> onSettled)
    {
        _context = context;
        Pin = pin;
        _activeLevel = activeLevel;
        _onSettled = onSettled;
        _deadline = context.NewDeadline(OnDeadline);
        context.Gpio.OpenPin(pin, PinMode.Input);
    }

    public int Pin { get; }

    /// <summary>The level of the last edge: what the line says right now, bounce and all.</summary>
    public bool RawActive { get; private set; }

    /// <summary>The debounced level.</summary>
    public bool Active { get; private set; }

    /// <summary>Takes the line's present level as settled: at start-up it has had all the time in the world.</summary>
    public void Start(long timestamp)
    {
        RawActive = Active = _context.Gpio.Read(Pin) == _activeLevel;
        _rawSince = timestamp;
    }

    public void OnEdge(PinEventTypes edge, long timestamp)
    {
        SettleIfHeld(timestamp);
        RawActive = (edge == PinEventTypes.Rising ? PinValue.High : PinValue.Low) == _activeLevel;
        _rawSince = timestamp;
        if (RawActive != Active)
        {
            _deadline.Arm(_context.Options.Debounce);
        }
        else
        {
            _deadline.Cancel();
        }
    }

    private void OnDeadline(long timestamp)
    {
        var level = _context.Gpio.Read(Pin) == _activeLevel;
        if (level != RawActive)
        {
            // An edge is still on its way to the pump, or the kernel lost one: trust the line and wait again.
            RawActive = level;
            _rawSince = timestamp;
            _deadline.Arm(_context.Options.Debounce);
            return;
        }

        SettleIfHeld(timestamp);
        if (RawActive != Active)
        {
            _deadline.Arm(_context.Options.Debounce - _context.Elapsed(_rawSince, timestamp));
        }
    }

    private void SettleIfHeld(long timestamp)
    {
        if (RawActive != Active && _context.Elapsed(_rawSince, timestamp) >= _context.Options.Debounce)
        {
            Active = RawActive;
            _onSettled(Active);
        }
    }
}
