using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Screening.Devices.Simulation;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>Appending and reading back the search log.</summary>
public sealed partial class SearchLogStoreTests : IDisposable
{
    private readonly SearchLogFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_appended_record_reads_back_as_committed()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(1)));
        await using var store = _folder.Open(clock);
        var body = new JsonObject { ["person"] = "V-1234", ["outcome"] = "Search", ["searches"] = new JsonArray("RubDown", "Wand") };

        var stored = await store.AppendAsync(new NewRecord("lane-2", RecordKind.Screening, body));

        Assert.Equal(1, stored.Sequence);
        Assert.Equal(clock.GetUtcNow(), stored.Time);
        Assert.Equal(TimeSpan.Zero, stored.Time.Offset);
        Assert.Equal("lane-2", stored.Lane);
        Assert.Equal(RecordKind.Screening, stored.Kind);
        Assert.Null(stored.Corrects);
        Assert.Equal("""{"person":"V-1234","outcome":"Search","searches":["RubDown","Wand"]}""", stored.Body);
        Assert.Equal(RecordHash.Genesis, stored.PreviousHash);
        Assert.Matches("^sha256:[0-9a-f]{64}$", stored.Hash);
        Assert.Equal(stored, store.LastRecord);
        Assert.Equal(stored, store.Read(1));
    }

    [Fact]
    public async Task A_record_is_visible_to_another_connection_as_soon_as_append_returns()
    {
        await using var store = _folder.Open();

        await store.AppendAsync(SearchLogFolder.Screening(1));

        Assert.Equal(1, _folder.Count());
    }

    [Fact]
    public async Task Each_record_links_to_the_hash_of_the_one_before()
    {
        var written = await _folder.WriteScreeningsAsync(5);

        Assert.Equal([1L, 2, 3, 4, 5], written.Select(r => r.Sequence));
        for (var i = 1; i < written.Count; i++)
        {
            Assert.Equal(written[i - 1].Hash, written[i].PreviousHash);
        }

        Assert.Equal(5, written.Select(r => r.Hash).Distinct().Count());
    }

    [Fact]
    public async Task The_body_is_kept_as_given_and_later_changes_to_the_object_are_not_recorded()
    {
        await using var store = _folder.Open();
        var body = new JsonObject { ["z"] = 1, ["a"] = "O'Brien é <b>", ["m"] = new JsonObject { ["y"] = true, ["x"] = null } };

        var stored = await store.AppendAsync(new NewRecord("lane-1", RecordKind.Override, body));
        body["z"] = 2;

        Assert.Equal("""{"z":1,"a":"O'Brien é <b>","m":{"y":true,"x":null}}""", stored.Body);
        Assert.Equal(stored.Body, store.Read(1)!.Body);
        Assert.Equal("O'Brien é <b>", (string?)stored.ParseBody()["a"]);
    }

    [Fact]
    public async Task A_serialised_record_body_uses_camel_case_names()
    {
        await using var store = _folder.Open();

        var stored = await store.AppendAsync(NewRecord.Of("lane-1", RecordKind.AlertStateChanged, new AlertChange("Black", "Amber", "SM-7", "intelligence")));

        Assert.Equal("""{"from":"Black","to":"Amber","by":"SM-7","reason":"intelligence"}""", stored.Body);
    }

    private sealed record AlertChange(string From, string To, string By, string Reason);

    [Fact]
    public async Task Reopening_continues_the_same_chain()
    {
        var first = await _folder.WriteScreeningsAsync(3);

        await using var store = _folder.Open();
        Assert.Equal(first[^1], store.LastRecord);
        var next = await store.AppendAsync(SearchLogFolder.Screening(4));

        Assert.Equal(4, next.Sequence);
        Assert.Equal(first[^1].Hash, next.PreviousHash);
        Assert.True(SearchLogVerifier.Verify(_folder.Path).Verified);
    }

    [Fact]
    public async Task An_empty_log_has_no_last_record()
    {
        await using var store = _folder.Open();

        Assert.Null(store.LastRecord);
        Assert.Empty(store.ReadFrom(1));
    }

    [Fact]
    public async Task The_database_is_in_wal_mode_with_full_synchronous_writes()
    {
        await using var store = _folder.Open();
        await store.AppendAsync(SearchLogFolder.Screening(1));

        using var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.True(File.Exists(_folder.Database + "-wal"));
    }

    [Fact]
    public async Task A_correction_is_a_new_record_pointing_to_the_one_it_corrects()
    {
        await using var store = _folder.Open();
        var original = await store.AppendAsync(SearchLogFolder.Screening(1));
        await store.AppendAsync(SearchLogFolder.Screening(2));

        var correction = await store.AppendAsync(new NewRecord("lane-1", RecordKind.Correction,
            new JsonObject { ["field"] = "person", ["was"] = "V-1", ["now"] = "V-11", ["by"] = "SO-3" }, Corrects: original.Sequence));

        Assert.Equal(3, correction.Sequence);
        Assert.Equal(1, correction.Corrects);
        Assert.Equal(original, store.Read(1)); // unchanged
        Assert.Equal([correction], store.CorrectionsOf(1));
        Assert.Empty(store.CorrectionsOf(2));
    }

    [Fact]
    public async Task A_correction_must_name_an_existing_record()
    {
        await using var store = _folder.Open();
        await store.AppendAsync(SearchLogFolder.Screening(1));

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new NewRecord("lane-1", RecordKind.Correction, [])));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new NewRecord("lane-1", RecordKind.Correction, [], Corrects: 2)));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new NewRecord("lane-1", RecordKind.Correction, [], Corrects: 0)));
    }

    [Fact]
    public async Task An_unknown_kind_or_a_missing_lane_is_refused()
    {
        await using var store = _folder.Open();

        var kind = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new NewRecord("lane-1", "Screenning", [])));
        Assert.Contains("Screenning", kind.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new NewRecord(" ", RecordKind.Screening, [])));
        Assert.Null(store.LastRecord);
    }

    [Fact]
    public async Task Every_kind_the_security_department_reads_can_be_appended()
    {
        await using var store = _folder.Open();

        foreach (var kind in RecordKind.All.Where(k => k != RecordKind.Correction))
        {
            await store.AppendAsync(new NewRecord("lane-1", kind, []));
        }

        Assert.Equal(RecordKind.All.Count - 1, store.ReadFrom(1).Count());
        Assert.Subset(RecordKind.All.ToHashSet(), new HashSet<string>
        {
            "Screening", "AlertStateChanged", "DeviceFault", "FireRelease", "ForcedPassage", "Override", "RefusedFrame",
            "Correction", "LaneStarted", "ScreeningInterrupted", "RulesChanged",
        });
    }

    [Fact]
    public async Task ReadFrom_streams_records_in_sequence_from_the_one_asked()
    {
        await _folder.WriteScreeningsAsync(10);
        await using var store = _folder.Open();

        Assert.Equal([7L, 8, 9, 10], store.ReadFrom(7).Select(r => r.Sequence));
        Assert.Empty(store.ReadFrom(11));
    }

    [Fact]
    public async Task ReadRange_returns_the_records_written_in_a_time_range_optionally_of_one_lane()
    {
        var start = new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(start);
        await using var store = _folder.Open(clock);
        for (var hour = 0; hour < 6; hour++)
        {
            await store.AppendAsync(SearchLogFolder.Screening(hour, lane: hour % 2 == 0 ? "lane-1" : "lane-2"));
            clock.Advance(TimeSpan.FromHours(1));
        }

        var range = store.ReadRange(start.AddHours(1), start.AddHours(4)).ToList();
        var lane2 = store.ReadRange(start.AddHours(1), start.AddHours(4), "lane-2").ToList();
        // The same instant in another offset names the same range.
        var offset = store.ReadRange(start.AddHours(1).ToOffset(TimeSpan.FromHours(-5)), start.AddHours(4).ToOffset(TimeSpan.FromHours(2))).ToList();

        Assert.Equal([2L, 3, 4], range.Select(r => r.Sequence)); // from inclusive, to exclusive
        Assert.Equal([2L, 4], lane2.Select(r => r.Sequence));
        Assert.Equal(range, offset);
    }

    [Fact]
    public async Task Update_and_delete_through_the_store_connection_are_refused()
    {
        await using var store = _folder.Open();
        var stored = await store.AppendAsync(SearchLogFolder.Screening(1));

        var update = Assert.Throws<SqliteException>(() => store.ExecuteRaw("UPDATE records SET body = '{}' WHERE sequence = 1"));
        var delete = Assert.Throws<SqliteException>(() => store.ExecuteRaw("DELETE FROM records"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(stored, store.Read(1));
        // The store still appends after a refused statement.
        Assert.Equal(2, (await store.AppendAsync(SearchLogFolder.Screening(2))).Sequence);
    }

    [Fact]
    public async Task Reopening_restores_triggers_another_tool_dropped()
    {
        await _folder.WriteScreeningsAsync(1);
        _folder.Tamper("SELECT 1;");

        await using var store = _folder.Open();

        Assert.Throws<SqliteException>(() => store.ExecuteRaw("DELETE FROM records"));
    }

    [Fact]
    public void A_file_that_is_not_a_search_log_is_refused()
    {
        Directory.CreateDirectory(_folder.Path);
        using (var other = new SqliteConnection($"Data Source={_folder.Database};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE visitors (name TEXT);";
            command.ExecuteNonQuery();
        }

        var refused = Assert.Throws<SearchLogException>(() => _folder.Open());

        Assert.Equal(SearchLogFailure.NotASearchLog, refused.Failure);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_clear_cause()
    {
        Directory.CreateDirectory(_folder.Path);
        File.WriteAllText(_folder.Database, "this is not a database, just some text that is long enough to look like a header...........");

        var refused = Assert.Throws<SearchLogException>(() => _folder.Open());

        Assert.Equal(SearchLogFailure.Corrupt, refused.Failure);
        Assert.Contains(_folder.Database, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appending_after_dispose_is_refused()
    {
        var store = _folder.Open();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.AppendAsync(SearchLogFolder.Screening(1)));
    }

    [Fact]
    public async Task AddSearchLog_registers_the_store_and_image_store_in_the_data_folder_and_the_host_closes_them()
    {
        var services = new ServiceCollection();
        services.AddSearchLog(_ => _folder.Path);

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<SearchLogStore>();
            var images = provider.GetRequiredService<ImageStore>();
            Assert.Equal(_folder.Database, store.DatabasePath);
            Assert.Equal(Path.Combine(_folder.Path, "images"), images.Root);
            await store.AppendAsync(SearchLogFolder.Screening(1));
        }

        Assert.False(File.Exists(_folder.Database + "-wal")); // closed: the last connection checkpointed the WAL
        Assert.Equal(1, _folder.Count());
    }
}
