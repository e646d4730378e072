using Microsoft.Extensions.Logging.Abstractions;
using Screening.Devices.Simulation;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

public sealed class FolderDropSourceTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private readonly string _root = Directory.CreateTempSubdirectory("xray-drop-").FullName;
    private readonly ManualClock _clock = new();
    private readonly FolderDropSource _source;
    private readonly byte[] _png;

    public FolderDropSourceTests()
    {
        _source = new FolderDropSource(
            new FolderDropOptions { Folder = Path.Combine(_root, "drop"), ImageStore = Path.Combine(_root, "data", "images"), SettleInterval = Settle },
            _clock,
            NullLogger<FolderDropSource>.Instance);
        Directory.CreateDirectory(_source.Options.Folder);
        using var bag = new SyntheticScanner(new SyntheticScannerOptions { Width = 256, Height = 192 }).Generate(3, XrayItems.MobilePhone);
        _png = bag.EncodePng();
    }

    public void Dispose()
    {
        _source.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private string Drop(string name) => Path.Combine(_source.Options.Folder, name);

    private List<XrayFrameEvent> Drain()
    {
        var events = new List<XrayFrameEvent>();
        while (_source.Frames.TryRead(out var e))
        {
            events.Add(e);
        }

        return events;
    }

    private async Task ScanAfter(TimeSpan wait)
    {
        _clock.Advance(wait);
        await _source.ScanAsync();
    }

    [Fact]
    public async Task Complete_file_is_taken_after_the_settle_interval_and_kept_by_content_hash()
    {
        File.WriteAllBytes(Drop("bag1.png"), _png);

        await _source.ScanAsync();
        await ScanAfter(Settle / 2);
        Assert.Empty(Drain());

        await ScanAfter(Settle);
        var received = Assert.IsType<XrayFrameReceived>(Assert.Single(Drain()));

        Assert.Equal(XrayImageStore.HashOf(_png), received.ContentHash);
        Assert.Equal(Path.Combine(_root, "data", "images", received.ContentHash[..2], received.ContentHash + ".png"), received.StoredPath);
        Assert.Equal(_png, File.ReadAllBytes(received.StoredPath));
        Assert.Equal(new XrayImageHeader(XrayImageFormat.Png, 256, 192), received.Header);
        Assert.False(File.Exists(Drop("bag1.png")));
    }

    [Fact]
    public async Task File_still_growing_is_not_taken_until_its_size_stops_changing()
    {
        var path = Drop("bag2.png");
        File.WriteAllBytes(path, _png[..(_png.Length / 3)]);
        await _source.ScanAsync();

        for (var part = 2; part <= 3; part++)
        {
            await ScanAfter(Settle / 2);
            File.WriteAllBytes(path, _png[..(_png.Length * part / 3)]);
            await ScanAfter(Settle / 2);
            Assert.Empty(Drain());
        }

        await ScanAfter(Settle * 2);
        var received = Assert.IsType<XrayFrameReceived>(Assert.Single(Drain()));
        Assert.Equal(XrayImageStore.HashOf(_png), received.ContentHash);
    }

    [Fact]
    public async Task File_held_open_by_its_writer_is_not_taken_until_the_writer_lets_go()
    {
        var path = Drop("bag3.png");
        using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writer.Write(_png);
            writer.Flush();
            await _source.ScanAsync();
            await ScanAfter(Settle * 2);
            await ScanAfter(Settle * 2);
            Assert.Empty(Drain());
        }

        await ScanAfter(Settle);
        Assert.IsType<XrayFrameReceived>(Assert.Single(Drain()));
    }

    [Fact]
    public async Task Each_file_is_taken_exactly_once()
    {
        File.WriteAllBytes(Drop("a.png"), _png);
        File.WriteAllBytes(Drop("b.png"), _png);
        await _source.ScanAsync();

        for (var i = 0; i < 5; i++)
        {
            await ScanAfter(Settle);
        }

        var events = Drain();
        Assert.Equal(2, events.Count);
        Assert.Equal(new[] { "a.png", "b.png" }, events.Select(e => Path.GetFileName(e.SourcePath)).Order());
    }

    [Fact]
    public async Task Truncated_frame_is_refused_with_its_reason_and_moved_aside()
    {
        File.WriteAllBytes(Drop("cut.png"), _png[..(_png.Length / 2)]);
        await _source.ScanAsync();
        await ScanAfter(Settle);
        await ScanAfter(Settle);

        var refused = Assert.IsType<XrayFrameRefused>(Assert.Single(Drain()));
        Assert.Contains("truncated PNG", refused.Reason);
        Assert.False(File.Exists(Drop("cut.png")));
        Assert.Single(Directory.GetFiles(Path.Combine(_source.Options.Folder, "refused")));
    }

    [Fact]
    public async Task Zero_byte_file_that_stays_empty_is_refused_as_empty()
    {
        File.WriteAllBytes(Drop("empty.jpg"), []);
        await _source.ScanAsync();
        await ScanAfter(Settle);

        Assert.Contains("empty file", Assert.IsType<XrayFrameRefused>(Assert.Single(Drain())).Reason);
    }

    [Fact]
    public async Task Files_with_other_names_are_left_alone()
    {
        File.WriteAllText(Drop("notes.txt"), "not a frame");
        await _source.ScanAsync();
        await ScanAfter(Settle * 2);

        Assert.Empty(Drain());
        Assert.True(File.Exists(Drop("notes.txt")));
    }

    [Fact]
    public async Task Running_source_picks_up_a_dropped_file_through_the_watcher()
    {
        // The rescan is an hour away, so only the watcher can deliver the frame within the timeout.
        using var source = new FolderDropSource(
            new FolderDropOptions { Folder = Path.Combine(_root, "live"), ImageStore = Path.Combine(_root, "data", "images"), SettleInterval = TimeSpan.FromMilliseconds(100), RescanInterval = TimeSpan.FromHours(1) },
            TimeProvider.System,
            NullLogger<FolderDropSource>.Instance);
        using var stop = new CancellationTokenSource();
        var run = source.RunAsync(stop.Token);
        File.WriteAllBytes(Path.Combine(_root, "live", "bag.png"), _png);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var frame = await source.Frames.ReadAsync(timeout.Token);

        Assert.IsType<XrayFrameReceived>(frame);
        await stop.CancelAsync();
        await run;
    }
}
