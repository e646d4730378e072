using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Screening.Station.Hosting;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// Counts failed sign-ins per account name and per client address over a sliding window; once either
/// reaches the limit, every sign-in for that name or from that address is refused (even with the right
/// password) until the window has passed. A success clears the account's count, not the address's.
/// An address gets four times the account limit: one officer's typos must not lock every account on a
/// shared gatehouse terminal, while guessing across many names from one place is still stopped.
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
        Count("account:" + account) >= Limit || Count("client:" + client) >= 4 * Limit;

    public void Failed(string account, string client)
    {
        if (_failures.Count > MaxKeys)
        {
            _failures.Clear();
        }

        Add("account:" + account);
        Add("client:" + client);
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
