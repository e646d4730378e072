using Screening.Devices.Simulation;

namespace Screening.Devices.Tests.Simulation;

public sealed class ManualClockTests
{
    [Fact]
    public void Time_moves_only_when_advanced_and_timers_fire_in_due_order_at_their_due_time()
    {
        var clock = new ManualClock();
        var start = clock.GetTimestamp();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetElapsedTime(start))), null, TimeSpan.FromMilliseconds(30), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetElapsedTime(start))), null, TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);

        Assert.Equal(TimeSpan.Zero, clock.GetElapsedTime(start));
        clock.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Equal([("early", TimeSpan.FromMilliseconds(10)), ("late", TimeSpan.FromMilliseconds(30))], fired);
        Assert.Equal(TimeSpan.FromMilliseconds(50), clock.GetElapsedTime(start));
    }

    [Fact]
    public void A_changed_or_disposed_timer_does_not_fire_at_its_old_time()
    {
        var clock = new ManualClock();
        var fired = 0;
        var moved = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
        var cancelled = clock.CreateTimer(_ => fired += 100, null, TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
        moved.Change(TimeSpan.FromMilliseconds(40), Timeout.InfiniteTimeSpan);
        cancelled.Dispose();

        clock.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(0, fired);
        clock.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(1, fired);
    }
}
