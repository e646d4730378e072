using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Screening.Station.Tests.Support;

/// <summary>What one run of the `screening` executable did.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the built `screening` executable as the operator would, in a scratch working folder (so
/// `./data` lands there), and bounded in time so a hung process fails the test instead of the run.
/// </summary>
internal sealed class ScreeningCli : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public ScreeningCli() => Directory.CreateDirectory(Folder);

    /// <summary>The working folder of every run.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "screening-cli-" + Guid.NewGuid().ToString("N"));

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "screening.dll");

    /// <summary>The dotnet host running these tests (set by `dotnet test`), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Lane__Urls"] = "http://127.0.0.1:0"; // every lane a test starts listens on a free loopback port
        return Process.Start(start) ?? throw new InvalidOperationException("could not start screening");
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>
    /// The summary of `screening report` over the data folder's recent days (yesterday to tomorrow, UTC,
    /// so a run crossing midnight is still inside), as the security department would export it.
    /// </summary>
    public async Task<JsonElement> RecentReportSummaryAsync(string data)
    {
        var from = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var export = await RunAsync("report", "--data", data, "--from", from, "--to", to, "--format", "csv",
            "--out", Path.Combine(Folder, "recent-" + Guid.NewGuid().ToString("N")[..8] + ".csv"), "--json");
        Assert.True(export.ExitCode == 0, export.ToString());
        using var json = JsonDocument.Parse(export.Stdout);
        return json.RootElement.GetProperty("summary").Clone();
    }

    public async Task<CliResult> RunWithInputAsync(string? stdin, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"screening {string.Join(' ', args)} did not finish within {Limit}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }
}
