using System.Text.Json.Nodes;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>
/// A commit that fails (disk full, read-only database) is refused loudly: every waiting append gets
/// the cause, and later ones are refused while the cause lasts, so the lane stays locked; once it has
/// passed, the next append commits on the unbroken chain. Tests run as root, where chmod does not stop
/// writes, so the failures are made inside SQLite.
/// </summary>
public sealed partial class SearchLogStoreTests
{
    private static NewRecord Large(int number) =>
        new("lane-1", RecordKind.Screening, new JsonObject { ["person"] = $"V-{number}", ["note"] = new string('x', 20_000) });

    [Fact]
    public async Task A_full_disk_fails_every_waiting_append_and_refuses_later_ones_while_it_lasts()
    {
        await using var store = _folder.Open();
        await store.AppendAsync(SearchLogFolder.Screening(1));
        // The database may not grow: any record needing a new page fails as on a full disk.
        store.ExecuteRaw("PRAGMA max_page_count = 1;");

        var waiting = Enumerable.Range(2, 50).Select(i => store.AppendAsync(Large(i)).AsTask()).ToList();

        foreach (var append in waiting)
        {
            var refused = await Assert.ThrowsAsync<SearchLogException>(() => append);
            Assert.Equal(SearchLogFailure.DiskFull, refused.Failure);
            Assert.Contains("the disk is full", refused.Message, StringComparison.Ordinal);
            Assert.Contains(_folder.Database, refused.Message, StringComparison.Ordinal);
        }

        // Still full: the next record that needs room is refused too, saying it will be tried again.
        var later = await Assert.ThrowsAsync<SearchLogException>(async () => await store.AppendAsync(Large(99)));
        Assert.Equal(SearchLogFailure.DiskFull, later.Failure);
        Assert.Contains("tries again", later.Message, StringComparison.Ordinal);
        Assert.NotNull(store.Fault);
        Assert.Equal(1, store.LastRecord!.Sequence);
        Assert.Equal(1, _folder.Count());
    }

    [Fact]
    public async Task Once_the_disk_has_room_again_the_next_append_commits_on_the_unbroken_chain()
    {
        await using var store = _folder.Open();
        await store.AppendAsync(SearchLogFolder.Screening(1));
        store.ExecuteRaw("PRAGMA max_page_count = 1;");
        await Assert.ThrowsAsync<SearchLogException>(() => store.AppendAsync(Large(2)).AsTask());
        await Assert.ThrowsAsync<SearchLogException>(() => store.AppendAsync(Large(3)).AsTask());

        // Room again (space freed on the disk).
        store.ExecuteRaw("PRAGMA max_page_count = 1073741823;");
        var next = await store.AppendAsync(Large(4));

        Assert.Equal(2, next.Sequence);
        Assert.Null(store.Fault);
        Assert.Equal(3, (await store.AppendAsync(SearchLogFolder.Screening(5))).Sequence);
        Assert.Equal(3, _folder.Count());
        Assert.True(SearchLogVerifier.Verify(_folder.Path).Verified);
    }

    [Fact]
    public async Task A_read_only_database_fails_the_append_and_later_ones_until_it_is_writable_again()
    {
        await using var store = _folder.Open();
        await store.AppendAsync(SearchLogFolder.Screening(1));
        store.ExecuteRaw("PRAGMA query_only = ON;");

        var refused = await Assert.ThrowsAsync<SearchLogException>(() => store.AppendAsync(SearchLogFolder.Screening(2)).AsTask());

        Assert.Equal(SearchLogFailure.ReadOnly, refused.Failure);
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SearchLogException>(async () => await store.AppendAsync(SearchLogFolder.Screening(3)));

        // Writable again (the mount remounted read-write): the log goes on.
        store.ExecuteRaw("PRAGMA query_only = OFF;");
        Assert.Equal(2, (await store.AppendAsync(SearchLogFolder.Screening(4))).Sequence);
        Assert.Null(store.Fault);
    }

    [Fact]
    public async Task Reopening_after_a_failed_commit_appends_again_on_the_unbroken_chain()
    {
        await using (var store = _folder.Open())
        {
            await store.AppendAsync(SearchLogFolder.Screening(1));
            store.ExecuteRaw("PRAGMA max_page_count = 1;");
            await Assert.ThrowsAsync<SearchLogException>(() => store.AppendAsync(Large(2)).AsTask());
        }

        await using (var reopened = _folder.Open())
        {
            var next = await reopened.AppendAsync(Large(2));
            Assert.Equal(2, next.Sequence);
        }

        Assert.True(SearchLogVerifier.Verify(_folder.Path).Verified);
    }

    [Fact]
    public void A_data_folder_that_cannot_be_created_is_refused_at_open()
    {
        Directory.CreateDirectory(_folder.Path);
        var blocker = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(blocker, "");

        var refused = Assert.Throws<SearchLogException>(() => SearchLogStore.Open(Path.Combine(blocker, "data")));

        Assert.Contains("cannot be opened", refused.Message, StringComparison.Ordinal);
    }
}
