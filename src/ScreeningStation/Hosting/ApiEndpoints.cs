using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Station.Accounts;
using Screening.Station.Alert;
using Screening.Station.OfficerConsole;

namespace Screening.Station.Hosting;

/// <summary>A change of the state of alert through the API.</summary>
public sealed record AlertChange(string State, bool? ShutDown, string Reason);

/// <summary>
/// The lane's HTTP API, on loopback by default (`Lane:Urls`): <c>GET /health</c> (no sign-in, for the
/// service manager), <c>GET /api/alert</c> (any signed-in account) and <c>PUT /api/alert</c>
/// (security managers only). Sign-in is HTTP Basic against the accounts file; the officer console
/// brings its own cookie sign-in on top of the same accounts.
/// </summary>
internal static partial class ApiEndpoints
{
    public static void MapLaneApi(this IEndpointRouteBuilder app)
    {
        // For the service manager on this machine only; from anywhere else it needs a signed-in console.
        app.MapGet("/health", (HttpContext http, LaneService lane) =>
            OfficerConsole.ConsoleEndpoints.IsLoopback(http) || http.User.Identity?.IsAuthenticated == true
                ? Results.Ok(new { status = "ok", stage = lane.Snapshot.Stage.ToString() })
                : Results.NotFound())
            .AllowAnonymous();

        // The API signs in with HTTP Basic on each request (below), not with the console's cookie.
        app.MapGet("/api/alert", (HttpContext http, AccountStore accounts, SignInThrottle throttle, AlertBoard board, ILoggerFactory loggers) =>
            SignIn(http, accounts, throttle, loggers, out var result) is null ? result! : Results.Ok(board.Current))
            .AllowAnonymous();

        app.MapPut("/api/alert", (HttpContext http, AlertChange change, AccountStore accounts, SignInThrottle throttle, AlertBoard board, ILoggerFactory loggers) =>
        {
            var account = SignIn(http, accounts, throttle, loggers, out var refused);
            if (account is null)
            {
                return refused!;
            }

            var logger = loggers.CreateLogger("Screening.Station.Api");
            if (account.Role != Role.SecurityManager)
            {
                LogForbidden(logger, account.Name, account.Role.ToString());
                return Results.Problem($"{account.Name} is a {account.Role}: only a SecurityManager may change the state of alert", statusCode: StatusCodes.Status403Forbidden);
            }

            try
            {
                return Results.Ok(board.Set(change.State ?? "", change.ShutDown ?? board.Current.ShutDown, account.Name, change.Reason ?? ""));
            }
            catch (AlertSettingException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).AllowAnonymous();
    }

    public static void AddLaneApi(this IServiceCollection services, string dataDirectory) =>
        services.AddSingleton(new AccountStore(dataDirectory));

    /// <summary>The signed-in account, or null with the response to send (401 asking for credentials).</summary>
    private static Account? SignIn(HttpContext http, AccountStore accounts, SignInThrottle throttle, ILoggerFactory loggers, out IResult? refused)
    {
        refused = null;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { Length: > 0 and < 1024 } encoded)
        {
            var name = "";
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                name = colon > 0 ? pair[..Math.Min(colon, 64)] : "";
                if (throttle.IsLocked(name, client))
                {
                    LogThrottled(loggers.CreateLogger("Screening.Station.Api"), name, client);
                    refused = Results.Problem("too many failed sign-ins: try again later", statusCode: StatusCodes.Status429TooManyRequests);
                    return null;
                }

                if (colon > 0 && accounts.SignIn(pair[..colon], pair[(colon + 1)..]) is { } account)
                {
                    throttle.Succeeded(account.Name);
                    return account;
                }
            }
            catch (FormatException)
            {
                // A malformed header is the same as a wrong password.
            }

            throttle.Failed(name, client);
            LogFailedSignIn(loggers.CreateLogger("Screening.Station.Api"), name, client);
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"screening\", charset=\"UTF-8\"";
        refused = Results.Problem("sign in with an account name and password", statusCode: StatusCodes.Status401Unauthorized);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed API sign-in for account {Account} from {Client}")]
    private static partial void LogFailedSignIn(ILogger logger, string account, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API sign-in for account {Account} from {Client} refused: too many failed sign-ins")]
    private static partial void LogThrottled(ILogger logger, string account, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account} ({Role}) tried to change the state of alert")]
    private static partial void LogForbidden(ILogger logger, string account, string role);
}
