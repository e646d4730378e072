using System.Device.Gpio;
using System.Device.Gpio.Drivers;

namespace Screening.Devices.Gpio;

/// <summary>The driver for a real board, as configured. Never probed: a lane that guesses its driver can
/// guess wrong on the day the board is swapped.</summary>
public static class GpioDrivers
{
    /// <exception cref="ArgumentException">The options ask for the simulated driver, which needs a clock
    /// and resting levels: build a <see cref="SimulatedGpioDriver"/> instead.</exception>
    public static GpioDriver CreateHardware(LaneDevicesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Driver switch
        {
            GpioDriverKind.LibGpiodV2 => new LibGpiodV2Driver(options.GpioChip),
            GpioDriverKind.LibGpiod => new LibGpiodDriver(options.GpioChip),
            _ => throw new ArgumentException($"{LaneDevicesOptions.SectionName}:Driver is {options.Driver}, not a hardware driver.", nameof(options)),
        };
    }
}
