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
/// When a deadline falls due the pin is also read back, so an edge the kernel lost while the input was
/// settling is corrected within two debounce periods. An edge lost while the input is settled is not
/// noticed until the next edge (there is no polling).
/// </remarks>
internal sealed class DebouncedInput
{
    private readonly DeviceContext _context;
    private readonly PinValue _activeLevel;
    private readonly Action<bool> _onSettled;
    private readonly Deadline _deadline;
    private long _rawSince;
    private bool _lineDisagreed;

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
        _lineDisagreed = false;
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
        // First what the edges say: they are the truth up to this deadline, even when the pump runs late.
        SettleIfHeld(timestamp);

        var level = _context.Gpio.Read(Pin) == _activeLevel;
        if (level != RawActive)
        {
            // The line disagrees with the last edge. Usually that edge is still queued behind this
            // deadline and will be handled next; if a second deadline finds the line still disagreeing
            // with no edge in between and nothing queued, the kernel lost the edge: trust the line.
            // While inputs are queued the live line is ahead of the pump, and trusting it would throw
            // away edges that did happen (a passage lost when the pump runs behind).
            if (_lineDisagreed && !_context.InputsWaiting())
            {
                RawActive = level;
                _rawSince = timestamp;
            }

            _lineDisagreed = !_lineDisagreed;
            _deadline.Arm(_context.Options.Debounce);
            return;
        }

        _lineDisagreed = false;
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
