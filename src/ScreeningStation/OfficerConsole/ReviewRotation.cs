using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Station.Hosting;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// Keeps how long each officer has been reviewing x-ray images without a break: their lane page,
/// while it is shown, says so every few seconds (<see cref="PingEvery"/>). Silence of
/// <see cref="ConsoleOptions.ReviewBreakMinutes"/> or more is a break and starts a new period. At
/// <see cref="ConsoleOptions.ReviewMinutes"/> the officer is prompted to rotate, and again every
/// break-length after that while they stay.
/// </summary>
/// <remarks>Thread-safe: each page's request calls in on its own thread.</remarks>
public sealed partial class ReviewRotation(IOptions<LaneOptions> options, TimeProvider time, ILogger<ReviewRotation> logger)
{
    private readonly ConcurrentDictionary<string, Review> _reviews = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often a shown lane page says it is being reviewed: well inside a break, at most every 20 seconds.</summary>
    public TimeSpan PingEvery => TimeSpan.FromSeconds(Math.Clamp(options.Value.Console.ReviewBreakMinutes * 60 / 4, 0.25, 20));

    /// <summary>The officer's lane page is shown now.</summary>
    /// <returns>The minutes of continuous review when the officer must now be prompted to rotate; otherwise null.</returns>
    public double? Reviewing(string officer)
    {
        var now = time.GetUtcNow();
        var settings = options.Value.Console;
        var pause = TimeSpan.FromMinutes(settings.ReviewBreakMinutes);
        var review = _reviews.GetOrAdd(officer, _ => new Review { Since = now, LastSeen = now });
        lock (review)
        {
            if (now - review.LastSeen >= pause)
            {
                // Back after a real break: a new period of review starts.
                review.Since = now;
                review.LastPrompt = null;
            }

            review.LastSeen = now;
            var minutes = (now - review.Since).TotalMinutes;
            var due = minutes >= settings.ReviewMinutes && (review.LastPrompt is null || now - review.LastPrompt >= pause);
            if (!due)
            {
                return null;
            }

            review.LastPrompt = now;
            LogRotate(officer, minutes);
            return minutes;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {Officer} has reviewed x-ray images for {Minutes:0} minutes without a break: prompted to rotate")]
    private partial void LogRotate(string officer, double minutes);

    private sealed class Review
    {
        public DateTimeOffset Since { get; set; }

        public DateTimeOffset LastSeen { get; set; }

        public DateTimeOffset? LastPrompt { get; set; }
    }
}
