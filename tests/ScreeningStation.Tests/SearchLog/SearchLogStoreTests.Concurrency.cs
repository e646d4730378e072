using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>Many lanes appending at once: group commit, one unbroken chain, nothing lost.</summary>
public sealed partial class SearchLogStoreTests
{
    [Fact]
    public async Task Concurrent_appends_from_many_lanes_all_land_in_one_unbroken_chain()
    {
        const int Lanes = 16, PerLane = 250;
        await using (var store = _folder.Open())
        {
            var results = await Task.WhenAll(Enumerable.Range(1, Lanes).Select(lane => Task.Run(async () =>
            {
                var mine = new List<StoredRecord>();
                for (var i = 0; i < PerLane; i++)
                {
                    mine.Add(await store.AppendAsync(SearchLogFolder.Screening(i, $"lane-{lane}")));
                }

                return mine;
            })));

            var all = results.SelectMany(r => r).OrderBy(r => r.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, Lanes * PerLane).Select(i => (long)i), all.Select(r => r.Sequence));
            // Each lane's own records keep the order it appended them in.
            Assert.All(results, mine => Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence)));
            Assert.Equal(all[^1], store.LastRecord);
        }

        var verified = SearchLogVerifier.Verify(_folder.Path);
        Assert.True(verified.Verified, verified.FirstBroken?.ToString());
        Assert.Equal(Lanes * PerLane, verified.Records);
    }

    [Fact]
    public async Task Appends_queued_when_the_store_is_disposed_are_still_written()
    {
        var store = _folder.Open();
        var pending = Enumerable.Range(1, 500).Select(i => store.AppendAsync(SearchLogFolder.Screening(i)).AsTask()).ToList();

        await store.DisposeAsync();

        Assert.All(pending, p => Assert.True(p.IsCompletedSuccessfully));
        Assert.Equal(500, _folder.Count());
    }

    [Fact]
    public async Task Appends_queued_together_are_committed_together()
    {
        await using var store = _folder.Open();

        var appends = Enumerable.Range(1, 500).Select(i => store.AppendAsync(SearchLogFolder.Screening(i)).AsTask()).ToList();
        await Task.WhenAll(appends);

        // One transaction (one fsync) per batch, not per record.
        Assert.InRange(store.CommitCount, 1, 100);
        Assert.Equal(500, store.LastRecord!.Sequence);
    }
}
