namespace Screening.Devices.Simulation;

/// <summary>
/// A <see cref="TimeProvider"/> that only moves when told to. The tests, the scenario simulator and
/// training runs use it so debounce windows, stuck-alarm and FreeOnce timeouts and Wiegand frame
/// gaps happen exactly when the script says, never when the machine happens to be slow.
/// </summary>
/// <remarks>
/// Timers fire inside <see cref="Advance"/>, on the thread that calls it, in due-time order, with the
/// clock set to each timer's due time while its callback runs (so anything the callback stamps reads
/// the moment the timer was due). Any thread may read the clock; one thread at a time should advance it.
/// </remarks>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];

    // Guarded by _gate. _elapsed is the monotonic part (GetTimestamp); _start + _elapsed is the wall clock.
    private TimeSpan _elapsed;
    private long _nextSequence;

    /// <summary>A clock starting at 2026-01-05 08:00 UTC, a Monday morning when the gate opens.</summary>
    public ManualClock() : this(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return start + _elapsed;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _elapsed.Ticks;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        TimeSpan target;
        lock (_gate)
        {
            target = _elapsed + by;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers
                    .Where(t => t.DueAt <= target)
                    .OrderBy(t => t.DueAt).ThenBy(t => t.Sequence)
                    .FirstOrDefault();
                if (due is null)
                {
                    _elapsed = target;
                    return;
                }

                _elapsed = TimeSpan.FromTicks(Math.Max(_elapsed.Ticks, due.DueAt.Ticks));
                if (due.Period > TimeSpan.Zero)
                {
                    due.DueAt = _elapsed + due.Period;
                }
                else
                {
                    _timers.Remove(due);
                }
            }

            // Outside the lock: a callback may read the clock or create and change timers.
            due.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _elapsed + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Sequence = _nextSequence++;
            _timers.Add(timer);
        }
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    // DueAt, Period and Sequence are guarded by the clock's _gate.
    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public TimeSpan DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public long Sequence { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => clock.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
