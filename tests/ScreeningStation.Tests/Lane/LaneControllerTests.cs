using Screening.Station.SearchLog;
using Screening.Station.Simulation;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Lane;

/// <summary>
/// The lane controller with the real devices on the simulated board, a manual clock and a real search log,
/// played as scenarios (as `screening simulate` plays them): what the devices refuse reaches the flow, and
/// the search log never claims a passage the turnstile did not free.
/// </summary>
public sealed class LaneControllerTests : IDisposable
{
    private const string Admit = "{ outcome: admit, searches: [Wand, RubDown], resolution: \"belt buckle\" }";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "screening-lane-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_free_the_devices_refuse_after_an_admission_is_closed_as_not_freed_and_the_officer_admits_again()
    {
        // The alarm line sticks as the officer admits: the lane has heard of no fault, the devices refuse the free.
        var (lines, records) = await PlayAsync(Scenario.Parse($$"""
            name: refused free
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 20, fault: stuck-alarm }
              - { at: 20.5, officer: {{Admit}} }
              - { at: 21, expect: { stage: Searching, turnstile: Locked } }
              - { at: 25, fault: alarm-freed }
              - { at: 26, officer: {{Admit}} }
              - { at: 27, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 28, passage: in }
              - { at: 29, expect: { stage: Idle, turnstile: Locked } }
            """, "refused-free"));

        Assert.Contains(lines, l => l is { Kind: "device", Text: "FreeOnce refused: the metal detector is alarming" });
        Assert.Contains(lines, l => l.Kind == "officer" && l.Text.StartsWith("TURNSTILE NOT FREED: the metal detector is alarming", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("FAILED", StringComparison.Ordinal));

        // The admission's record had to be durable before the free was asked for; the next record says nobody
        // passed on it, and "Passed" comes only after the admission that did free the turnstile.
        Assert.Equal(["Screening Admitted", "ScreeningClosed NotFreed", "Screening Admitted", "ScreeningClosed Passed"], ScreeningStory(records));
        var admitted = records.Where(r => r.Kind == RecordKind.Screening).Select(r => r.ParseBody()).ToList();
        Assert.Equal(admitted[0]["screening"]!.GetValue<string>(), admitted[1]["screening"]!.GetValue<string>());
        var refusal = Assert.Single(admitted[1]["freeRefusals"]!.AsArray())!;
        Assert.Equal(("devices", "the metal detector is alarming"), (refusal["refusedBy"]!.GetValue<string>(), refusal["reason"]!.GetValue<string>()));
        Assert.DoesNotContain(records, r => r.Kind == RecordKind.ForcedPassage);
    }

    [Fact]
    public async Task An_admission_the_search_log_cannot_record_goes_back_to_the_officer_who_admits_again_once_it_records()
    {
        var (lines, records) = await PlayAsync(Scenario.Parse($$"""
            name: search log read-only
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 20, fault: log-read-only }
              - { at: 20.5, officer: {{Admit}} }
              - { at: 21, expect: { stage: Searching, turnstile: Locked } }
              - { at: 25, fault: log-writable }
              - { at: 26, officer: {{Admit}} }
              - { at: 27, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 28, passage: in }
              - { at: 29, expect: { stage: Idle, turnstile: Locked } }
            """, "log-read-only"));

        Assert.Contains(lines, l => l.Kind == "officer" && l.Text.StartsWith("The search log could not record this: the lane is locked", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("FAILED", StringComparison.Ordinal));

        // Nothing of the first admission reached the log; the second, which freed the turnstile, says why it
        // took two, and the passage closes it.
        Assert.Equal(["Screening Admitted", "ScreeningClosed Passed"], ScreeningStory(records));
        var admitted = records.Single(r => r.Kind == RecordKind.Screening).ParseBody();
        var refusal = Assert.Single(admitted["freeRefusals"]!.AsArray())!;
        Assert.Equal("search log", refusal["refusedBy"]!.GetValue<string>());
        Assert.Contains("read-only", refusal["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_search_log_failure_while_the_turnstile_is_free_hands_the_screening_back_instead_of_jamming_the_lane()
    {
        // The clear is durable and the turnstile free; then the log fails on the next record (a state change):
        // the lane locks, and the flow must not go on waiting for a passage that can no longer happen.
        var (lines, records) = await PlayAsync(Scenario.Parse("""
            name: log fails while free
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: clear }
              - { at: 2.5, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 3, fault: log-read-only }
              - { at: 3.5, alert: { state: Amber, by: SM-Jones, reason: "specific threat" } }
              - { at: 4, expect: { stage: Searching, turnstile: Locked } }
              - { at: 10, fault: log-writable }
              - { at: 11, officer: { outcome: admit, searches: [] } }
              - { at: 12, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 13, passage: in }
              - { at: 14, expect: { stage: Idle, turnstile: Locked } }
            """, "log-fails-while-free"));

        Assert.Contains(lines, l => l.Kind == "officer" && l.Text.StartsWith("The search log could not record this: the lane is locked", StringComparison.Ordinal));
        Assert.Equal(["Screening Cleared", "Screening Admitted", "ScreeningClosed Passed"], ScreeningStory(records));
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_refusal_the_search_log_cannot_record_is_kept_and_written_first_once_it_records_again()
    {
        var (lines, records) = await PlayAsync(Scenario.Parse("""
            name: refusal while the log is read-only
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
            steps:
              - { at: 0, identify: { category: Visitor, reference: V-7001, age: 29 } }
              - { at: 1, frame: { detections: [ { item: knife, confidence: 0.93 } ] } }
              - { at: 3, arch: clear }
              - { at: 50, fault: log-read-only }
              - { at: 60, officer: { outcome: refuse, searches: [BagHandSearch], found: [knife], disposal: Police, sir: true } }
              - { at: 61, expect: { stage: Idle, turnstile: Locked } }
              - { at: 70, fault: log-writable }
              - { at: 80, card: "12:1007" }
              - { at: 82, arch: clear }
              - { at: 83, passage: in }
              - { at: 84, expect: { stage: Idle, turnstile: Locked } }
            """, "refusal-kept"));

        Assert.Contains(lines, l => l.Kind == "officer" && l.Text.StartsWith("The search log is writing again: 1 record(s)", StringComparison.Ordinal));
        Assert.Equal(["Screening Refused", "Screening Cleared", "ScreeningClosed Passed"], ScreeningStory(records));
        var refused = records.First(r => r.Kind == RecordKind.Screening).ParseBody();
        Assert.Equal("V-7001", refused["person"]!["reference"]!.GetValue<string>());
        Assert.Equal("knife", refused["outcome"]!["itemsFound"]![0]!.GetValue<string>());
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_fire_release_while_the_search_log_fails_keeps_its_records_and_the_interrupted_screening()
    {
        var (_, records) = await PlayAsync(Scenario.Parse("""
            name: fire release while the log is read-only
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 10, fault: log-read-only }
              - { at: 20, fire: open }
              - { at: 30, fire: restore }
              - { at: 40, fault: log-writable }
              - { at: 50, fire: { action: acknowledge, officer: SO-Jones } }
              - { at: 51, expect: { stage: Idle, turnstile: Locked } }
            """, "fire-log-read-only"));

        Assert.Equal(["ScreeningInterrupted Interrupted"], ScreeningStory(records));
        Assert.Equal(2, records.Count(r => r.Kind == RecordKind.FireRelease));
        var kinds = records.Select(r => r.Kind).ToList();
        Assert.True(kinds.IndexOf(RecordKind.FireRelease) < kinds.IndexOf(RecordKind.ScreeningInterrupted), "kept records are written in their order");
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_person_who_turns_back_through_the_free_turnstile_does_not_jam_the_lane()
    {
        var (_, records) = await PlayAsync(Scenario.Parse("""
            name: turned back
            randomDraw: 0.99
            people:
              - { card: "12:1007", category: Staff, reference: S-007 }
              - { card: "12:1008", category: Staff, reference: S-008 }
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: clear }
              - { at: 3, passage: out }
              - { at: 3.5, expect: { stage: Idle, turnstile: Locked } }
              - { at: 5, card: "12:1008" }
              - { at: 7, arch: clear }
              - { at: 8, passage: in }
              - { at: 9, expect: { stage: Idle, turnstile: Locked } }
            """, "turned-back"));

        Assert.Equal(["Screening Cleared", "ScreeningClosed NoPassage", "Screening Cleared", "ScreeningClosed Passed"], ScreeningStory(records));
        Assert.DoesNotContain(records, r => r.Kind == RecordKind.ForcedPassage);
    }

    [Fact]
    public async Task Admissions_are_refused_with_the_reason_until_every_detector_fault_has_cleared()
    {
        var (lines, records) = await PlayAsync(Scenario.Load(ShippedScenario("fault-during-admit.yaml")));

        var told = lines.Where(l => l.Kind == "officer").Select(l => l.Text).ToList();
        Assert.Contains(told, t => t.StartsWith("Outcome not recorded: metal detector faulted (NotReady, StuckAlarm): the turnstile cannot be freed", StringComparison.Ordinal));
        Assert.Contains(told, t => t.StartsWith("Metal detector StuckAlarm cleared, but it is still faulted (NotReady)", StringComparison.Ordinal));
        Assert.Contains(told, t => t.StartsWith("Outcome not recorded: metal detector faulted (NotReady): the turnstile cannot be freed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("FAILED", StringComparison.Ordinal));

        // Refused up front: no record until the admission that freed the turnstile, which lists every refusal.
        Assert.Equal(["Screening Admitted", "ScreeningClosed NotFreed", "Screening Admitted", "ScreeningClosed Passed"], ScreeningStory(records));
        var last = records.Last(r => r.Kind == RecordKind.Screening).ParseBody();
        Assert.Equal(["devices", "lane", "lane"], last["freeRefusals"]!.AsArray().Select(r => r!["refusedBy"]!.GetValue<string>()));
        var readyRestored = records.FindIndex(r => r.Kind == RecordKind.DeviceFault
            && r.ParseBody() is var body && body["detail"]?.GetValue<string>() == "NotReady" && body["faulted"]?.GetValue<bool>() == false);
        Assert.True(readyRestored >= 0 && readyRestored < records.FindLastIndex(r => r.Kind == RecordKind.Screening), "admitted before the last detector fault cleared");
    }

    [Fact]
    public async Task The_console_counts_a_screening_admitted_again_after_a_refused_free_once()
    {
        await using var runner = new ScenarioRunner(Scenario.Load(ShippedScenario("fault-during-admit.yaml")), _data, rulesFile: null);
        await runner.RunAsync(CancellationToken.None);
        Assert.True(runner.Failures == 0, string.Join('\n', runner.Lines.Select(l => $"{l.Seconds} {l.Kind} {l.Text}")));

        // Two Screening records under one id (Admitted, NotFreed, Admitted, Passed): one person screened.
        Assert.Equal(1, runner.Snapshot.Screenings);
    }

    /// <summary>Plays the scenario (every expectation must hold) and returns its printout and the search log.</summary>
    private Task<(IReadOnlyList<ScenarioLine> Lines, List<StoredRecord> Records)> PlayAsync(Scenario scenario) => ScenarioPlay.PlayAsync(scenario, _data);

    private static List<string> ScreeningStory(IEnumerable<StoredRecord> records) => ScenarioPlay.ScreeningStory(records);

    private static string ShippedScenario(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "ScreeningStation", "Scenarios", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"src/ScreeningStation/Scenarios/{name} not found above the test folder");
    }
}
