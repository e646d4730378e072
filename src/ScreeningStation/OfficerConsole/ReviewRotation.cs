using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Station.Hosting;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// Keeps how long each officer has been reviewing x-ray images without a break: the time their lane
/// page has been open (the page's live connection). A break of <see cref="ConsoleOptions.ReviewBreakMinutes"/>
/// or more starts a new period. At <see cref="ConsoleOptions.ReviewMinutes"/> the officer is prompted to
/// rotate, and again every break-length after that while they stay.
/// </summary>
/// <remarks>Thread-safe: each live connection calls in from its own request.</remarks>
public sealed partial class ReviewRotation(IOptions<LaneOptions> options, TimeProvider time, ILogger<ReviewRotation> logger)
{
    private readonly ConcurrentDictionary<string, Review> _reviews = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The officer's lane page is open (called when it connects and while it stays connected).</summary>
    /// <returns>The minutes of continuous review when the officer must now be prompted to rotate; otherwise null.</returns>
    public double? Reviewing(string officer)
    {
        var now = time.GetUtcNow();
        var settings = options.Value.Console;
        var pause = TimeSpan.FromMinutes(settings.ReviewBreakMinutes);
        var review = _reviews.GetOrAdd(officer, _ => new Review { Since = now, LastSeen = now });
        lock (review)
        {
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

    /// <summary>A lane page of the officer connected (+1) or went away (-1).</summary>
    public void Connected(string officer, int change)
    {
        var now = time.GetUtcNow();
        var pause = TimeSpan.FromMinutes(options.Value.Console.ReviewBreakMinutes);
        var review = _reviews.GetOrAdd(officer, _ => new Review { Since = now, LastSeen = now });
        lock (review)
        {
            if (change > 0 && review.Open == 0 && now - review.LastSeen >= pause)
            {
                // Back after a real break: a new period of review starts.
                review.Since = now;
                review.LastPrompt = null;
            }

            review.Open = Math.Max(0, review.Open + change);
            review.LastSeen = now;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {Officer} has reviewed x-ray images for {Minutes:0} minutes without a break: prompted to rotate")]
    private partial void LogRotate(string officer, double minutes);

    private sealed class Review
    {
        public DateTimeOffset Since { get; set; }

        public DateTimeOffset LastSeen { get; set; }

        public DateTimeOffset? LastPrompt { get; set; }

        public int Open { get; set; }
    }
}
