using System.Device.Gpio;

namespace Screening.Devices;

/// <summary>What every device of a lane shares: the board, the clock, and the two ends of the pump.</summary>
/// <param name="Post">Hands an input to the pump; callable from any thread (GPIO callbacks, timers, the host).</param>
/// <param name="Publish">Hands an event to the host; called on the pump thread only.</param>
/// <param name="InputsWaiting">True while inputs are queued for the pump (edges not handled yet).</param>
internal sealed record DeviceContext(
    GpioController Gpio,
    TimeProvider Time,
    LaneDevicesOptions Options,
    Action<LaneInput> Post,
    Action<LaneDeviceEvent> Publish,
    Func<bool> InputsWaiting)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    public TimeSpan Elapsed(long fromTimestamp, long toTimestamp) => Time.GetElapsedTime(fromTimestamp, toTimestamp);

    public Deadline NewDeadline(Action<long> onElapsed) => new(Time, Post, onElapsed);
}

/// <summary>Something for the pump to handle, stamped with <see cref="TimeProvider.GetTimestamp"/> when it happened.</summary>
internal abstract record LaneInput(long Timestamp);

/// <summary>An edge on a GPIO line, stamped on the driver's callback thread.</summary>
internal sealed record PinEdge(int Pin, PinEventTypes Edge, long Timestamp) : LaneInput(Timestamp);

/// <summary>A <see cref="Deadline"/> fell due, stamped on the timer thread.</summary>
internal sealed record DeadlineElapsed(Deadline Deadline, int Generation, long Timestamp) : LaneInput(Timestamp);

/// <summary>Read every input's starting level; the first thing the pump handles.</summary>
internal sealed record StartDevices(long Timestamp) : LaneInput(Timestamp);

internal sealed record FreeOnceCommand(long Timestamp) : LaneInput(Timestamp);

internal sealed record LockCommand(string Officer, long Timestamp) : LaneInput(Timestamp);

internal sealed record AcknowledgeFireReleaseCommand(string Officer, long Timestamp) : LaneInput(Timestamp);
