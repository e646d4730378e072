using Screening.Station.SearchLog;
using Screening.Station.Simulation;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Lane;

/// <summary>
/// A lane that dies while a person waits on a search: the verdict that stopped them is not in the search log
/// until the officer records the outcome, so the lane keeps it in its journal and the restart records it.
/// Played as scenarios with a <c>restart</c> step (a new controller on the same search log and data folder, as a
/// new process makes one), and as separate runs on one data folder.
/// </summary>
public sealed class LaneRestartTests : IDisposable
{
    private const string Staff = """
        people:
          - { card: "12:1007", category: Staff, reference: S-007 }
        """;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "screening-restart-" + Guid.NewGuid().ToString("N"));

    private string JournalFile => Path.Combine(_data, "journal", "lane-1.json");

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_person_stopped_for_a_search_when_the_lane_dies_is_recorded_at_the_restart_with_the_verdict_and_the_late_find()
    {
        var (_, records) = await PlayAsync($$"""
            name: power cut during a search
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 3, expect: { stage: Searching, turnstile: Locked, outcome: Search } }
              - { at: 5, frame: { detections: [ { item: mobile-phone, confidence: 0.9 } ] } }
              - { at: 30, restart: "power cut" }
              - { at: 31, expect: { stage: Idle, turnstile: Locked } }
            """);

        Assert.Equal(["ScreeningInterrupted Interrupted"], ScreeningStory(records));
        var body = records.Single(r => r.Kind == RecordKind.ScreeningInterrupted).ParseBody();
        Assert.Equal("S-007", body["person"]!["reference"]!.GetValue<string>());
        Assert.Equal("Search", body["verdict"]!["outcome"]!.GetValue<string>());
        Assert.True(body["metalDetector"]!["alarm"]!.GetValue<bool>());
        Assert.Equal("mobile-phone", Assert.Single(body["detections"]!.AsArray())!["item"]!.GetValue<string>());
        Assert.Contains("outcome was awaited", body["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        // Recorded before the restarted lane says it started, and the journal is gone once it is in the log.
        var interrupted = records.Single(r => r.Kind == RecordKind.ScreeningInterrupted).Sequence;
        Assert.Equal(2, records.Count(r => r.Kind == RecordKind.LaneStarted));
        Assert.True(interrupted < records.Where(r => r.Kind == RecordKind.LaneStarted).Max(r => r.Sequence));
        Assert.False(File.Exists(JournalFile));
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_refusal_awaiting_the_officer_when_the_lane_dies_is_recorded_at_the_restart()
    {
        var (_, records) = await PlayAsync("""
            name: crash after a List A find
            randomDraw: 0.99
            steps:
              - { at: 0, identify: { category: Visitor, reference: V-7001, age: 29 } }
              - { at: 1, frame: { detections: [ { item: knife, confidence: 0.93 } ] } }
              - { at: 3, arch: clear }
              - { at: 3.5, expect: { outcome: Refuse, turnstile: Locked } }
              - { at: 20, restart: "the process was killed" }
              - { at: 21, expect: { stage: Idle, turnstile: Locked } }
            """);

        var body = records.Single(r => r.Kind == RecordKind.ScreeningInterrupted).ParseBody();
        Assert.Equal(("V-7001", "Refuse"), (body["person"]!["reference"]!.GetValue<string>(), body["verdict"]!["outcome"]!.GetValue<string>()));
        Assert.Equal("knife", Assert.Single(body["detections"]!.AsArray())!["item"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_whose_outcome_was_recorded_before_the_lane_died_is_not_recorded_again()
    {
        var (_, records) = await PlayAsync($$"""
            name: restart after the search ended
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 20, officer: { outcome: admit, searches: [Wand, RubDown], resolution: "belt buckle" } }
              - { at: 21, passage: in }
              - { at: 22, expect: { stage: Idle, turnstile: Locked } }
              - { at: 30, restart: "power cut" }
              - { at: 31, expect: { stage: Idle, turnstile: Locked } }
            """);

        Assert.Equal(["Screening Admitted", "ScreeningClosed Passed"], ScreeningStory(records));
        Assert.False(File.Exists(JournalFile));
    }

    [Fact]
    public async Task A_journal_left_behind_after_its_screening_was_recorded_adds_nothing_at_the_next_start()
    {
        // The first run ends with the person still waiting on the officer: its journal is on disk.
        await PlayAsync($$"""
            name: left waiting
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: { result: alarm, zones: [torso] } }
              - { at: 3, expect: { stage: Searching } }
            """);
        Assert.True(File.Exists(JournalFile), "the screening awaiting its search outcome left no journal");
        var stale = await File.ReadAllBytesAsync(JournalFile);

        // The next start records it; a copy of that journal put back (as a crash between the record and the
        // journal's removal would leave it) must not record the same screening twice.
        await PlayAsync("name: restart\nsteps:\n  - { at: 1, expect: { stage: Idle } }\n");
        await File.WriteAllBytesAsync(JournalFile, stale);
        var (_, records) = await PlayAsync("name: restart again\nsteps:\n  - { at: 1, expect: { stage: Idle } }\n");

        Assert.Equal(["ScreeningInterrupted Interrupted"], ScreeningStory(records));
        Assert.Equal(3, records.Count(r => r.Kind == RecordKind.LaneStarted));
        Assert.False(File.Exists(JournalFile));
    }

    [Fact]
    public async Task Records_the_search_log_refused_before_the_lane_died_are_written_once_it_takes_records_after_the_restart()
    {
        var (_, records) = await PlayAsync("""
            name: state change kept while the log refuses, then a crash
            randomDraw: 0.99
            steps:
              - { at: 0, fault: log-read-only }
              - { at: 1, alert: { state: Amber, by: SM-Jones, reason: "specific threat" } }
              - { at: 2, restart: "power cut while the log refused records" }
              - { at: 3, fault: log-writable }
              - { at: 5, expect: { stage: Idle, turnstile: Locked } }
            """);

        var change = Assert.Single(records, r => r.Kind == RecordKind.AlertStateChanged).ParseBody();
        Assert.Equal(("Amber", "SM-Jones"), (change["state"]!.GetValue<string>(), change["setBy"]!.GetValue<string>()));
        Assert.False(File.Exists(JournalFile));
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_kept_record_already_written_before_a_crash_is_not_written_again_from_a_stale_journal()
    {
        await PlayAsync("""
            name: kept at the end
            steps:
              - { at: 0, fault: log-read-only }
              - { at: 1, alert: { state: Red, by: SM-Jones, reason: "search of the wing" } }
            """);
        Assert.True(File.Exists(JournalFile), "the record the log refused left no journal");
        var stale = await File.ReadAllBytesAsync(JournalFile);

        await PlayAsync("name: restart\nsteps:\n  - { at: 1, expect: { stage: Idle } }\n");
        await File.WriteAllBytesAsync(JournalFile, stale);
        var (_, records) = await PlayAsync("name: restart again\nsteps:\n  - { at: 1, expect: { stage: Idle } }\n");

        Assert.Single(records, r => r.Kind == RecordKind.AlertStateChanged);
        Assert.False(File.Exists(JournalFile));
    }

    [Fact]
    public async Task A_passage_the_log_refused_before_a_crash_closes_its_screening_once_after_the_restart()
    {
        var (_, records) = await PlayAsync($$"""
            name: passage kept while the log refuses, then a crash
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: clear }
              - { at: 2.5, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 3, fault: log-read-only }
              - { at: 4, passage: in }
              - { at: 5, restart: "power cut while the log refused records" }
              - { at: 6, fault: log-writable }
              - { at: 8, expect: { stage: Idle, turnstile: Locked } }
            """);

        // The kept passage closes the screening: no "interrupted before its passage" besides it.
        Assert.Equal(["Screening Cleared", "ScreeningClosed Passed"], ScreeningStory(records));
        Assert.False(File.Exists(JournalFile));
    }

    [Fact]
    public async Task A_screening_handed_back_by_a_log_failure_and_then_lost_in_a_crash_is_closed_once_with_its_person()
    {
        // Cleared and free; the log fails on the next record, so the screening goes back to the officer (its
        // NotFreed cannot be written) and waits there when the lane dies.
        var (_, records) = await PlayAsync($$"""
            name: handback, then a crash
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: clear }
              - { at: 2.5, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 3, fault: log-read-only }
              - { at: 3.5, alert: { state: Amber, by: SM-Jones, reason: "specific threat" } }
              - { at: 4, expect: { stage: Searching, turnstile: Locked } }
              - { at: 5, restart: "power cut" }
              - { at: 6, fault: log-writable }
              - { at: 8, expect: { stage: Idle, turnstile: Locked } }
            """);

        Assert.Equal(["Screening Cleared", "ScreeningInterrupted Interrupted"], ScreeningStory(records));
        var interrupted = records.Single(r => r.Kind == RecordKind.ScreeningInterrupted).ParseBody();
        Assert.Equal("S-007", interrupted["person"]!["reference"]!.GetValue<string>());
        Assert.Single(records, r => r.Kind == RecordKind.AlertStateChanged);
        Assert.Equal(2, records.Count(r => r.Kind == RecordKind.LaneStarted));
        Assert.True(SearchLogVerifier.Verify(_data).Verified);
    }

    [Fact]
    public async Task A_clear_the_log_refused_and_a_crash_then_lost_still_counts_the_person_in_the_security_report()
    {
        // The log refuses the Cleared record, so the turnstile never frees and the screening goes back to the
        // officer; the lane dies there. No Screening record of this person exists: the interrupted one is theirs.
        var (_, records) = await PlayAsync($$"""
            name: clear refused by the log, then a crash
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 1, fault: log-read-only }
              - { at: 2, arch: clear }
              - { at: 3, expect: { stage: Searching, turnstile: Locked } }
              - { at: 4, restart: "power cut" }
              - { at: 5, fault: log-writable }
              - { at: 7, expect: { stage: Idle, turnstile: Locked } }
            """);
        Assert.Equal(["ScreeningInterrupted Interrupted"], ScreeningStory(records));

        using var cli = new ScreeningCli();
        var result = await cli.RunAsync("report", "--data", _data, "--from", "2000-01-01", "--to", "2100-01-01",
            "--format", "json", "--out", Path.Combine(cli.Folder, "report.json"), "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("screenings").GetInt32());
    }

    [Theory]
    [InlineData("not json {")]
    [InlineData("""{ "format": 2, "afterSequence": 0, "kept": [], "screening": { "kind": "ScreeningInterrupted", "body": { "status": "Interrupted" } } }""")]
    [InlineData("""{ "format": 2, "afterSequence": 0, "kept": [ { "kind": "FireRelease" } ] }""")]
    [InlineData("""{ "format": 2, "kept": [] }""")]
    [InlineData("""{ "format": 7, "afterSequence": 0, "kept": [] }""")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""{ "format": 2, "afterSequence": 0, "kept": [ { "kind": "Correction", "body": { "set": {} } } ] }""")]
    [InlineData("""{ "format": 2, "afterSequence": 0, "kept": [ { "kind": "Bogus", "body": { } } ] }""")]
    [InlineData("""{ "format": 2, "format": 2, "afterSequence": 0, "kept": [] }""")]
    [InlineData("""{ "format": 2, "afterSequence": "zero", "kept": [] }""")]
    public async Task An_unreadable_journal_is_set_aside_and_the_lane_starts_and_screens(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(JournalFile)!);
        await File.WriteAllTextAsync(JournalFile, content);

        var (_, records) = await PlayAsync($$"""
            name: start past a bad journal
            randomDraw: 0.99
            {{Staff}}
            steps:
              - { at: 0, card: "12:1007" }
              - { at: 2, arch: clear }
              - { at: 2.5, expect: { stage: AwaitingPassage, turnstile: FreeOnce } }
              - { at: 3, passage: in }
              - { at: 4, expect: { stage: Idle, turnstile: Locked } }
            """);

        Assert.Equal(["Screening Cleared", "ScreeningClosed Passed"], ScreeningStory(records));
        Assert.DoesNotContain(records, r => r.Kind == RecordKind.ScreeningInterrupted);
        Assert.False(File.Exists(JournalFile));
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(JournalFile)!, "lane-1.json.unreadable-*"));
        Assert.Equal(content, await File.ReadAllTextAsync(aside));
    }

    private Task<(IReadOnlyList<ScenarioLine> Lines, List<StoredRecord> Records)> PlayAsync(string scenario) =>
        ScenarioPlay.PlayAsync(Scenario.Parse(scenario, "restart"), _data);

    private static List<string> ScreeningStory(IEnumerable<StoredRecord> records) => ScenarioPlay.ScreeningStory(records);
}
