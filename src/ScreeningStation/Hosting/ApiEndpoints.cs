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
        app.MapGet("/health", (LaneService lane) => Results.Ok(new { status = "ok", stage = lane.Snapshot.Stage.ToString() }));

        app.MapGet("/api/alert", (HttpContext http, AccountStore accounts, AlertBoard board) =>
            SignIn(http, accounts, out var result) is null ? result! : Results.Ok(board.Current));

        app.MapPut("/api/alert", (HttpContext http, AlertChange change, AccountStore accounts, AlertBoard board, ILoggerFactory loggers) =>
        {
            var account = SignIn(http, accounts, out var refused);
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
        });
    }

    public static void AddLaneApi(this IServiceCollection services, string dataDirectory) =>
        services.AddSingleton(new AccountStore(dataDirectory));

    /// <summary>The signed-in account, or null with the response to send (401 asking for credentials).</summary>
    private static Account? SignIn(HttpContext http, AccountStore accounts, out IResult? refused)
    {
        refused = null;
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { Length: > 0 and < 1024 } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && accounts.SignIn(pair[..colon], pair[(colon + 1)..]) is { } account)
                {
                    return account;
                }
            }
            catch (FormatException)
            {
                // A malformed header is the same as a wrong password.
            }
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"screening\", charset=\"UTF-8\"";
        refused = Results.Problem("sign in with an account name and password", statusCode: StatusCodes.Status401Unauthorized);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account} ({Role}) tried to change the state of alert")]
    private static partial void LogForbidden(ILogger logger, string account, string role);
}
