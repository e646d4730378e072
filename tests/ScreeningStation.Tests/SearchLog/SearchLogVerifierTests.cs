using System.Text.Json.Nodes;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>
/// Tampering through another tool (a raw SQLite connection with the triggers dropped, as an
/// attacker holding the file would) is found at the exact first broken record.
/// </summary>
public sealed class SearchLogVerifierTests : IDisposable
{
    private readonly SearchLogFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_untouched_log_verifies_with_its_totals()
    {
        var written = await _folder.WriteScreeningsAsync(10);

        var result = SearchLogVerifier.Verify(_folder.Path);

        Assert.True(result.Verified);
        Assert.Null(result.Error);
        Assert.Null(result.FirstBroken);
        Assert.Equal(10, result.Records);
        Assert.Equal(10, result.LastSequence);
        Assert.Equal(written[^1].Hash, result.LastHash);
        Assert.Equal(written[0].Time, result.FirstTime);
        Assert.Equal(written[^1].Time, result.LastTime);
        Assert.Equal(0, result.Problems);
    }

    [Fact]
    public async Task An_empty_log_verifies()
    {
        await using (_folder.Open())
        {
        }

        var result = SearchLogVerifier.Verify(_folder.Path);

        Assert.True(result.Verified);
        Assert.Equal(0, result.Records);
        Assert.Null(result.LastHash);
    }

    [Fact]
    public void A_missing_log_does_not_verify_and_is_not_created()
    {
        var result = SearchLogVerifier.Verify(_folder.Path);

        Assert.False(result.Verified);
        Assert.Contains("no search log", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Database));
    }

    [Fact]
    public async Task An_edited_body_is_found_at_its_record()
    {
        await _folder.WriteScreeningsAsync(10);

        _folder.Tamper("""UPDATE records SET body = '{"person":"V-6","category":"Visitor","outcome":"Refuse"}' WHERE sequence = 6;""");

        var broken = AssertBrokenAt(6, RecordKind.Screening);
        Assert.Contains("does not match its hash", broken.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time", "'2020-01-01T00:00:00.0000000Z'")]
    [InlineData("lane", "'lane-9'")]
    [InlineData("kind", "'Override'")]
    [InlineData("corrects", "1")]
    public async Task Any_edited_field_is_found_at_its_record(string column, string value)
    {
        await _folder.WriteScreeningsAsync(5);

        _folder.Tamper($"UPDATE records SET {column} = {value} WHERE sequence = 4;");

        Assert.Equal(4, SearchLogVerifier.Verify(_folder.Path).FirstBroken?.Sequence);
    }

    [Fact]
    public async Task An_edit_with_its_hash_recomputed_is_found_at_the_next_record()
    {
        var written = await _folder.WriteScreeningsAsync(5);
        var r3 = written[2];
        const string Body = """{"person":"V-3","category":"Visitor","outcome":"Refuse"}""";
        var forged = RecordHash.Compute(3, StoredRecord.FormatTime(r3.Time), r3.Lane, r3.Kind, null, Body, r3.PreviousHash);

        _folder.Tamper($"UPDATE records SET body = '{Body}', hash = '{forged}' WHERE sequence = 3;");

        var broken = AssertBrokenAt(4, RecordKind.Screening);
        Assert.Contains("previous hash does not match the hash of record 3", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_record_is_found_at_its_sequence()
    {
        await _folder.WriteScreeningsAsync(10);

        _folder.Tamper("DELETE FROM records WHERE sequence = 5;");

        var result = SearchLogVerifier.Verify(_folder.Path);
        Assert.False(result.Verified);
        Assert.Equal(new BrokenRecord(5, null, "record 5 is missing (the next record is 6)"), result.FirstBroken);
        Assert.Equal(9, result.Records);
    }

    [Fact]
    public async Task Deleted_first_records_are_found_at_sequence_1()
    {
        await _folder.WriteScreeningsAsync(5);

        _folder.Tamper("DELETE FROM records WHERE sequence <= 2;");

        Assert.Equal(new BrokenRecord(1, null, "records 1 to 2 are missing (the next record is 3)"), SearchLogVerifier.Verify(_folder.Path).FirstBroken);
    }

    [Fact]
    public async Task Deleted_and_renumbered_records_are_found_where_the_chain_breaks()
    {
        await _folder.WriteScreeningsAsync(6);

        _folder.Tamper("DELETE FROM records WHERE sequence = 3; UPDATE records SET sequence = sequence - 1 WHERE sequence > 3;");

        var broken = AssertBrokenAt(3, RecordKind.Screening);
        Assert.Contains("previous hash does not match", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordered_records_are_found_at_the_first_moved_one()
    {
        await _folder.WriteScreeningsAsync(6);

        _folder.Tamper("""
            UPDATE records SET sequence = -1 WHERE sequence = 3;
            UPDATE records SET sequence = 3 WHERE sequence = 4;
            UPDATE records SET sequence = 4 WHERE sequence = -1;
            """);

        AssertBrokenAt(3, RecordKind.Screening);
    }

    [Fact]
    public async Task A_record_inserted_into_the_chain_is_found()
    {
        var written = await _folder.WriteScreeningsAsync(3);

        _folder.Tamper($"""
            INSERT INTO records (sequence, time, lane, kind, corrects, body, previous_hash, hash)
            VALUES (4, '2026-01-01T00:00:00.0000000Z', 'lane-1', 'Screening', NULL, '{"{}"}', '{written[^1].Hash}', '{RecordHash.Genesis}');
            """);

        AssertBrokenAt(4, RecordKind.Screening);
    }

    [Fact]
    public async Task After_a_break_verification_counts_every_broken_record_and_names_the_first()
    {
        await _folder.WriteScreeningsAsync(10);

        _folder.Tamper("UPDATE records SET lane = 'x' WHERE sequence IN (3, 7);");

        var result = SearchLogVerifier.Verify(_folder.Path);
        Assert.Equal(3, result.FirstBroken?.Sequence);
        Assert.Equal(2, result.Problems);
        Assert.Equal(10, result.Records);
    }

    [Fact]
    public async Task A_referenced_image_that_was_altered_or_removed_is_found_at_its_record()
    {
        var images = new ImageStore(_folder.Path);
        var bag = images.Put([1, 2, 3, 4], ".png");
        var tray = images.Put([5, 6, 7], ".png");
        await using (var store = _folder.Open())
        {
            await store.AppendAsync(SearchLogFolder.Screening(1));
            await store.AppendAsync(new NewRecord("lane-1", RecordKind.Screening, new JsonObject
            {
                ["person"] = "V-2",
                ["detections"] = new JsonArray(new JsonObject { ["item"] = "knife", ["image"] = bag }),
            }));
            await store.AppendAsync(new NewRecord("lane-1", RecordKind.RefusedFrame, new JsonObject { ["images"] = new JsonArray(tray) }));
        }

        var intact = SearchLogVerifier.Verify(_folder.Path);
        Assert.True(intact.Verified, intact.FirstBroken?.ToString());
        Assert.Equal(2, intact.ImagesChecked);

        File.WriteAllBytes(images.Find(tray)!, [5, 6, 8]);
        var altered = AssertBrokenAt(3, RecordKind.RefusedFrame);
        Assert.Equal($"image {tray} was altered: its file no longer has that hash", altered.Reason);

        File.Delete(images.Find(bag)!);
        var missing = AssertBrokenAt(2, RecordKind.Screening);
        Assert.Equal($"image {bag} is missing from the image store", missing.Reason);
    }

    [Fact]
    public void Image_references_are_hash_strings_anywhere_under_an_image_or_images_property()
    {
        var a = "sha256:" + new string('a', 64);
        var b = "sha256:" + new string('b', 64);
        var c = "sha256:" + new string('c', 64);
        var d = "sha256:" + new string('d', 64);
        var body = new JsonObject
        {
            ["ruleSetHash"] = d, // not an image
            ["image"] = a,
            ["images"] = new JsonArray(b, new JsonObject { ["original"] = c }),
            ["detections"] = new JsonArray(new JsonObject { ["image"] = "sha256:not-a-hash" }),
        };

        Assert.Equal([a, b, c], SearchLogVerifier.ImageReferences(RecordHash.CanonicalBody(body)));
    }

    private BrokenRecord AssertBrokenAt(long sequence, string? kind)
    {
        var result = SearchLogVerifier.Verify(_folder.Path);
        Assert.False(result.Verified);
        Assert.NotNull(result.FirstBroken);
        Assert.Equal(sequence, result.FirstBroken.Sequence);
        Assert.Equal(kind, result.FirstBroken.Kind);
        return result.FirstBroken;
    }
}
