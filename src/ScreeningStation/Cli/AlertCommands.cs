using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Screening.Rules;
using Screening.Station.Accounts;
using Screening.Station.Alert;

namespace Screening.Station.Cli;

/// <summary>`screening alert show` and `screening alert set STATE --reason ... --by ...`.</summary>
/// <remarks>
/// The change is written to the data folder's alert-state file; a running lane picks it up at once
/// and records it in the search log. Who may run this is, until the console's accounts exist, whoever
/// may write the data folder (see README).
/// </remarks>
internal static class AlertCommands
{
    public static Command Build()
    {
        var alert = new Command("alert", "Show or change the state of alert");
        var rules = new Option<FileInfo?>("--rules") { Description = "Rule file whose states are valid (default: Lane:RulesFile, else the built-in rules)" };

        var show = new Command("show", "Show the state of alert in force") { rules };
        show.SetAction(parse => Show(parse.GetValue(ScreeningCommandLine.Data)!, parse.GetValue(rules), parse.GetValue(ScreeningCommandLine.Json)));
        alert.Subcommands.Add(show);

        var state = new Argument<string>("STATE") { Description = "The new state (Black, BlackSpecial, Amber, Red, or as the rule file names them)" };
        var reason = new Option<string>("--reason") { Description = "Why (logged and shown on the board)", Required = true };
        var user = new Option<string>("--user") { Description = "The security manager's account (password on standard input)", Required = true };
        var shutDown = new Option<string?>("--shut-down") { Description = "on or off (default: unchanged)" };
        shutDown.AcceptOnlyFromAmong("on", "off");
        var set = new Command("set", "Change the state of alert (takes effect at once on every lane using this data folder)") { state, reason, user, shutDown, rules };
        set.SetAction(parse => Set(
            parse.GetValue(ScreeningCommandLine.Data)!,
            parse.GetValue(rules),
            parse.GetValue(state)!,
            parse.GetValue(shutDown),
            parse.GetValue(user)!,
            parse.GetValue(reason)!,
            parse.GetValue(ScreeningCommandLine.Json)));
        alert.Subcommands.Add(set);
        return alert;
    }

    private static int Show(DirectoryInfo data, FileInfo? rulesFile, bool json)
    {
        if (CliRules.LoadConfigured(rulesFile, "screening alert") is not { } ruleSet)
        {
            return ExitCodes.BadInput;
        }

        using var board = new AlertBoard(data.FullName, () => ruleSet, TimeProvider.System);
        Print(board.Current, json);
        return ExitCodes.Ok;
    }

    private static int Set(DirectoryInfo data, FileInfo? rulesFile, string state, string? shutDown, string user, string reason, bool json)
    {
        if (CliRules.LoadConfigured(rulesFile, "screening alert") is not { } ruleSet)
        {
            return ExitCodes.BadInput;
        }

        // Only a signed-in security manager changes the state of alert; the change is logged with their name.
        Account? account;
        try
        {
            account = new AccountStore(data.FullName).SignIn(user, AccountCommands.ReadPassword());
        }
        catch (AccountException ex)
        {
            Console.Error.WriteLine($"screening alert set: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (account is null)
        {
            Console.Error.WriteLine($"screening alert set: --user: wrong account name or password for '{user}'");
            return ExitCodes.Denied;
        }

        if (account.Role != Role.SecurityManager)
        {
            Console.Error.WriteLine($"screening alert set: {account.Name} is a {account.Role}: only a SecurityManager may change the state of alert");
            return ExitCodes.Denied;
        }

        var by = account.Name;

        try
        {
            using var board = new AlertBoard(data.FullName, () => ruleSet, TimeProvider.System);
            var setting = board.Set(state, shutDown is null ? board.Current.ShutDown : shutDown == "on", by, reason);
            Print(setting, json);
            return ExitCodes.Ok;
        }
        catch (AlertSettingException ex)
        {
            Console.Error.WriteLine($"screening alert set: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"screening alert set: --data: cannot write the alert state in '{data.FullName}': {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static void Print(AlertSetting setting, bool json)
    {
        if (json)
        {
            RulesCommands.WriteJson(w =>
            {
                w.WriteString("state", setting.State);
                w.WriteBoolean("shutDown", setting.ShutDown);
                w.WriteString("setBy", setting.SetBy);
                w.WriteString("reason", setting.Reason);
                w.WriteString("at", setting.At);
            });
            return;
        }

        Console.Out.WriteLine($"{setting.State}{(setting.ShutDown ? " + SHUT DOWN" : "")}");
        Console.Out.WriteLine($"  set by {setting.SetBy} at {setting.At:u}: {setting.Reason}");
    }
}
