using System.Device.Gpio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Devices.Gpio;
using Screening.Devices.Simulation;

namespace Screening.Devices.Tests;

/// <summary>
/// A lane on the simulated board with a manual clock, stepped by hand: every action is followed by
/// <see cref="Step"/>, which runs the pump on the test thread and collects the events. No background
/// threads, no sleeps, so nothing here depends on how fast the machine is.
/// </summary>
internal sealed class SimulatedLane : IDisposable
{
    public SimulatedLane(
        Action<LaneDevicesOptions>? configure = null,
        Action<SimulatedGpioDriver, LaneDevicesOptions>? beforeStart = null,
        ILogger<LaneDevices>? logger = null)
    {
        Options = LaneDevicesOptions.CreateDefault();
        configure?.Invoke(Options);
        Board = new SimulatedGpioDriver(Clock, Options.RestingInputLevels());
        beforeStart?.Invoke(Board, Options);
        Gpio = new GpioController(Board);
        Devices = new LaneDevices(Gpio, Options, Clock, logger ?? NullLogger<LaneDevices>.Instance);
        Step();
    }

    public ManualClock Clock { get; } = new();

    public LaneDevicesOptions Options { get; }

    public SimulatedGpioDriver Board { get; }

    public GpioController Gpio { get; }

    public LaneDevices Devices { get; }

    public List<LaneDeviceEvent> Events { get; } = [];

    public TimeSpan Debounce => Options.Debounce;

    public int LockPin => Options.Turnstile.LockPin!.Value;

    public int AlarmPin => Options.MetalDetector.AlarmPin!.Value;

    public int ReadyPin => Options.MetalDetector.ReadyPin!.Value;

    public int PassageInPin => Options.Turnstile.PassageInPin!.Value;

    public int PassageOutPin => Options.Turnstile.PassageOutPin!.Value;

    public int FireLoopPin => Options.FireRelease.LoopPin!.Value;

    public int Data0Pin => Options.CardReader!.Data0Pin!.Value;

    public int Data1Pin => Options.CardReader!.Data1Pin!.Value;

    public PinValue LockedLevel => Options.Turnstile.LockedLevel == PinLevel.High ? PinValue.High : PinValue.Low;

    /// <summary>What the lock output is driven to now, as the board saw it.</summary>
    public bool LockOutputLocked => Board.LastWrite(LockPin)!.Value.Value == LockedLevel;

    public PinValue AlarmLevel => Options.ContactLevel(closed: Options.MetalDetector.AlarmContact == ContactType.NormallyOpen);

    public void Step()
    {
        Devices.ProcessPending();
        while (Devices.Events.TryRead(out var deviceEvent))
        {
            Events.Add(deviceEvent);
        }
    }

    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Step();
    }

    /// <summary>Waits out the debounce (and a little), handling whatever falls due.</summary>
    public void Settle() => Advance(Debounce + TimeSpan.FromMilliseconds(1));

    public void SetAlarm(bool alarming) => Board.SetInput(AlarmPin, alarming ? AlarmLevel : !AlarmLevel);

    public void SetContact(int pin, bool closed) => Board.SetInput(pin, Options.ContactLevel(closed));

    /// <summary>A person turns the turnstile: the passage contact closes long enough to count.</summary>
    public void Passage(PassageDirection direction = PassageDirection.In)
    {
        var pin = direction == PassageDirection.In ? PassageInPin : PassageOutPin;
        SetContact(pin, closed: true);
        Step();
        Settle();
        SetContact(pin, closed: false);
        Step();
        Settle();
    }

    public void FreeOnce()
    {
        Devices.FreeOnce();
        Step();
    }

    public IEnumerable<T> EventsOf<T>() => Events.OfType<T>();

    public void Dispose()
    {
        Devices.Dispose();
        Gpio.Dispose();
    }
}
