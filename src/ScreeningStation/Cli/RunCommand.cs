using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Screening.Devices;
using Screening.Rules;
using Screening.Rules.RuleFile;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Station.Alert;
using Screening.Station.Hosting;
using Screening.Station.Lane;
using Screening.Station.OfficerConsole;
using Screening.Station.SearchLog;
using Serilog;
using Serilog.Formatting.Compact;

namespace Screening.Station.Cli;

/// <summary>`screening run`: the lane service.</summary>
internal static class RunCommand
{
    public static Command Build()
    {
        var rules = new Option<FileInfo?>("--rules") { Description = "Rule file (default: Lane:RulesFile, else the built-in rules)" };
        var command = new Command("run", "Run the lane service (simulated devices unless configured otherwise)") { rules };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(ScreeningCommandLine.Data)!, parse.GetValue(rules), parse.UnmatchedTokens, cancel));
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>
    /// After the known options, `run` takes configuration overrides only (`--Lane:Id=lane-2` or
    /// `--Lane:Id lane-2`); anything else is a mistake such as `--rule` for `--rules`, and running on
    /// the built-in rules instead of the ones meant would be worse than stopping.
    /// </summary>
    private static string? ConfigurationOverrideProblem(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || !token.Contains(':', StringComparison.Ordinal))
            {
                return $"unknown option or argument '{token}' (options: --rules FILE, --data DIR; configuration overrides look like --Lane:Id=lane-2)";
            }

            if (!token.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return $"configuration override '{token}' has no value";
                }

                i++; // the value
            }
        }

        return null;
    }

    /// <summary>The card directory: Lane:PeopleFile, else DATA/people.json; the simulated lane gets demo holders when there is none.</summary>
    private static PersonDirectory LoadDirectory(IServiceProvider services, string data)
    {
        var lane = services.GetRequiredService<IOptions<LaneOptions>>().Value;
        var path = string.IsNullOrWhiteSpace(lane.PeopleFile) ? Path.Combine(data, PersonDirectory.FileName) : lane.PeopleFile;
        PersonDirectory directory;
        if (File.Exists(path))
        {
            directory = PersonDirectory.Load(path);
        }
        else if (services.GetRequiredService<IOptions<LaneDevicesOptions>>().Value.Driver != GpioDriverKind.Simulated)
        {
            throw new InvalidDataException($"{path}: the card directory is missing (a real lane needs its card holders)");
        }
        else
        {
            directory = PersonDirectory.Demo();
            directory.Save(path);
        }

        // A card reported lost in the file must refuse at once, not at the next restart.
        directory.Watch(
            path,
            services.GetRequiredService<TimeProvider>(),
            cards => Log.Information("Card directory {Path} reloaded: {Cards} cards", path, cards),
            problem => Log.Error("Card directory refused, the last good one stays in force: {Problem}", problem));
        return directory;
    }

    /// <summary>A first run has no account, and the console cannot be used until one exists: say how to make it.</summary>
    private static void WarnWithoutAccounts(Screening.Station.Accounts.AccountStore accounts)
    {
        try
        {
            if (accounts.All().Count == 0)
            {
                Log.Warning("No console accounts yet: create the first with `screening accounts add NAME --role SecurityManager` (password on standard input), then sign in at the lane's address");
            }
        }
        catch (Screening.Station.Accounts.AccountException ex)
        {
            Log.Error("The accounts file cannot be read, so nobody can sign in to the console: {Problem}", ex.Message);
        }
    }

    private static async Task<int> RunAsync(DirectoryInfo data, FileInfo? rulesFile, IReadOnlyList<string> extra, CancellationToken cancel)
    {
        if (ConfigurationOverrideProblem(extra) is { } problem)
        {
            await Console.Error.WriteLineAsync($"screening run: {problem}");
            return ExitCodes.BadInput;
        }

        try
        {
            Directory.CreateDirectory(data.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"screening run: --data: cannot create '{data.FullName}': {ex.Message}");
            return ExitCodes.BadInput;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. extra],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["Lane:DataDirectory"] = data.FullName;
        if (rulesFile is not null)
        {
            builder.Configuration["Lane:RulesFile"] = rulesFile.FullName;
        }

        var laneId = builder.Configuration["Lane:Id"] ?? "lane-1";
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<ControlCharacterEscaper>()
            .Enrich.WithProperty("LaneId", laneId)
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {LaneId} {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(data.FullName, "logs", "screening-.clef"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 90)
            .CreateLogger();

        IHostApplicationLifetime? lifetime = null;
        try
        {
            builder.Services.AddSerilog();
            builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
            builder.Services.AddOptions<LaneOptions>()
                .BindConfiguration(LaneOptions.Section, binder => binder.ErrorOnUnknownConfiguration = true)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddLaneDevices(builder.Configuration);
            builder.Services.AddSingleton(sp =>
            {
                var path = builder.Configuration["Lane:RulesFile"];
                return new RuleSetFile(string.IsNullOrWhiteSpace(path) ? null : path, sp.GetRequiredService<TimeProvider>());
            });
            builder.Services.AddHostedService<RulesHostedService>();
            builder.Services.AddSingleton(sp => new AlertBoard(data.FullName, () => sp.GetRequiredService<RuleSetFile>().Current, sp.GetRequiredService<TimeProvider>()));
            builder.Services.AddSearchLog(_ => data.FullName);
            builder.Services.AddSingleton(sp => LoadDirectory(sp, data.FullName));
            builder.Services.AddHostedService<DeviceService>();
            builder.Services.AddSingleton<LaneService>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<LaneService>());
            builder.Services.AddSingleton(sp => FrameIntakeService.CreateAnalyser(
                sp.GetRequiredService<IOptions<LaneOptions>>().Value, sp.GetRequiredService<ILogger<FrameIntakeService>>()));
            builder.Services.AddHostedService<FrameIntakeService>();
            builder.Services.AddSingleton<SimulatedLane>();
            builder.Services.AddHostedService<SimulatedTraffic>();

            builder.Services.AddLaneApi(data.FullName);
            builder.Services.AddOfficerConsole(data.FullName);
            builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
            builder.WebHost.UseUrls(builder.Configuration["Lane:Urls"] is { Length: > 0 } urls ? urls : new LaneOptions().Urls);
            builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ConsoleServiceCollectionExtensions.MaxRequestBody);

            using var host = builder.Build();
            lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            host.UseOfficerConsole();
            host.MapLaneApi();
            WarnWithoutAccounts(host.Services.GetRequiredService<Screening.Station.Accounts.AccountStore>());

            // Taken before running: RunAsync disposes the host's services when it returns.
            var loops = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
            await host.RunAsync(cancel);

            // .NET stops the host with exit code 0 when a BackgroundService throws; a lane under systemd must fail loudly.
            return loops.Any(s => s.ExecuteTask?.IsFaulted == true) ? ExitCodes.Failure : ExitCodes.Ok;
        }
        catch (InvalidDataException ex)
        {
            Log.Fatal("Lane not started: {Problem}", ex.Message);
            return ExitCodes.BadInput;
        }
        catch (RuleFileException ex)
        {
            Log.Fatal("Lane not started: the rule file was refused: {Problems}", string.Join("; ", ex.Errors));
            return ExitCodes.BadInput;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            Log.Fatal("Lane not started: bad configuration: {Problems}", string.Join("; ", ex.Failures));
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException ex) when (ex.Source == "Microsoft.Extensions.Configuration.Binder")
        {
            // A misspelt key or a value of the wrong kind in appsettings.json or an override.
            Log.Fatal("Lane not started: bad configuration: {Problem}", ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested || lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            // Stopped (SIGTERM, Ctrl+C) while still starting: the devices locked the turnstile first and
            // locked it again as they shut down, so this is a clean stop.
            Log.Information("Lane stopped while starting");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Fatal(ex, "Lane failed");
            return ExitCodes.Failure;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
