using System.CommandLine;
using System.Text.Json;
using Screening.Rules;
using Screening.Rules.Contract;
using Screening.Rules.Model;

namespace Screening.Station.Cli;

/// <summary>`screening evaluate [--rules FILE] --input CASE.json [--json]`: one decision, as the lane would make it.</summary>
internal static class EvaluateCommand
{
    public static Command Build()
    {
        var rules = new Option<FileInfo?>("--rules") { Description = "Rule file to decide with (default: the built-in default rules)" };
        var input = new Option<string>("--input")
        {
            Description = "The case, as decision-contract JSON (a file, or - for standard input)",
            Required = true,
        };
        var command = new Command("evaluate", "Decide one case as the lane would (DESIGN.md's decision contract)") { rules, input };
        command.SetAction(parse => Evaluate(parse.GetValue(rules), parse.GetValue(input)!, parse.GetValue(ScreeningCommandLine.Json)));
        return command;
    }

    private static int Evaluate(FileInfo? rulesFile, string input, bool json)
    {
        if (CliRules.Load(rulesFile?.FullName, "screening evaluate: --rules") is not { } ruleSet)
        {
            return ExitCodes.BadInput;
        }

        string text;
        try
        {
            text = ReadInput(input);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"screening evaluate: --input: cannot read '{input}': {ex.Message}");
            return ExitCodes.BadInput;
        }

        ScreeningCase screening;
        IReadOnlyList<string> warnings;
        try
        {
            screening = CaseReader.Read(text, ruleSet, out warnings);
        }
        catch (CaseException ex)
        {
            Console.Error.WriteLine($"screening evaluate: {ex.Message}");
            return ExitCodes.BadInput;
        }

        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"screening evaluate: warning: {warning}");
        }

        var verdict = new Verdict();
        ruleSet.Evaluate(screening, verdict);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
            {
                VerdictWriter.WriteJson(writer, verdict, warnings);
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            Console.Out.Write(VerdictWriter.ToText(verdict));
        }

        return ExitCodes.Ok;
    }

    private static string ReadInput(string input)
    {
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return ReadLimited(stdin, "standard input");
        }

        using var file = File.OpenRead(input);
        return ReadLimited(file, input);
    }

    private static string ReadLimited(Stream stream, string name)
    {
        // Read one byte past the limit so an oversized case is refused without reading all of it.
        var buffer = new byte[CaseReader.MaxCaseBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > CaseReader.MaxCaseBytes)
        {
            throw new InvalidDataException($"{name} is larger than {CaseReader.MaxCaseBytes} bytes");
        }

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, total).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new InvalidDataException($"{name} is not UTF-8 text");
        }
    }
}
