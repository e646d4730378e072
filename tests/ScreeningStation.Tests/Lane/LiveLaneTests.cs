using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Lane;

/// <summary>
/// The lane as a user starts it (`screening run`, simulated devices and traffic): people are screened,
/// every screening lands in the search log, and the log verifies after a clean stop.
/// </summary>
public sealed class LiveLaneTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private string Data => Path.Combine(_screening.Folder, "lane-data");

    private static bool IsDecision(string line) =>
        line.Contains("CLEAR:", StringComparison.Ordinal) || line.Contains("SEARCH:", StringComparison.Ordinal)
        || line.Contains("REFUSE:", StringComparison.Ordinal);

    /// <summary>
    /// Runs the simulated lane until <paramref name="decisions"/> lines matching <paramref name="counts"/>
    /// have been printed, stops it with SIGTERM as a service manager would, and returns what it printed.
    /// </summary>
    private async Task<string> RunUntilAsync(Func<string, bool> counts, int decisions, double searchSeconds)
    {
        using var process = _screening.Start("run", "--data", Data,
            "--Lane:Simulation:PersonsPerHour=3600", $"--Lane:Simulation:SearchSeconds={searchSeconds.ToString(CultureInfo.InvariantCulture)}");
        var stdout = new StringBuilder();
        var seen = 0;
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            if (counts(e.Data) && Interlocked.Increment(ref seen) >= decisions)
            {
                enough.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();

        try
        {
            await Task.WhenAny(enough.Task, process.WaitForExitAsync()).WaitAsync(Limit);
            Assert.True(enough.Task.IsCompleted, $"fewer than {decisions} such decisions were printed: {stdout}");
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{await stderr}");
        lock (stdout)
        {
            return stdout.ToString();
        }
    }

    [Fact]
    public async Task The_simulated_lane_screens_people_and_every_screening_is_in_a_verified_log()
    {
        var stdout = await RunUntilAsync(IsDecision, decisions: 3, searchSeconds: 1);

        var verify = await _screening.RunAsync("log", "verify", "--data", Data, "--json");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        using var report = JsonDocument.Parse(verify.Stdout);
        var records = report.RootElement.EnumerateObject().First(p => p.Name.Contains("records", StringComparison.OrdinalIgnoreCase)).Value.GetInt64();
        Assert.True(records >= 4, $"only {records} records: a lane start and at least three screenings were expected\n{verify}");

        // Every person decided is in the log, one still waiting on a search at the stop included.
        var screenings = (await _screening.RecentReportSummaryAsync(Data)).GetProperty("screenings").GetInt64();
        Assert.True(screenings >= 3, $"only {screenings} screenings in the report after 3 people were decided\n{stdout}");

        // The simulated scanner's bag images went through the drop folder and the analyser into the records.
        var images = report.RootElement.EnumerateObject().First(p => p.Name.Contains("images", StringComparison.OrdinalIgnoreCase)).Value.GetInt64();
        Assert.True(images >= 1, $"no x-ray image was recorded with a screening\n{verify}");
    }

    [Fact]
    public async Task A_person_still_being_searched_when_the_lane_stops_is_recorded_as_interrupted()
    {
        // The simulated officer takes a minute over each search: the stop comes in the middle of it.
        var stdout = await RunUntilAsync(
            line => line.Contains("SEARCH:", StringComparison.Ordinal) || line.Contains("REFUSE:", StringComparison.Ordinal),
            decisions: 1, searchSeconds: 60);

        var byStatus = (await _screening.RecentReportSummaryAsync(Data)).GetProperty("byCategoryAndStatus");
        var interrupted = byStatus.EnumerateObject()
            .Sum(category => category.Value.TryGetProperty("Interrupted", out var n) ? n.GetInt64() : 0);
        Assert.True(interrupted == 1, $"expected the searched person as one Interrupted screening, got {byStatus}\n{stdout}");

        var verify = await _screening.RunAsync("log", "verify", "--data", Data);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }
}
