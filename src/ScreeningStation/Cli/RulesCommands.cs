using System.CommandLine;
using System.Text.Json;
using Screening.Rules;
using Screening.Rules.RuleFile;

namespace Screening.Station.Cli;

/// <summary>`screening rules check FILE` and `screening rules show-default`.</summary>
internal static class RulesCommands
{
    public static Command Build()
    {
        var rules = new Command("rules", "Check and show rule files");

        var file = new Argument<FileInfo>("FILE") { Description = "The rule file (YAML) to validate" };
        var check = new Command("check", "Validate a rule file: exit 0 if it would be accepted, 2 with every problem if not") { file };
        check.SetAction(parse => Check(parse.GetValue(file)!, parse.GetValue(ScreeningCommandLine.Json)));
        rules.Subcommands.Add(check);

        var show = new Command("show-default", "Print the built-in default rule file, to copy and edit");
        show.SetAction(_ =>
        {
            Console.Out.Write(RuleSet.DefaultRulesText);
            return ExitCodes.Ok;
        });
        rules.Subcommands.Add(show);
        return rules;
    }

    private static int Check(FileInfo file, bool json)
    {
        try
        {
            var ruleSet = RuleSet.Load(file.FullName);
            if (json)
            {
                WriteJson(w =>
                {
                    w.WriteBoolean("valid", true);
                    w.WriteString("file", file.FullName);
                    w.WriteString("name", ruleSet.Name);
                    w.WriteString("ruleSetHash", ruleSet.Hash);
                    w.WriteNumber("items", ruleSet.Catalogue.Count);
                    w.WriteNumber("rules", ruleSet.Rules.Count);
                    w.WriteNumber("limits", ruleSet.Limits.Count);
                    w.WriteStartArray("alertStates");
                    foreach (var state in ruleSet.AlertStates)
                    {
                        w.WriteStringValue(state.Id);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("establishments");
                    foreach (var establishment in ruleSet.Establishments)
                    {
                        w.WriteStringValue(establishment.Id);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("warnings");
                    foreach (var warning in ruleSet.SafetyWarnings())
                    {
                        w.WriteStringValue(warning);
                    }

                    w.WriteEndArray();
                });
            }
            else
            {
                Console.Out.WriteLine($"{file.FullName}: valid");
                foreach (var warning in ruleSet.SafetyWarnings())
                {
                    Console.Out.WriteLine($"  warning: {warning}");
                }

                Console.Out.WriteLine($"  {ruleSet.Name}");
                Console.Out.WriteLine($"  {ruleSet.Catalogue.Count} items, {ruleSet.Rules.Count} rules, {ruleSet.Limits.Count} limits");
                Console.Out.WriteLine($"  states of alert: {string.Join(" < ", ruleSet.AlertStates.Select(s => s.Id))}");
                Console.Out.WriteLine($"  establishments: {string.Join(", ", ruleSet.Establishments.Select(e => e.Id))}");
                Console.Out.WriteLine($"  {ruleSet.Hash}");
            }

            return ExitCodes.Ok;
        }
        catch (RuleFileException ex)
        {
            if (json)
            {
                WriteJson(w =>
                {
                    w.WriteBoolean("valid", false);
                    w.WriteString("file", file.FullName);
                    w.WriteStartArray("errors");
                    foreach (var error in ex.Errors)
                    {
                        w.WriteStartObject();
                        w.WriteString("file", error.File);
                        w.WriteNumber("line", error.Line);
                        w.WriteString("reason", error.Reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            }

            CliRules.ReportRefused(ex, $"{file.FullName}: refused ({ex.Errors.Count} problem{(ex.Errors.Count == 1 ? "" : "s")})");
            return ExitCodes.BadInput;
        }
    }

    internal static void WriteJson(Action<Utf8JsonWriter> body)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }
}
