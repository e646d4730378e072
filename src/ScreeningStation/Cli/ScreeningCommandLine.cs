using System.CommandLine;

namespace Screening.Station.Cli;

/// <summary>
/// The one `screening` executable: the lane service and the tools (DESIGN.md's command line).
/// Every verb takes --data (the search log database and image store) and tools print JSON with --json.
/// </summary>
internal static class ScreeningCommandLine
{
    public static readonly Option<DirectoryInfo> Data = new("--data")
    {
        Description = "Folder of the search log database and the image store",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON instead of text",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Screening station: the controller of one prison gatehouse entry search lane.");
        root.Options.Add(Data);
        root.Options.Add(Json);
        root.Subcommands.Add(RunCommand.Build());
        root.Subcommands.Add(RulesCommands.Build());
        root.Subcommands.Add(EvaluateCommand.Build());
        root.Subcommands.Add(AnalyseCommand.Build());
        root.Subcommands.Add(XrayCommands.Build());
        root.Subcommands.Add(LogCommands.Build());
        root.Subcommands.Add(AlertCommands.Build());
        root.Subcommands.Add(AccountCommands.Build());
        root.Subcommands.Add(SimulateCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"screening: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Try 'screening --help'.");
            return ExitCodes.BadInput;
        }

        // On SIGTERM or Ctrl+C the command's token is cancelled, and the command is given this long to
        // finish: `run` stops its host in order (the open screening recorded, the turnstile locked, the
        // log closed) within the host's own 30-s shut-down limit. The library's 2-s default would end
        // the process in the middle of that.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(40) });
    }
}
