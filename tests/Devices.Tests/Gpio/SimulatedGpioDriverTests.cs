using System.Device.Gpio;
using Screening.Devices.Gpio;
using Screening.Devices.Simulation;

namespace Screening.Devices.Tests.Gpio;

public sealed class SimulatedGpioDriverTests
{
    [Fact]
    public void Writes_through_GpioController_are_recorded_with_the_board_clock()
    {
        var clock = new ManualClock();
        var board = new SimulatedGpioDriver(clock);
        using var gpio = new GpioController(board);
        gpio.OpenPin(17, PinMode.Output, PinValue.Low);
        clock.Advance(TimeSpan.FromSeconds(2));
        gpio.Write(17, PinValue.High);

        Assert.Equal([(17, PinValue.Low), (17, PinValue.High)], board.Writes.Select(w => (w.Pin, w.Value)));
        Assert.Equal(TimeSpan.FromSeconds(2), board.Writes[1].At - board.Writes[0].At);
        Assert.Equal(PinValue.High, gpio.Read(17));
    }

    [Fact]
    public void Edges_reach_callbacks_registered_for_their_direction_only()
    {
        var board = new SimulatedGpioDriver(new ManualClock(), new Dictionary<int, PinValue> { [5] = PinValue.Low });
        using var gpio = new GpioController(board);
        gpio.OpenPin(5, PinMode.Input);
        var rising = new List<int>();
        gpio.RegisterCallbackForPinValueChangedEvent(5, PinEventTypes.Rising, (_, e) => rising.Add(e.PinNumber));

        board.SetInput(5, PinValue.High);
        board.SetInput(5, PinValue.High); // no edge: already high
        board.SetInput(5, PinValue.Low);

        Assert.Equal([5], rising);
    }

    [Fact]
    public void A_stuck_line_ignores_the_script_until_unstuck()
    {
        var board = new SimulatedGpioDriver(new ManualClock());
        using var gpio = new GpioController(board);
        gpio.OpenPin(5, PinMode.Input);

        board.Stick(5, PinValue.Low);
        board.SetInput(5, PinValue.High);
        board.Bounce(5, PinValue.High, edges: 4, TimeSpan.FromMilliseconds(1));
        Assert.Equal(PinValue.Low, gpio.Read(5));

        board.Unstick(5);
        board.SetInput(5, PinValue.High);
        Assert.Equal(PinValue.High, gpio.Read(5));
    }

    [Fact]
    public void Bounce_makes_the_requested_edges_on_a_manual_clock_and_settles_where_asked()
    {
        var clock = new ManualClock();
        var board = new SimulatedGpioDriver(clock, new Dictionary<int, PinValue> { [5] = PinValue.High });
        using var gpio = new GpioController(board);
        gpio.OpenPin(5, PinMode.Input);
        var edges = new List<PinEventTypes>();
        gpio.RegisterCallbackForPinValueChangedEvent(5, PinEventTypes.Rising | PinEventTypes.Falling, (_, e) => edges.Add(e.ChangeType));
        var start = clock.GetTimestamp();

        board.Bounce(5, PinValue.Low, edges: 5, TimeSpan.FromMilliseconds(2));

        Assert.Equal(5, edges.Count);
        Assert.Equal(PinEventTypes.Falling, edges[^1]);
        Assert.Equal(PinValue.Low, gpio.Read(5));
        Assert.Equal(TimeSpan.FromMilliseconds(8), clock.GetElapsedTime(start));
    }

    [Fact]
    public async Task WaitForEvent_returns_the_edge_or_times_out()
    {
        var board = new SimulatedGpioDriver(TimeProvider.System, new Dictionary<int, PinValue> { [5] = PinValue.Low });
        using var gpio = new GpioController(board);
        gpio.OpenPin(5, PinMode.Input);

        var timedOut = gpio.WaitForEvent(5, PinEventTypes.Rising, TimeSpan.FromMilliseconds(20));
        var waiting = Task.Run(() => gpio.WaitForEvent(5, PinEventTypes.Rising, TimeSpan.FromSeconds(10)));
        while (!waiting.IsCompleted)
        {
            board.SetInput(5, PinValue.High);
            board.SetInput(5, PinValue.Low);
            await Task.Delay(1);
        }

        var result = await waiting;
        Assert.True(timedOut.TimedOut);
        Assert.False(result.TimedOut);
        Assert.Equal(PinEventTypes.Rising, result.EventTypes);
    }

    [Fact]
    public void A_broken_pin_fails_reads_until_repaired()
    {
        var board = new SimulatedGpioDriver(new ManualClock());
        using var gpio = new GpioController(board);
        gpio.OpenPin(5, PinMode.Input);

        board.Break(5);
        Assert.Throws<IOException>(() => gpio.Read(5));
        board.Repair(5);
        Assert.Equal(PinValue.High, gpio.Read(5));
    }
}
