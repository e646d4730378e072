using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Screening.Station.Hosting;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// Counts failed sign-ins per account name and per client address over a sliding window; once either
/// reaches the limit, every sign-in for that name or from that address is refused (even with the right
/// password) until the window has passed. A success clears the account's count, not the address's.
/// An address gets four times the account limit: one officer's typos must not lock every account on a
/// shared gatehouse terminal, while guessing across many names from one place is still stopped. The
/// loopback address is never locked: on a console bound to loopback every browser is 127.0.0.1, and a
/// few made-up names must not lock the security manager out.
/// Shared by the console's sign-in page and the HTTP API's Basic sign-in.
/// </summary>
/// <remarks>Thread-safe: requests on any thread record and check.</remarks>
public sealed class SignInThrottle(IOptions<LaneOptions> options, TimeProvider time)
{
    // Bounded: the oldest keys are dropped when an attacker floods it with made-up names.
    private const int MaxKeys = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.OrdinalIgnoreCase);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.Console.SignInWindowMinutes);

    private int Limit => options.Value.Console.SignInAttempts;

    /// <summary>True when sign-in for this account from this address must be refused now.</summary>
    public bool IsLocked(string account, string client) =>
        Count("account:" + account) >= Limit || (!IsLoopback(client) && Count("client:" + client) >= 4 * Limit);

    public void Failed(string account, string client)
    {
        if (_failures.Count > MaxKeys)
        {
            Evict();
        }

        Add("account:" + account);
        if (!IsLoopback(client))
        {
            Add("client:" + client);
        }
    }

    private static bool IsLoopback(string client) =>
        System.Net.IPAddress.TryParse(client, out var address) && System.Net.IPAddress.IsLoopback(address);

    /// <summary>Drops expired counts, then the oldest, so a flood of made-up names cannot wipe a real lock.</summary>
    private void Evict()
    {
        var since = time.GetUtcNow() - Window;
        var oldest = new List<(string Key, DateTimeOffset Last)>();
        foreach (var (key, queue) in _failures)
        {
            DateTimeOffset? last;
            lock (queue)
            {
                last = queue.Count == 0 ? null : queue.Last();
            }

            if (last is null || last < since)
            {
                _failures.TryRemove(key, out _);
            }
            else
            {
                oldest.Add((key, last.Value));
            }
        }

        // Still full: the least recent half goes (a lock being used keeps getting fresh failures).
        if (_failures.Count > MaxKeys)
        {
            foreach (var (key, _) in oldest.OrderBy(o => o.Last).Take(oldest.Count / 2))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    public void Succeeded(string account) => _failures.TryRemove("account:" + account, out _);

    private void Add(string key)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            queue.Enqueue(time.GetUtcNow());
            Trim(queue);
        }
    }

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return 0;
        }

        lock (queue)
        {
            Trim(queue);
            return queue.Count;
        }
    }

    private void Trim(Queue<DateTimeOffset> queue)
    {
        var since = time.GetUtcNow() - Window;
        while (queue.Count > 0 && queue.Peek() < since)
        {
            queue.Dequeue();
        }
    }
}
