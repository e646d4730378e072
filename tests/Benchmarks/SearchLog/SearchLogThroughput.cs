using System.Diagnostics;
using System.Text.Json.Nodes;
using Screening.Station.SearchLog;

namespace Screening.Benchmarks.SearchLog;

/// <summary>
/// `search-log [writers] [records-per-writer] [DIR]`: durable appends to the SQLite search log.
/// Group commit: W lanes appending at once, each waiting for its record to be durable before the
/// next (as a lane waits before freeing the turnstile). Then one writer alone: latency of one durable append.
/// </summary>
public static class SearchLogThroughput
{
    public static int Run(string[] args)
    {
        var writers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var perWriter = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var root = args.Length > 2 ? args[2] : Path.Combine(Environment.CurrentDirectory, "searchlog-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            Concurrent(Path.Combine(root, "concurrent"), writers, perWriter).GetAwaiter().GetResult();
            Single(Path.Combine(root, "single"), 2_000).GetAwaiter().GetResult();
            Verify(Path.Combine(root, "concurrent"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static string _image = "";

    private static JsonObject Body(int lane, int i) => new()
    {
        ["screening"] = $"{lane}-{i}",
        ["person"] = new JsonObject { ["reference"] = $"V-{i:D6}", ["category"] = "Visitor", ["ageYears"] = 34 },
        ["establishment"] = "CategoryB",
        ["alertState"] = "Amber",
        ["ruleSetHash"] = "sha256:" + new string('7', 64),
        ["metalDetector"] = new JsonObject { ["alarm"] = i % 7 == 0, ["zones"] = new JsonArray("left-low") },
        ["detections"] = new JsonArray(new JsonObject { ["item"] = "mobile-phone", ["confidence"] = 0.93, ["image"] = _image }),
        ["randomDraw"] = 0.4217,
        ["verdict"] = new JsonObject { ["outcome"] = "Search", ["searches"] = new JsonArray("RubDown", "BagHandSearch"), ["firedRules"] = new JsonArray("list-b-item") },
        ["officer"] = "SO-1234",
        ["outcome"] = new JsonObject { ["itemsFound"] = new JsonArray("mobile-phone"), ["action"] = "SurrenderedToLocker", ["sir"] = false },
        ["turnstile"] = new JsonArray("Locked", "FreeOnce", "Passage"),
    };

    private static async Task Concurrent(string data, int writers, int perWriter)
    {
        await using var store = SearchLogStore.Open(data);
        _image = new ImageStore(data).Put(new byte[200_000], ".png");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, writers).Select(lane => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                await store.AppendAsync(new NewRecord($"lane-{lane}", RecordKind.Screening, Body(lane, i)));
            }
        })));
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var records = (long)writers * perWriter;
        Console.WriteLine($"group commit: {writers} writers x {perWriter:N0} = {records:N0} durable records in {clock.Elapsed.TotalSeconds:F2} s " +
            $"= {records / clock.Elapsed.TotalSeconds:N0} records/s; {store.CommitCount:N0} commits ({(double)records / store.CommitCount:F1} records per commit); " +
            $"CPU {cpu.TotalSeconds:F2} s; database {new FileInfo(store.DatabasePath).Length / 1e6:F1} MB");
    }

    private static async Task Single(string data, int count)
    {
        await using var store = SearchLogStore.Open(data);
        _image = new ImageStore(data).Put(new byte[200_000], ".png");
        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await store.AppendAsync(new NewRecord("lane-1", RecordKind.Screening, Body(1, i)));
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        clock.Stop();
        Array.Sort(latencies);
        Console.WriteLine($"single writer: {count:N0} durable appends, {count / clock.Elapsed.TotalSeconds:N0} records/s; latency ms p50 {latencies[count / 2]:F2}, " +
            $"p99 {latencies[count * 99 / 100]:F2}, max {latencies[^1]:F2}");
    }

    private static void Verify(string data)
    {
        var clock = Stopwatch.StartNew();
        var result = SearchLogVerifier.Verify(data);
        Console.WriteLine($"verify: {result.Records:N0} records {(result.Verified ? "intact" : "BROKEN")} in {clock.Elapsed.TotalSeconds:F2} s " +
            $"({result.Records / clock.Elapsed.TotalSeconds:N0} records/s)");
    }
}
