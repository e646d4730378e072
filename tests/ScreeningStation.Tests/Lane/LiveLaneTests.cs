using System.Diagnostics;
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

    [Fact]
    public async Task The_simulated_lane_screens_people_and_every_screening_is_in_a_verified_log()
    {
        var data = Path.Combine(_screening.Folder, "lane-data");
        using var process = _screening.Start("run", "--data", data,
            "--Lane:Simulation:PersonsPerHour=3600", "--Lane:Simulation:SearchSeconds=1");
        var stdout = new StringBuilder();
        var decided = 0;
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

            if ((e.Data.Contains("CLEAR:", StringComparison.Ordinal) || e.Data.Contains("SEARCH:", StringComparison.Ordinal)
                || e.Data.Contains("REFUSE:", StringComparison.Ordinal)) && Interlocked.Increment(ref decided) >= 3)
            {
                enough.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();

        try
        {
            await Task.WhenAny(enough.Task, process.WaitForExitAsync()).WaitAsync(Limit);
            Assert.True(enough.Task.IsCompleted, $"fewer than 3 people were decided: {stdout}");
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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

        var verify = await _screening.RunAsync("log", "verify", "--data", data, "--json");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        using var report = JsonDocument.Parse(verify.Stdout);
        var records = report.RootElement.EnumerateObject().First(p => p.Name.Contains("records", StringComparison.OrdinalIgnoreCase)).Value.GetInt64();
        Assert.True(records >= 4, $"only {records} records: a lane start and at least three screenings were expected\n{verify}");

        // The simulated scanner's bag images went through the drop folder and the analyser into the records.
        var images = report.RootElement.EnumerateObject().First(p => p.Name.Contains("images", StringComparison.OrdinalIgnoreCase)).Value.GetInt64();
        Assert.True(images >= 1, $"no x-ray image was recorded with a screening\n{verify}");
    }
}
