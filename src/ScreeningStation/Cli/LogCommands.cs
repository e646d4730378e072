using System.CommandLine;
using Screening.Station.SearchLog;

namespace Screening.Station.Cli;

/// <summary>`screening log verify`: check the search log's hash chain and every image it references.</summary>
internal static class LogCommands
{
    public static Command Build()
    {
        var log = new Command("log", "The search log");
        var verify = new Command("verify",
            "Check the search log's hash chain and every image it references: exit 0 if intact, 2 naming the first broken record if not");
        verify.SetAction((parse, cancel) => Task.FromResult(
            Verify(parse.GetValue(ScreeningCommandLine.Data)!, parse.GetValue(ScreeningCommandLine.Json), cancel)));
        log.Subcommands.Add(verify);
        return log;
    }

    private static int Verify(DirectoryInfo data, bool json, CancellationToken cancel)
    {
        var result = SearchLogVerifier.Verify(data.FullName, logger: null, cancel);
        if (json)
        {
            RulesCommands.WriteJson(w =>
            {
                w.WriteBoolean("verified", result.Verified);
                w.WriteString("database", result.Database);
                if (result.Error is not null)
                {
                    w.WriteString("error", result.Error);
                    return;
                }

                w.WriteNumber("records", result.Records);
                WriteOrNull("firstTime", result.FirstTime?.ToString("O"));
                WriteOrNull("lastTime", result.LastTime?.ToString("O"));
                if (result.LastSequence is { } last)
                {
                    w.WriteNumber("lastSequence", last);
                }
                else
                {
                    w.WriteNull("lastSequence");
                }

                WriteOrNull("lastHash", result.LastHash);
                w.WriteNumber("imagesChecked", result.ImagesChecked);
                w.WriteNumber("brokenRecords", result.Problems);
                if (result.FirstBroken is { } broken)
                {
                    w.WriteStartObject("firstBroken");
                    w.WriteNumber("sequence", broken.Sequence);
                    if (broken.Kind is null)
                    {
                        w.WriteNull("kind");
                    }
                    else
                    {
                        w.WriteString("kind", broken.Kind);
                    }

                    w.WriteString("reason", broken.Reason);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("firstBroken");
                }

                void WriteOrNull(string name, string? value)
                {
                    if (value is null)
                    {
                        w.WriteNull(name);
                    }
                    else
                    {
                        w.WriteString(name, value);
                    }
                }
            });
        }

        if (result.Error is not null)
        {
            Console.Error.WriteLine($"screening log verify: {result.Error}");
            return ExitCodes.BadInput;
        }

        if (result.FirstBroken is { } first)
        {
            Console.Error.WriteLine($"{result.Database}: BROKEN at {first}");
            Console.Error.WriteLine($"  {result.Problems} broken of {result.Records} records");
            return ExitCodes.BadInput;
        }

        if (!json)
        {
            Console.Out.WriteLine($"{result.Database}: verified");
            Console.Out.WriteLine(result.Records == 0
                ? "  0 records"
                : $"  {result.Records} records, {result.FirstTime:O} to {result.LastTime:O}");
            Console.Out.WriteLine($"  {result.ImagesChecked} images checked");
            Console.Out.WriteLine($"  last record {result.LastSequence ?? 0}: {result.LastHash ?? RecordHash.Genesis}");
        }

        return ExitCodes.Ok;
    }
}
