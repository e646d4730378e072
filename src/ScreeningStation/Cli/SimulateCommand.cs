using System.CommandLine;
using Screening.Rules.RuleFile;
using Screening.Station.SearchLog;
using Screening.Station.Simulation;

namespace Screening.Station.Cli;

/// <summary>
/// `screening simulate SCENARIO [--rules FILE] [--data DIR] [--json]`: plays a scenario through the real
/// lane on the simulated board and prints every device event, decision, turnstile command and record.
/// Exit 0 when every expectation held, 1 when one did not, 2 for a bad scenario or rule file.
/// </summary>
internal static class SimulateCommand
{
    public static Command Build()
    {
        var scenario = new Argument<FileInfo>("SCENARIO") { Description = "The scenario file (YAML; see README and scenarios/)" };
        var rules = new Option<FileInfo?>("--rules") { Description = "Rule file to rehearse (default: the built-in rules)" };
        var command = new Command("simulate", "Play a scenario through the lane on the simulated board") { scenario, rules };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(scenario)!,
            parse.GetValue(rules),
            parse.GetResult(ScreeningCommandLine.Data) is { Implicit: false } ? parse.GetValue(ScreeningCommandLine.Data) : null,
            parse.GetValue(ScreeningCommandLine.Json),
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? rules, DirectoryInfo? data, bool json, CancellationToken cancel)
    {
        // A rehearsal must not write into a live lane's log by accident: a fresh folder unless --data is given.
        var folder = data?.FullName ?? Path.Combine(Path.GetTempPath(), "screening-simulate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var scenario = Scenario.Load(file.FullName);
            await using var runner = new ScenarioRunner(scenario, folder, rules?.FullName);
            await runner.RunAsync(cancel);
            Print(scenario, runner, json, data is null ? null : folder);
            return runner.Failures == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }
        catch (ScenarioException ex)
        {
            await Console.Error.WriteLineAsync($"screening simulate: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (RuleFileException ex)
        {
            CliRules.ReportRefused(ex, "screening simulate: --rules: the rule file was refused");
            return ExitCodes.BadInput;
        }
        catch (SearchLogException ex)
        {
            await Console.Error.WriteLineAsync($"screening simulate: --data: {ex.Message}");
            return ExitCodes.BadInput;
        }
        finally
        {
            if (data is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Print(Scenario scenario, ScenarioRunner runner, bool json, string? kept)
    {
        if (json)
        {
            RulesCommands.WriteJson(w =>
            {
                w.WriteString("scenario", scenario.Name);
                w.WriteBoolean("passed", runner.Failures == 0);
                w.WriteNumber("failedExpectations", runner.Failures);
                w.WriteStartArray("timeline");
                foreach (var line in runner.Lines)
                {
                    w.WriteStartObject();
                    w.WriteNumber("at", line.Seconds);
                    w.WriteString("kind", line.Kind);
                    w.WriteString("text", line.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        Console.Out.WriteLine($"Scenario: {scenario.Name}");
        foreach (var line in runner.Lines)
        {
            Console.Out.WriteLine($"{line.Seconds,8:0.000}s  {line.Kind,-9} {line.Text}");
        }

        Console.Out.WriteLine(runner.Failures == 0 ? "All expectations held." : $"{runner.Failures} expectation(s) FAILED.");
        if (kept is not null)
        {
            Console.Out.WriteLine($"Search log kept in {kept}");
        }
    }
}
