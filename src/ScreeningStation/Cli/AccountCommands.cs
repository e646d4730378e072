using System.CommandLine;
using Screening.Station.Accounts;

namespace Screening.Station.Cli;

/// <summary>
/// `screening accounts add NAME --role ROLE` and `accounts passwd NAME` (passwords on standard input),
/// `accounts set-role NAME --role ROLE`, `accounts remove NAME` and `accounts list`.
/// Adding an account is a local administration task: it needs write access to the data folder, as
/// adding a system user needs root. There is no default account.
/// </summary>
internal static class AccountCommands
{
    public static Command Build()
    {
        var accounts = new Command("accounts", "Officer accounts (the first one is created here; there is no default)");

        var name = new Argument<string>("NAME") { Description = "The officer's account name" };
        var role = new Option<Role>("--role") { Description = "SearchOfficer, SecurityManager or Auditor", Required = true };
        var add = new Command("add", "Add an account; the password is read from standard input (one line, at least 12 characters)") { name, role };
        add.SetAction(parse => Add(parse.GetValue(ScreeningCommandLine.Data)!, parse.GetValue(name)!, parse.GetValue(role)));
        accounts.Subcommands.Add(add);

        var removeName = new Argument<string>("NAME") { Description = "The account to remove" };
        var remove = new Command("remove", "Remove an account (its console sessions end)") { removeName };
        remove.SetAction(parse => Change("remove", parse.GetValue(ScreeningCommandLine.Data)!, store => store.Remove(parse.GetValue(removeName)!), "removed"));
        accounts.Subcommands.Add(remove);

        var roleName = new Argument<string>("NAME") { Description = "The account" };
        var newRole = new Option<Role>("--role") { Description = "SearchOfficer, SecurityManager or Auditor", Required = true };
        var setRole = new Command("set-role", "Give an account another role (its console sessions end)") { roleName, newRole };
        setRole.SetAction(parse => Change("set-role", parse.GetValue(ScreeningCommandLine.Data)!, store => store.SetRole(parse.GetValue(roleName)!, parse.GetValue(newRole)), "now has its new role"));
        accounts.Subcommands.Add(setRole);

        var passwordName = new Argument<string>("NAME") { Description = "The account" };
        var passwd = new Command("passwd", "Set a new password, read from standard input (its console sessions end)") { passwordName };
        passwd.SetAction(parse => Change("passwd", parse.GetValue(ScreeningCommandLine.Data)!, store => store.SetPassword(parse.GetValue(passwordName)!, ReadPassword()), "has a new password"));
        accounts.Subcommands.Add(passwd);

        var list = new Command("list", "List the accounts and their roles");
        list.SetAction(parse => List(parse.GetValue(ScreeningCommandLine.Data)!, parse.GetValue(ScreeningCommandLine.Json)));
        accounts.Subcommands.Add(list);
        return accounts;
    }

    /// <summary>One line from standard input: the password (never an argument, where it would show in `ps`).</summary>
    public static string ReadPassword() => (Console.In.ReadLine() ?? "").TrimEnd('\r');

    private static int Add(DirectoryInfo data, string name, Role role)
    {
        try
        {
            var account = new AccountStore(data.FullName).Add(name, role, ReadPassword());
            Console.Out.WriteLine($"account {account.Name} ({account.Role}) added");
            return ExitCodes.Ok;
        }
        catch (AccountException ex)
        {
            Console.Error.WriteLine($"screening accounts add: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int Change(string verb, DirectoryInfo data, Func<AccountStore, Account> change, string done)
    {
        try
        {
            var account = change(new AccountStore(data.FullName));
            Console.Out.WriteLine($"account {account.Name} ({account.Role}) {done}");
            return ExitCodes.Ok;
        }
        catch (AccountException ex)
        {
            Console.Error.WriteLine($"screening accounts {verb}: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int List(DirectoryInfo data, bool json)
    {
        try
        {
            var all = new AccountStore(data.FullName).All();
            if (json)
            {
                RulesCommands.WriteJson(w =>
                {
                    w.WriteStartArray("accounts");
                    foreach (var account in all)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", account.Name);
                        w.WriteString("role", account.Role.ToString());
                        w.WriteString("created", account.Created);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            }
            else
            {
                foreach (var account in all)
                {
                    Console.Out.WriteLine($"{account.Name,-24} {account.Role}");
                }
            }

            return ExitCodes.Ok;
        }
        catch (AccountException ex)
        {
            Console.Error.WriteLine($"screening accounts list: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
