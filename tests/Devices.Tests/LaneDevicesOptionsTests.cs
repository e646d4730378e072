using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices.Gpio;

namespace Screening.Devices.Tests;

public sealed class LaneDevicesOptionsTests
{
    [Fact]
    public void The_documented_default_pin_map_is_valid()
    {
        Assert.Empty(LaneDevicesOptions.CreateDefault().Validate());
    }

    [Fact]
    public void A_pin_used_twice_is_reported_with_both_uses()
    {
        var options = LaneDevicesOptions.CreateDefault();
        options.CardReader!.Data1Pin = options.Turnstile.LockPin;

        var problem = Assert.Single(options.Validate());

        Assert.Contains("LaneDevices:Turnstile:LockPin", problem, StringComparison.Ordinal);
        Assert.Contains("LaneDevices:CardReader:Data1Pin", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = LaneDevicesOptions.CreateDefault();
        options.Turnstile.LockPin = null;
        options.FireRelease.LoopPin = -3;
        options.Turnstile.LockedLevel = (PinLevel)7;
        options.Debounce = TimeSpan.Zero;
        options.Turnstile.FreeOnceTimeout = TimeSpan.FromSeconds(-1);
        options.MetalDetector.ZonePins["head"] = options.MetalDetector.AlarmPin;

        var problems = options.Validate();

        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("Turnstile:LockPin is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("FireRelease:LoopPin is -3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("LockedLevel is 7: it must be one of Low, High", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("LaneDevices:Debounce", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("FreeOnceTimeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Pin 5 is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_FreeOnce_too_short_for_a_debounced_passage_is_refused()
    {
        var options = LaneDevicesOptions.CreateDefault();
        options.Debounce = TimeSpan.FromMilliseconds(20);
        options.Turnstile.FreeOnceTimeout = TimeSpan.FromMilliseconds(30);

        var problems = options.Validate();

        Assert.Contains(problems, p => p.Contains("FreeOnceTimeout", StringComparison.Ordinal) && p.Contains("Debounce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("00:00:00.020")] // the debounce itself: every passage would be a stuck sensor
    public void A_stuck_passage_timeout_not_longer_than_the_debounce_is_refused_by_name(string timeout)
    {
        var options = LaneDevicesOptions.CreateDefault();
        options.Debounce = TimeSpan.FromMilliseconds(20);
        options.Turnstile.StuckPassageTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);

        var problem = Assert.Single(options.Validate());

        Assert.StartsWith("LaneDevices:Turnstile:StuckPassageTimeout", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_bad_stuck_passage_timeout_and_names_it()
    {
        var settings = DefaultSettings();
        settings["LaneDevices:Turnstile:StuckPassageTimeout"] = "00:00:00.010";
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("LaneDevices:Turnstile:StuckPassageTimeout (00:00:00.0100000) must be longer than Debounce", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lane_with_an_invalid_pin_map_refuses_to_build_and_touches_no_pin()
    {
        var options = LaneDevicesOptions.CreateDefault();
        options.MetalDetector.AlarmPin = null;
        var board = new SimulatedGpioDriver(TimeProvider.System);
        using var gpio = new System.Device.Gpio.GpioController(board);

        var error = Assert.Throws<ArgumentException>(() => new LaneDevices(gpio, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LaneDevices>.Instance));

        Assert.Contains("MetalDetector:AlarmPin is missing", error.Message, StringComparison.Ordinal);
        Assert.Empty(board.Writes);
    }

    [Fact]
    public async Task The_host_refuses_to_start_and_lists_every_problem_in_the_pin_map()
    {
        using var host = BuildHost(new()
        {
            ["LaneDevices:MetalDetector:AlarmPin"] = "5",
            ["LaneDevices:Turnstile:LockPin"] = "5",
            ["LaneDevices:Turnstile:PassageInPin"] = "22",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Pin 5 is used more than once", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("FireRelease:LoopPin is missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LaneDevices:Turnstile:LockedLevel", "Hgh")]
    [InlineData("LaneDevices:Turnstile:LockPn", "17")]
    public async Task The_host_refuses_to_start_on_a_bad_level_or_an_unknown_key_and_names_it(string key, string value)
    {
        var settings = DefaultSettings();
        settings[key] = value;
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_configuration_starts_a_simulated_lane_that_is_locked()
    {
        using var host = BuildHost(DefaultSettings());
        await host.StartAsync();

        var devices = host.Services.GetRequiredService<LaneDevices>();
        var board = host.Services.GetRequiredService<SimulatedGpioDriver>();

        Assert.Equal(TurnstileState.Locked, devices.Turnstile.State);
        Assert.Equal(System.Device.Gpio.PinValue.Low, board.LastWrite(17)!.Value.Value);
        await host.StopAsync();
    }

    private static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["LaneDevices:Driver"] = "Simulated",
        ["LaneDevices:MetalDetector:AlarmPin"] = "5",
        ["LaneDevices:MetalDetector:ReadyPin"] = "6",
        ["LaneDevices:MetalDetector:ZonePins:head"] = "12",
        ["LaneDevices:Turnstile:LockPin"] = "17",
        ["LaneDevices:Turnstile:LockedLevel"] = "Low",
        ["LaneDevices:Turnstile:PassageInPin"] = "22",
        ["LaneDevices:FireRelease:LoopPin"] = "4",
        ["LaneDevices:CardReader:Data0Pin"] = "23",
        ["LaneDevices:CardReader:Data1Pin"] = "24",
        ["LaneDevices:CardReader:FrameGap"] = "00:00:00.025",
    };

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddLaneDevices(builder.Configuration);
        // Resolving the lane at start is the host's job; a hosted service stands in for it here.
        builder.Services.AddHostedService(sp => new ResolveOnStart(sp));
        return builder.Build();
    }

    private sealed class ResolveOnStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<LaneDevices>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
