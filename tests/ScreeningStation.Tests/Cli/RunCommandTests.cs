using System.Diagnostics;
using System.Text;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>`screening run`: the lane service starts, logs, and stops cleanly when systemd asks.</summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private static async Task TerminateAsync(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    [Fact]
    public async Task The_service_starts_logs_and_exits_0_on_SIGTERM()
    {
        var data = Path.Combine(_screening.Folder, "lane-data");
        using var process = _screening.Start("run", "--data", data);
        var stdout = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            // Signal only once the service says it has started, so SIGTERM is not a start-up race.
            if (e.Data.Contains("started", StringComparison.OrdinalIgnoreCase))
            {
                started.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();

        try
        {
            await Task.WhenAny(started.Task, process.WaitForExitAsync()).WaitAsync(Limit);
            if (!started.Task.IsCompleted)
            {
                Assert.Fail($"the service never logged that it started: {stdout}");
            }

            if (process.HasExited)
            {
                Assert.Fail($"the service stopped by itself with exit {process.ExitCode}: {stdout}{await stderr}");
            }

            await TerminateAsync(process);
            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{await stderr}");
        var log = stdout.ToString();
        Assert.True(log.Contains("TurnstileLocked", StringComparison.Ordinal), log); // locked at start-up, before anything else
        Assert.True(log.Contains("stopped, turnstile Locked", StringComparison.Ordinal), log); // and left locked on the way out
        Assert.True(Directory.Exists(data), "the --data folder was not created");
    }

    [Theory]
    [InlineData("--rule", "lane.rules.yaml")] // meant --rules: running on the built-in rules instead would be wrong
    [InlineData("--dat", "/tmp")]
    [InlineData("extra-word")]
    [InlineData("--Lane:Id")] // an override with no value
    public async Task A_mistyped_option_stops_the_service_with_exit_2(params string[] mistake)
    {
        var result = await _screening.RunAsync(["run", "--data", Path.Combine(_screening.Folder, "lane-data"), .. mistake]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(mistake[0], result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Lane:RuleFile=my.rules.yaml", "RuleFile")] // misspelt key: the rule file would be silently ignored
    [InlineData("--LaneDevices:Turnstile:LockedLevel=Hgh", "Hgh")]
    [InlineData("--LaneDevices:Turnstile:LockPin=5", "5")] // already the detector's alarm pin
    [InlineData("--Lane:Id=lane 1!", "Lane:Id")]
    [InlineData("--Lane:Xray:CalibrationFile=/nonexistent/scanner.json", "CalibrationFile")] // frames read in the wrong palette would be misjudged
    public async Task Bad_configuration_stops_the_service_with_exit_2_naming_it(string setting, string named)
    {
        var result = await _screening.RunAsync("run", "--data", Path.Combine(_screening.Folder, "lane-data"), setting);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(named, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_rule_file_stops_the_service_before_it_starts_with_exit_2()
    {
        var text = Screening.Rules.RuleSet.DefaultRulesText.Replace("defaultAlertState: Black", "defaultAlertState: Purple", StringComparison.Ordinal);
        var rules = _screening.WriteFile("bad.rules.yaml", text);

        // No SIGTERM is sent: the service must refuse to start on its own.
        var result = await _screening.RunAsync("run", "--rules", rules, "--data", Path.Combine(_screening.Folder, "lane-data"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Purple", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_YAML_rule_file_stops_the_service_with_exit_2()
    {
        var text = Screening.Rules.RuleSet.DefaultRulesText.Replace("    prohibits: [wire-bound-notebook]", "    prohibits: [wire-bound-notebook", StringComparison.Ordinal);
        var rules = _screening.WriteFile("broken.rules.yaml", text);

        var result = await _screening.RunAsync("run", "--rules", rules, "--data", Path.Combine(_screening.Folder, "lane-data"));

        Assert.True(result.ExitCode == 2, result.ToString());
    }
}
