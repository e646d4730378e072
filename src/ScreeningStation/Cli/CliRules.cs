using Microsoft.Extensions.Configuration;
using Screening.Rules;
using Screening.Rules.RuleFile;

namespace Screening.Station.Cli;

/// <summary>How the tools load a rule file and report one that was refused: every problem as `file:line: reason`, then one line saying who refused it.</summary>
internal static class CliRules
{
    /// <summary>The rule file at <paramref name="path"/>, or the built-in rules when null; null (reported on stderr) when refused.</summary>
    public static RuleSet? Load(string? path, string refusedBy)
    {
        try
        {
            return path is null ? RuleSet.LoadDefault() : RuleSet.Load(path);
        }
        catch (RuleFileException ex)
        {
            ReportRefused(ex, $"{refusedBy}: the rule file was refused");
            return null;
        }
    }

    /// <summary>
    /// The rules a tool uses beside a lane: <paramref name="rulesFile"/> if given, else the lane's configured
    /// `Lane:RulesFile` (appsettings.json beside the executable, environment overrides), else the built-in set.
    /// </summary>
    public static RuleSet? LoadConfigured(FileInfo? rulesFile, string refusedBy)
    {
        var path = rulesFile?.FullName;
        if (path is null)
        {
            var settings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
            if (File.Exists(settings))
            {
                var configured = new ConfigurationBuilder().AddJsonFile(settings, optional: true).AddEnvironmentVariables().Build()["Lane:RulesFile"];
                path = string.IsNullOrWhiteSpace(configured) ? null : configured;
            }
        }

        return Load(path, refusedBy);
    }

    public static void ReportRefused(RuleFileException refused, string closingLine)
    {
        foreach (var error in refused.Errors)
        {
            Console.Error.WriteLine(error.ToString());
        }

        Console.Error.WriteLine(closingLine);
    }
}
