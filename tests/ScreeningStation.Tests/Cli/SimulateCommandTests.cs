using System.Text.Json;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>
/// `screening simulate`: the shipped scenarios are the lane's end-to-end tests. Each is played through
/// the real devices on the simulated board, the real flow, rules and SQLite search log, and must hold
/// every expectation it states.
/// </summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ScenarioFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>src/ScreeningStation/Scenarios, found from the test's output folder.</summary>
    private static string ScenarioFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "ScreeningStation", "Scenarios");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("src/ScreeningStation/Scenarios not found above the test folder");
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_shipped_scenario_holds_every_expectation_through_the_real_lane(string scenario)
    {
        var result = await _screening.RunAsync("simulate", Path.Combine(ScenarioFolder, scenario), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean(), result.Stdout);
        var timeline = report.RootElement.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, l => l.GetProperty("kind").GetString() == "expect");
        var firstDevice = timeline.First(l => l.GetProperty("kind").GetString() == "device");
        Assert.Equal("turnstile locked (StartUp)", firstDevice.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_scenario_whose_expectation_fails_exits_1_naming_it()
    {
        var file = _screening.WriteFile("wrong.yaml", """
            name: wrong expectation
            randomDraw: 0.99
            steps:
              - { at: 0, identify: { category: Staff, reference: S-1 } }
              - { at: 1, arch: { result: alarm, zones: [torso] } }
              - { at: 2, expect: { outcome: Clear } }
            """);

        var result = await _screening.RunAsync("simulate", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAILED (line 6): expected verdict Clear, was Search", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps:\n  - { at: 0, teleport: yes }", "unknown action 'teleport'")]
    [InlineData("steps:\n  - { at: 5, wait: x }\n  - { at: 1, wait: x }", "time order")]
    [InlineData("steps:\n  - { at: 0, card: \"abc\" }", "facility:number")]
    [InlineData("steps:\n  - { at: 0, arch: { result: alarm, zones: [elbow] } }", "unknown zone 'elbow'")]
    [InlineData("name: [unclosed", "YAML error")]
    [InlineData("steps:\n  - { at: 0, alert: { state: Purple, by: x, reason: y } }", "Purple")]
    public async Task A_bad_scenario_is_refused_with_exit_2_naming_the_problem(string yaml, string named)
    {
        var file = _screening.WriteFile("bad.yaml", yaml);

        var result = await _screening.RunAsync("simulate", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rehearsal_writes_nothing_into_the_default_data_folder_unless_asked()
    {
        var scenario = Path.Combine(ScenarioFolder, "clear-passage.yaml");
        var kept = Path.Combine(_screening.Folder, "kept");

        var rehearsal = await _screening.RunAsync("simulate", scenario);
        var recorded = await _screening.RunAsync("simulate", scenario, "--data", kept);
        var verify = await _screening.RunAsync("log", "verify", "--data", kept);

        Assert.Equal(0, rehearsal.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_screening.Folder, "data")), "a rehearsal wrote into ./data");
        Assert.Equal(0, recorded.ExitCode);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }
}
