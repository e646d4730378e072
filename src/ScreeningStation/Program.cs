using Screening.Station.Cli;

return await ScreeningCommandLine.RunAsync(args);
