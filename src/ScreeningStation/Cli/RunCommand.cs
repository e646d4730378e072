using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Screening.Devices;
using Screening.Rules;
using Screening.Rules.RuleFile;
using Screening.Station.Hosting;
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

    private static async Task<int> RunAsync(DirectoryInfo data, FileInfo? rulesFile, IReadOnlyList<string> extra, CancellationToken cancel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. extra],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["Lane:DataDirectory"] = data.FullName;
        if (rulesFile is not null)
        {
            builder.Configuration["Lane:RulesFile"] = rulesFile.FullName;
        }

        Directory.CreateDirectory(data.FullName);
        var laneId = builder.Configuration["Lane:Id"] ?? "lane-1";
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("LaneId", laneId)
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {LaneId} {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(data.FullName, "logs", "screening-.clef"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 90)
            .CreateLogger();

        try
        {
            builder.Services.AddSerilog();
            builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
            builder.Services.AddOptions<LaneOptions>().BindConfiguration(LaneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddLaneDevices(builder.Configuration);
            builder.Services.AddSingleton(sp =>
            {
                var path = builder.Configuration["Lane:RulesFile"];
                return new RuleSetFile(string.IsNullOrWhiteSpace(path) ? null : path, sp.GetRequiredService<TimeProvider>());
            });
            builder.Services.AddHostedService<RulesHostedService>();
            builder.Services.AddHostedService<LaneService>();

            using var host = builder.Build();

            // Taken before running: RunAsync disposes the host's services when it returns.
            var loops = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
            await host.RunAsync(cancel);

            // .NET stops the host with exit code 0 when a BackgroundService throws; a lane under systemd must fail loudly.
            return loops.Any(s => s.ExecuteTask?.IsFaulted == true) ? ExitCodes.Failure : ExitCodes.Ok;
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
