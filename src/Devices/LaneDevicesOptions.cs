using System.Device.Gpio;
using Microsoft.Extensions.Options;

namespace Screening.Devices;

/// <summary>A logic level at a GPIO pin, as written in configuration.</summary>
public enum PinLevel
{
    Low,
    High,
}

/// <summary>How a relay contact behaves when its device signals (an alarm, for example).</summary>
public enum ContactType
{
    /// <summary>The contact closes to signal.</summary>
    NormallyOpen,

    /// <summary>The contact opens to signal, so a cut wire also signals: the fail-safe choice.</summary>
    NormallyClosed,
}

/// <summary>Which GPIO driver talks to the board. Chosen by configuration, never probed.</summary>
public enum GpioDriverKind
{
    /// <summary>The <see cref="Gpio.SimulatedGpioDriver"/>: demo, training, tests.</summary>
    Simulated,

    /// <summary>libgpiod 2.x (Debian 13, Raspberry Pi OS bookworm backports and later).</summary>
    LibGpiodV2,

    /// <summary>libgpiod 1.x (Debian 12).</summary>
    LibGpiod,
}

/// <summary>
/// The pin map and settings of one lane's GPIO devices, bound from the <c>LaneDevices</c> section.
/// Pins are line offsets on <see cref="GpioChip"/> (on a Raspberry Pi, the BCM numbers). Pins have no
/// defaults on purpose: a lane must state its wiring, because a defaulted pin is how a lock ends up on the
/// wrong relay. Levels and timings have defaults matching hardware-docs.
/// </summary>
public sealed class LaneDevicesOptions
{
    public const string SectionName = "LaneDevices";

    public GpioDriverKind Driver { get; set; } = GpioDriverKind.Simulated;

    /// <summary>The gpiochip number for the libgpiod drivers.</summary>
    public int GpioChip { get; set; }

    /// <summary>How a closed dry contact reads at the pin through the opto-isolated input board
    /// (Low for the board in hardware-docs: the opto transistor pulls the pulled-up pin down).</summary>
    public PinLevel ContactClosedLevel { get; set; } = PinLevel.Low;

    /// <summary>How long a contact input must hold a level before it counts (alarm, ready, passage, fire loop).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Capacity of the GPIO-to-pump and pump-to-host channels. Full channels wait, they never drop.</summary>
    public int ChannelCapacity { get; set; } = 1024;

    public MetalDetectorOptions MetalDetector { get; set; } = new();

    public TurnstileOptions Turnstile { get; set; } = new();

    public FireReleaseOptions FireRelease { get; set; } = new();

    /// <summary>The Wiegand card reader; leave the section out for a lane with officer entry only.</summary>
    public CardReaderOptions? CardReader { get; set; }

    /// <summary>The pin map of hardware-docs (Raspberry Pi BCM numbers), used by the demo, tests and benchmark.</summary>
    public static LaneDevicesOptions CreateDefault() => new()
    {
        MetalDetector = new() { AlarmPin = 5, ReadyPin = 6, TransitPin = 16, ZonePins = new() { ["head"] = 12, ["torso"] = 13, ["left-low"] = 19, ["right-low"] = 26 } },
        Turnstile = new() { LockPin = 17, PassageInPin = 22, PassageOutPin = 27 },
        FireRelease = new() { LoopPin = 4 },
        CardReader = new() { Data0Pin = 23, Data1Pin = 24 },
    };

    /// <summary>The level at the pin when a contact is closed (<paramref name="closed"/>) or open.</summary>
    public PinValue ContactLevel(bool closed) =>
        (ContactClosedLevel == PinLevel.High) == closed ? PinValue.High : PinValue.Low;

    /// <summary>Input levels of a lane at rest: detector ready and quiet, fire loop closed, passage sensors
    /// open, Wiegand lines idle high. The simulated board starts from these.</summary>
    public IReadOnlyDictionary<int, PinValue> RestingInputLevels()
    {
        var levels = new Dictionary<int, PinValue>();
        void Set(int? pin, PinValue value)
        {
            if (pin is int p)
            {
                levels[p] = value;
            }
        }

        Set(MetalDetector.AlarmPin, ContactLevel(closed: MetalDetector.AlarmContact == ContactType.NormallyClosed));
        Set(MetalDetector.ReadyPin, ContactLevel(closed: true));
        Set(MetalDetector.TransitPin, ContactLevel(closed: false));
        foreach (var zone in MetalDetector.ZonePins.Values)
        {
            Set(zone, ContactLevel(closed: false));
        }

        Set(Turnstile.PassageInPin, ContactLevel(closed: false));
        Set(Turnstile.PassageOutPin, ContactLevel(closed: false));
        Set(FireRelease.LoopPin, ContactLevel(closed: true));
        Set(CardReader?.Data0Pin, PinValue.High);
        Set(CardReader?.Data1Pin, PinValue.High);
        return levels;
    }

    /// <summary>Every problem with these options, each naming its configuration key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var pins = new List<(string Key, int Pin)>();
        const string root = SectionName;

        void Pin(string key, int? pin, bool required)
        {
            if (pin is null)
            {
                if (required)
                {
                    problems.Add($"{root}:{key} is missing: every lane must say which pin it is wired to.");
                }

                return;
            }

            if (pin < 0)
            {
                problems.Add($"{root}:{key} is {pin}: a pin number cannot be negative.");
                return;
            }

            pins.Add((key, pin.Value));
        }

        void Positive(string key, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{root}:{key} is {value}: it must be longer than zero.");
            }
        }

        void Defined<T>(string key, T value)
            where T : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                problems.Add($"{root}:{key} is {value}: it must be one of {string.Join(", ", Enum.GetNames<T>())}.");
            }
        }

        Defined(nameof(Driver), Driver);
        Defined(nameof(ContactClosedLevel), ContactClosedLevel);
        if (GpioChip < 0)
        {
            problems.Add($"{root}:{nameof(GpioChip)} is {GpioChip}: a gpiochip number cannot be negative.");
        }

        Positive(nameof(Debounce), Debounce);
        if (ChannelCapacity < 16)
        {
            problems.Add($"{root}:{nameof(ChannelCapacity)} is {ChannelCapacity}: it must be at least 16.");
        }

        var md = $"{nameof(MetalDetector)}:";
        Pin(md + nameof(MetalDetectorOptions.AlarmPin), MetalDetector.AlarmPin, required: true);
        Pin(md + nameof(MetalDetectorOptions.ReadyPin), MetalDetector.ReadyPin, required: false);
        Pin(md + nameof(MetalDetectorOptions.TransitPin), MetalDetector.TransitPin, required: false);
        Defined(md + nameof(MetalDetectorOptions.AlarmContact), MetalDetector.AlarmContact);
        foreach (var (zone, pin) in MetalDetector.ZonePins)
        {
            if (string.IsNullOrWhiteSpace(zone))
            {
                problems.Add($"{root}:{md}{nameof(MetalDetectorOptions.ZonePins)} has a zone without a name.");
            }

            Pin($"{md}{nameof(MetalDetectorOptions.ZonePins)}:{zone}", pin, required: true);
        }

        Positive(md + nameof(MetalDetectorOptions.StuckAlarmTimeout), MetalDetector.StuckAlarmTimeout);
        if (MetalDetector.StuckAlarmTimeout <= Debounce)
        {
            problems.Add($"{root}:{md}{nameof(MetalDetectorOptions.StuckAlarmTimeout)} ({MetalDetector.StuckAlarmTimeout}) must be longer than {nameof(Debounce)} ({Debounce}).");
        }

        var ts = $"{nameof(Turnstile)}:";
        Pin(ts + nameof(TurnstileOptions.LockPin), Turnstile.LockPin, required: true);
        Defined(ts + nameof(TurnstileOptions.LockedLevel), Turnstile.LockedLevel);
        Pin(ts + nameof(TurnstileOptions.PassageInPin), Turnstile.PassageInPin, required: true);
        Pin(ts + nameof(TurnstileOptions.PassageOutPin), Turnstile.PassageOutPin, required: false);
        Positive(ts + nameof(TurnstileOptions.FreeOnceTimeout), Turnstile.FreeOnceTimeout);
        if (Turnstile.FreeOnceTimeout > TimeSpan.Zero && Turnstile.FreeOnceTimeout <= Debounce * 2)
        {
            // A passage counts once its contact has held for the debounce time; a shorter FreeOnce would
            // relock before every genuine passage registers and report it as forced.
            problems.Add($"{root}:{ts}{nameof(TurnstileOptions.FreeOnceTimeout)} ({Turnstile.FreeOnceTimeout}) must be longer than twice {nameof(Debounce)} ({Debounce}).");
        }

        Positive(ts + nameof(TurnstileOptions.StuckPassageTimeout), Turnstile.StuckPassageTimeout);
        if (Turnstile.StuckPassageTimeout > TimeSpan.Zero && Turnstile.StuckPassageTimeout <= Debounce)
        {
            // Every passage holds its contact closed for at least the debounce time: a shorter timeout
            // would call each one a stuck sensor.
            problems.Add($"{root}:{ts}{nameof(TurnstileOptions.StuckPassageTimeout)} ({Turnstile.StuckPassageTimeout}) must be longer than {nameof(Debounce)} ({Debounce}).");
        }

        Pin($"{nameof(FireRelease)}:{nameof(FireReleaseOptions.LoopPin)}", FireRelease.LoopPin, required: true);

        if (CardReader is { } reader)
        {
            var cr = $"{nameof(CardReader)}:";
            Pin(cr + nameof(CardReaderOptions.Data0Pin), reader.Data0Pin, required: true);
            Pin(cr + nameof(CardReaderOptions.Data1Pin), reader.Data1Pin, required: true);
            Positive(cr + nameof(CardReaderOptions.FrameGap), reader.FrameGap);
        }

        foreach (var shared in pins.GroupBy(p => p.Pin).Where(g => g.Count() > 1))
        {
            problems.Add($"Pin {shared.Key} is used more than once: {string.Join(", ", shared.Select(p => $"{root}:{p.Key}"))}.");
        }

        return problems;
    }
}

public sealed class MetalDetectorOptions
{
    /// <summary>The detector's alarm relay contact.</summary>
    public int? AlarmPin { get; set; }

    public ContactType AlarmContact { get; set; } = ContactType.NormallyClosed;

    /// <summary>Optional ready/fault relay, contact closed while the detector is ready.</summary>
    public int? ReadyPin { get; set; }

    /// <summary>Optional transit ("OK"/pass) relay, pulsed closed once per person walking through the
    /// arch, alarm or not. Without it the lane learns of a walk-through only when it alarms.</summary>
    public int? TransitPin { get; set; }

    /// <summary>Optional zone outputs by zone name (normally open, closed while the zone alarms).</summary>
    public Dictionary<string, int?> ZonePins { get; set; } = [];

    /// <summary>An alarm held longer than this is a stuck line, a detector fault.</summary>
    public TimeSpan StuckAlarmTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class TurnstileOptions
{
    public int? LockPin { get; set; }

    /// <summary>The output level that holds the turnstile locked. Low (de-energised = locked) is the
    /// recommended fail-secure wiring: a controller that dies or resets leaves the lane locked.</summary>
    public PinLevel LockedLevel { get; set; } = PinLevel.Low;

    /// <summary>Pulse contact closed once per passage into the prison.</summary>
    public int? PassageInPin { get; set; }

    /// <summary>Optional pulse contact closed once per passage back out.</summary>
    public int? PassageOutPin { get; set; }

    /// <summary>A FreeOnce nobody walks through relocks after this.</summary>
    public TimeSpan FreeOnceTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A passage sensor held closed longer than this is stuck (welded contact, shorted cable, a bag
    /// jammed in the arm): a turnstile fault that locks the lane. A person takes 1-2 s through the arm.</summary>
    public TimeSpan StuckPassageTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class FireReleaseOptions
{
    /// <summary>The fire panel's normally-closed release loop: open means fire.</summary>
    public int? LoopPin { get; set; }
}

public sealed class CardReaderOptions
{
    public int? Data0Pin { get; set; }

    public int? Data1Pin { get; set; }

    /// <summary>Silence on both lines this long ends a frame.</summary>
    public TimeSpan FrameGap { get; set; } = TimeSpan.FromMilliseconds(25);
}

/// <summary>Runs <see cref="LaneDevicesOptions.Validate"/> when the host starts, so a lane with a bad pin
/// map refuses to start with every problem listed instead of starting half-configured.</summary>
internal sealed class LaneDevicesOptionsValidator : IValidateOptions<LaneDevicesOptions>
{
    public ValidateOptionsResult Validate(string? name, LaneDevicesOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
