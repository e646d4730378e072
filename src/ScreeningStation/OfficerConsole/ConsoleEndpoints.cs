using System.Net;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenCvSharp;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using Screening.Devices.Xray;
using Screening.Station.Accounts;
using Screening.Station.SearchLog;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// The console's endpoints beyond its pages: the live feed (server-sent events), kept x-ray images by
/// content hash, the outline of an image's opaque areas, the console's script and style sheet, and
/// sign-out. Everything needs a signed-in account (the fallback policy), except the two assets the
/// sign-in page itself needs.
/// </summary>
internal static partial class ConsoleEndpoints
{
    /// <summary>Kept images larger than this are not served to a browser (the store only keeps decodable frames).</summary>
    private const long MaxImageBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan SessionCheckEvery = TimeSpan.FromSeconds(5);

    // Outlines are worked out once per image (an image never changes: it is kept by its hash).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> Outlines = new(StringComparer.Ordinal);

    public static void MapConsoleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/events", EventsAsync);
        app.MapGet("/console/review", Reviewing);

        // The hash is 64 lower-case hex digits and nothing else, so no path can be smuggled in.
        app.MapGet("/console/images/{hash:regex(^[0-9a-f]{{64}}$)}", (string hash, ImageStoreFor images) =>
            images.Store.Find(RecordHash.Prefix + hash) is { } path && new FileInfo(path) is { Length: <= MaxImageBytes } file
                ? Results.File(file.FullName, ContentTypeOf(file.Extension), enableRangeProcessing: false)
                : Results.NotFound());

        app.MapGet("/console/images/{hash:regex(^[0-9a-f]{{64}}$)}/opaque", (string hash, ImageStoreFor images) =>
            images.Store.Find(RecordHash.Prefix + hash) is { } path && new FileInfo(path) is { Length: <= MaxImageBytes }
                ? Results.Ok(OutlinesOf(hash, path))
                : Results.NotFound());

        app.MapGet("/console/assets/{name:regex(^(console\\.js|console\\.css|feed-worker\\.js)$)}", (string name) => Asset(name)).AllowAnonymous();

        app.MapPost("/console/signout", async (HttpContext http, ILoggerFactory loggers) =>
        {
            if (!await ConsoleServiceCollectionExtensions.AntiforgeryValidAsync(http))
            {
                return Results.BadRequest("the sign-out form has expired: reload the page");
            }

            var officer = http.User.Identity?.Name ?? "?";
            var logger = loggers.CreateLogger("Screening.Station.Console");
            LogSignedOut(logger, officer);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
    }

    /// <summary>
    /// The live feed: the whole state at once, then again after every change. The session is checked
    /// again every few seconds: an account removed, given another role or a new password stops
    /// receiving the lane at once, not when the page is closed.
    /// </summary>
    private static async Task EventsAsync(HttpContext http, ConsoleFeed feed, AccountStore accounts, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        var officer = http.User.Identity?.Name ?? "?";
        var reader = feed.Connect(officer);
        if (reader is null)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        try
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-store";
            await WriteAsync(http, "state", feed.Current());
            var checkedAt = time.GetUtcNow();
            // The feed ends when the lane stops: an open page must not hold the web server, and with it the
            // lane's orderly stop (the open screening recorded, the log closed), until the host gives up.
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
            while (await reader.WaitToReadAsync(ended.Token))
            {
                string? latest = null;
                while (reader.TryRead(out var picture))
                {
                    latest = picture;
                }

                if (time.GetUtcNow() - checkedAt >= SessionCheckEvery)
                {
                    checkedAt = time.GetUtcNow();
                    if (!ConsoleServiceCollectionExtensions.StillValid(http.User, accounts))
                    {
                        await WriteAsync(http, "signedout", "{}");
                        return;
                    }
                }

                await WriteAsync(http, "state", latest!);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The page was closed, or the lane is stopping.
        }
        finally
        {
            feed.Disconnect(reader);
        }
    }

    /// <summary>
    /// The lane page says, every few seconds while it is shown, that its officer is reviewing x-ray
    /// images; the answer says when to prompt them to rotate.
    /// </summary>
    private static IResult Reviewing(HttpContext http, ReviewRotation rotation, string? check) =>
        check is not null ? Results.NoContent() // the script only asks whether it is still signed in
        : Results.Ok(new { rotate = rotation.Reviewing(http.User.Identity?.Name ?? "?") is { } minutes ? Math.Floor(minutes) : (double?)null });

    private static async Task WriteAsync(HttpContext http, string name, string data)
    {
        await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static string ContentTypeOf(string extension) => extension.ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".tif" or ".tiff" => "image/tiff",
        _ => "application/octet-stream",
    };

    private static object OutlinesOf(string hash, string path)
    {
        if (Outlines.TryGetValue(hash, out var known))
        {
            return known;
        }

        var computed = OpaqueOutlines(path);
        if (Outlines.Count > 1024)
        {
            Outlines.Clear(); // a day's bags at most; the next requests recompute
        }

        Outlines[hash] = computed;
        return computed;
    }

    /// <summary>The outlines of the regions the beam did not get through (the analyser's opaque class), as polygons in image pixels.</summary>
    private static object OpaqueOutlines(string path)
    {
        using var image = Cv2.ImRead(path, ImreadModes.Color);
        if (image.Empty())
        {
            return new { width = 0, height = 0, outlines = Array.Empty<int[]>() };
        }

        using var labels = XrayAnalyser.ClassifyMaterials(image);
        using var opaque = new Mat();
        Cv2.Compare(labels, new Scalar((int)XrayMaterial.Opaque), opaque, CmpTypes.EQ);
        Cv2.FindContours(opaque, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);

        // Specks (a dark pixel of noise, a zip) are not what the officer must search: keep regions of at least 0.2% of the frame.
        var minimum = image.Width * image.Height * 0.002;
        var outlines = contours
            .Where(c => Cv2.ContourArea(c) >= minimum)
            .OrderByDescending(c => Cv2.ContourArea(c))
            .Take(20)
            .Select(c => Cv2.ApproxPolyDP(c, 2, true).SelectMany(p => new[] { p.X, p.Y }).ToArray())
            .ToArray();
        return new { width = image.Width, height = image.Height, outlines };
    }

    private static IResult Asset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Screening.Station.OfficerConsole.Assets.{name}");
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
    }

    /// <summary>True when the request comes from this machine.</summary>
    public static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    /// <summary>The signed-in account's name and role, from the sign-in cookie.</summary>
    public static (string Name, string Role) Officer(ClaimsPrincipal user) =>
        (user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "");

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer {Officer} signed out of the console")]
    private static partial void LogSignedOut(ILogger logger, string officer);
}

/// <summary>The kept x-ray images of this lane's data folder (the console reads; the intake writes).</summary>
internal sealed record ImageStoreFor(ImageStore Store);
