using System.Device.Gpio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices.Gpio;

namespace Screening.Devices;

public static class LaneDevicesServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LaneDevicesOptions"/> from the <c>LaneDevices</c> section and validates it when
    /// the host starts (an unknown key, a bad level, a pin used twice or missing: the host refuses to
    /// start and lists every problem). Registers the <see cref="GpioController"/> on the configured driver
    /// (and the <see cref="SimulatedGpioDriver"/> itself in simulation, for the demo and scenarios to
    /// drive) and <see cref="LaneDevices"/>. The host must run <see cref="LaneDevices.RunAsync"/> and read
    /// <see cref="LaneDevices.Events"/>.
    /// </summary>
    public static IServiceCollection AddLaneDevices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LaneDevicesOptions>()
            .Bind(configuration.GetSection(LaneDevicesOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LaneDevicesOptions>, LaneDevicesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LaneDevicesOptions>>().Value;
            return new SimulatedGpioDriver(sp.GetRequiredService<TimeProvider>(), options.RestingInputLevels());
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LaneDevicesOptions>>().Value;
            return new GpioController(options.Driver == GpioDriverKind.Simulated
                ? sp.GetRequiredService<SimulatedGpioDriver>()
                : GpioDrivers.CreateHardware(options));
        });
        services.TryAddSingleton(sp => new LaneDevices(
            sp.GetRequiredService<GpioController>(),
            sp.GetRequiredService<IOptions<LaneDevicesOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LaneDevices>>()));
        return services;
    }
}
