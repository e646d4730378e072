namespace Screening.Devices;

/// <summary>
/// A one-shot timeout whose expiry is handled on the pump thread, like any other input: the timer
/// thread only posts <see cref="DeadlineElapsed"/>. Re-arming or cancelling makes an expiry already on
/// its way stale, which the generation number detects.
/// </summary>
/// <remarks>Arm, Cancel and Elapsed run on the pump thread only; the timer callback reads nothing but
/// the generation it captured when it was armed.</remarks>
internal sealed class Deadline(TimeProvider time, Action<LaneInput> post, Action<long> onElapsed)
{
    private ITimer? _timer;
    private int _generation;

    public bool IsArmed => _timer is not null;

    public void Arm(TimeSpan after)
    {
        Cancel();
        var generation = _generation;
        _timer = time.CreateTimer(_ => post(new DeadlineElapsed(this, generation, time.GetTimestamp())), null, after, Timeout.InfiniteTimeSpan);
    }

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
        _generation++;
    }

    public void Elapsed(int generation, long timestamp)
    {
        if (generation != _generation || _timer is null)
        {
            return;
        }

        Cancel();
        onElapsed(timestamp);
    }
}
