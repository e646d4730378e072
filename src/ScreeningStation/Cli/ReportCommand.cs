using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Screening.Rules;
using Screening.Station.Accounts;
using Screening.Station.Reports;
using Serilog;
using Serilog.Formatting.Compact;

namespace Screening.Station.Cli;

/// <summary>
/// `screening report --from DATE --to DATE [--lane L] --format csv|json|pdf|sir --out FILE [--user NAME]`:
/// security report export from the search log.
/// </summary>
/// <remarks>
/// Person references and card numbers are shown only to a signed-in Auditor or SecurityManager
/// (`--user NAME`, password on standard input, as `alert set`); without --user they read "withheld".
/// A wrong name or password, or another role asking for them, is refused with exit 3 (nothing written).
/// The file is written beside its final name and moved into place when complete, so a failed export never
/// leaves a half-written report under the name asked for. Exit 0 written and the chain of the period
/// verified, 1 written but the chain is BROKEN (the report says where) or the export failed, 2 bad input
/// (range, lane, format, --data, --out), 3 sign-in refused. --skip-chain-check leaves the chain unchecked
/// (the report says NOT CHECKED) for a faster export. Each export is logged as one event to
/// DATA/logs/reports-YYYYMMDD.clef (who, what, how many, chain result).
/// </remarks>
internal static class ReportCommand
{
    public static Command Build()
    {
        var from = new Option<string>("--from") { Description = "First day (YYYY-MM-DD, UTC) or instant (YYYY-MM-DDTHH:MM:SSZ)", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, inclusive (YYYY-MM-DD, UTC), or an instant, exclusive", Required = true };
        var lane = new Option<string?>("--lane") { Description = "Only this lane (default: every lane in the log)" };
        var format = new Option<string>("--format") { Description = "csv, json, pdf, or sir (the Security Information Report drafts as JSON)", Required = true };
        format.AcceptOnlyFromAmong("csv", "json", "pdf", "sir");
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };
        var user = new Option<string?>("--user") { Description = "An Auditor or SecurityManager account (password on standard input): shows person references" };
        var skipChain = new Option<bool>("--skip-chain-check") { Description = "Do not check the period's hash chain (faster; the rows still carry each record's hash)" };
        var rules = new Option<FileInfo?>("--rules") { Description = "Rule file whose catalogue names finds and their lists (default: Lane:RulesFile, else the built-in rules)" };
        var command = new Command("report", "Export the security report (CSV, JSON, PDF, SIR drafts) for a period from the search log")
        {
            from, to, lane, format, output, user, rules, skipChain,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(ScreeningCommandLine.Data)!,
            parse.GetValue(from)!,
            parse.GetValue(to)!,
            parse.GetValue(lane),
            parse.GetValue(format)!,
            parse.GetValue(output)!,
            parse.GetValue(user),
            parse.GetValue(rules),
            parse.GetValue(skipChain),
            parse.GetValue(ScreeningCommandLine.Json),
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo data, string fromText, string toText, string? lane, string formatText, FileInfo output,
        string? user, FileInfo? rulesFile, bool skipChain, bool json, CancellationToken cancel)
    {
        ReportQuery query;
        try
        {
            query = ReportQuery.Parse(fromText, toText, lane, includeReferences: false) with { VerifyChain = !skipChain };
        }
        catch (ReportException ex)
        {
            return Bad(ex.Message);
        }

        var format = Enum.Parse<ReportFormat>(formatText, ignoreCase: true);
        if (CliRules.LoadConfigured(rulesFile, "screening report: --rules") is not { } ruleSet)
        {
            return ExitCodes.BadInput;
        }

        var by = "anonymous";
        if (user is not null)
        {
            Account? account;
            try
            {
                account = new AccountStore(data.FullName).SignIn(user, AccountCommands.ReadPassword());
            }
            catch (AccountException ex)
            {
                return Bad(ex.Message);
            }

            if (account is null)
            {
                await Console.Error.WriteLineAsync($"screening report: --user: wrong account name or password for '{user}'");
                return ExitCodes.Denied;
            }

            if (account.Role is not (Role.Auditor or Role.SecurityManager))
            {
                await Console.Error.WriteLineAsync($"screening report: {account.Name} is a {account.Role}: only an Auditor or a SecurityManager may see person references (leave out --user for a report without them)");
                return ExitCodes.Denied;
            }

            by = account.Name;
            query = query with { IncludeReferences = true };
        }

        // Open the output first: a bad --out is found before a year of the log is read.
        var target = output.FullName;
        var partial = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Environment.ProcessId}.partial");
        if (Directory.Exists(target))
        {
            return Bad($"--out: '{target}' is a folder, not a file");
        }

        FileStream file;
        try
        {
            file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Bad($"--out: cannot write '{target}': {ex.Message}");
        }

        var clock = Stopwatch.StartNew();
        ReportSummary summary;
        try
        {
            await using (file)
            {
                summary = await new ReportWriter(data.FullName, ruleSet.Catalogue).WriteAsync(format, file, query, cancel);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (ReportException ex)
        {
            File.Delete(partial);
            return Bad(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await Console.Error.WriteLineAsync($"screening report: --out: writing '{target}' failed: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            File.Delete(partial);
            await Console.Error.WriteLineAsync("screening report: cancelled; nothing written");
            return ExitCodes.Failure;
        }
        catch (InvalidOperationException ex)
        {
            // The machine cannot make this report (a missing font package, a PDF library refusing): not the caller's input.
            File.Delete(partial);
            await Console.Error.WriteLineAsync($"screening report: {ex.Message}; nothing written");
            return ExitCodes.Failure;
        }

        clock.Stop();
        LogExport(data, by, format, query, target, summary, clock.Elapsed);
        Print(json, format, target, summary, clock.Elapsed);
        if (summary.Chain is { Checked: true, Verified: false })
        {
            await Console.Error.WriteLineAsync($"screening report: the search log chain is BROKEN in this period: {summary.Chain.FirstBroken}. The report was written and says so; security must investigate.");
            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }

    private static int Bad(string message)
    {
        Console.Error.WriteLine($"screening report: {message}");
        return ExitCodes.BadInput;
    }

    private static void Print(bool json, ReportFormat format, string target, ReportSummary s, TimeSpan elapsed)
    {
        if (json)
        {
            RulesCommands.WriteJson(w =>
            {
                w.WriteString("file", target);
                w.WriteString("format", format.ToString().ToLowerInvariant());
                w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
                w.WritePropertyName("summary");
                ReportWriter.WriteSummary(w, s);
            });
            return;
        }

        Console.Out.WriteLine($"{target}: {format.ToString().ToUpperInvariant()} report, {s.Query.From:yyyy-MM-dd HH:mm} to {s.Query.To:yyyy-MM-dd HH:mm} UTC{(s.Query.Lane is { } l ? $", lane {l}" : "")}");
        Console.Out.WriteLine($"  {s.Screenings:N0} screenings, {s.SirDrafts:N0} SIR drafts, {s.Records:N0} records; references {(s.Query.IncludeReferences ? "included" : ReportQuery.Withheld)}");
        Console.Out.WriteLine($"  chain {s.Chain.Word.ToLowerInvariant()} ({s.Chain.RecordsChecked:N0} records checked) in {elapsed.TotalSeconds:F1} s");
    }

    /// <summary>One event per export, in the data folder's report log (the lane's own log file is held by the running lane).</summary>
    private static void LogExport(DirectoryInfo data, string by, ReportFormat format, ReportQuery query, string target, ReportSummary s, TimeSpan elapsed)
    {
        try
        {
            using var log = new LoggerConfiguration()
                .WriteTo.File(new CompactJsonFormatter(), Path.Combine(data.FullName, "logs", "reports-.clef"), rollingInterval: RollingInterval.Day, shared: true)
                .CreateLogger();
            log.Information("Report {Format} {From:o} to {To:o} lane {Lane} exported by {User} (references {References}) to {File}: {Screenings} screenings, {SirDrafts} SIR drafts, chain {Chain} ({RecordsChecked} records) in {Seconds:F1} s",
                format, query.From, query.To, query.Lane ?? "all", by, query.IncludeReferences ? "included" : ReportQuery.Withheld, target,
                s.Screenings, s.SirDrafts, s.Chain.Word, s.Chain.RecordsChecked, elapsed.TotalSeconds);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder (an auditor's copy) still gets its report; the log line goes to stderr.
            Console.Error.WriteLine($"screening report: could not log the export in {data.FullName}/logs: {ex.Message}");
        }
    }
}
