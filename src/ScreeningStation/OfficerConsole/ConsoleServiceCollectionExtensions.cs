using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Station.Accounts;
using Screening.Station.Alert;
using Screening.Station.Hosting;
using Screening.Station.SearchLog;

namespace Screening.Station.OfficerConsole;

/// <summary>Wiring of the officer console into the lane's web host.</summary>
public static class ConsoleServiceCollectionExtensions
{
    /// <summary>Roles that may act at the lane (record outcomes, identify people, drive the simulator).</summary>
    public const string OfficerPolicy = "Officer";

    /// <summary>The role that may change the state of alert.</summary>
    public const string ManagerPolicy = "Manager";

    /// <summary>The largest request body the lane accepts (forms and the API alike).</summary>
    public const long MaxRequestBody = 64 * 1024;

    public static IServiceCollection AddOfficerConsole(this IServiceCollection services, string dataDirectory)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.ConfigureFilter(new UnhandledMethodFilter());
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "screening.signin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    // A page asks the browser to sign in; a feed, image or form post is simply refused.
                    OnRedirectToLogin = context =>
                    {
                        if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/console") && !context.Request.Path.StartsWithSegments("/api")
                            && !context.Request.Headers.ContainsKey(FetchHeader))
                        {
                            context.Response.Redirect(context.RedirectUri);
                        }
                        else
                        {
                            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        }

                        return Task.CompletedTask;
                    },
                    OnRedirectToAccessDenied = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    },

                    // An account removed, given another role or a new password loses its signed-in pages at its next request.
                    OnValidatePrincipal = async context =>
                    {
                        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
                        if (!StillValid(context.Principal, accounts))
                        {
                            context.RejectPrincipal();
                            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                        }
                    },
                };
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<LaneOptions>>((cookie, lane) => cookie.ExpireTimeSpan = TimeSpan.FromHours(lane.Value.Console.SessionHours));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OfficerPolicy, p => p.RequireRole(nameof(Role.SearchOfficer), nameof(Role.SecurityManager)))
            .AddPolicy(ManagerPolicy, p => p.RequireRole(nameof(Role.SecurityManager)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "screening.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__screening";
        });
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = 200;
            o.ValueLengthLimit = 16 * 1024;
            o.MultipartBodyLengthLimit = 64 * 1024;
        });
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ReviewRotation>();
        services.AddSingleton(sp => new ConsoleFeed(sp.GetRequiredService<LaneService>(), sp.GetRequiredService<AlertBoard>(), sp.GetRequiredService<LaneDevices>()));
        services.AddSingleton(new ImageStoreFor(new ImageStore(dataDirectory)));
        return services;
    }

    /// <summary>Security headers, sign-in, and the console's pages and endpoints.</summary>
    public static WebApplication UseOfficerConsole(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;

            // Scripts and styles only from the console itself: a note with markup in it can never run.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";

            // Nothing an officer sends is this big: refuse it before any of it is read (Kestrel's own limit
            // catches a body that does not say its length).
            if (context.Request.ContentLength > MaxRequestBody || (context.Request.ContentLength is null && !await BodyWithinLimitAsync(context.Request)))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsync("The request is too large.");
                return;
            }

            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapConsoleEndpoints();
        return app;
    }

    /// <summary>Sent by the console's script on its own fetches: they get 401 when signed out, not the sign-in page.</summary>
    public const string FetchHeader = "X-Screening-Fetch";

    /// <summary>
    /// True while the signed-in account still exists with the role, password and creation it signed in
    /// with (an unreadable accounts file counts as no). Checked on every request and by the live feed.
    /// </summary>
    public static bool StillValid(ClaimsPrincipal? principal, AccountStore accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var name = principal?.Identity?.Name;
        var role = principal?.FindFirstValue(ClaimTypes.Role);
        var stamp = principal?.FindFirstValue(StampClaim);
        try
        {
            var account = accounts.All().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            return account is not null && account.Role.ToString() == role && Stamp(account) == stamp;
        }
        catch (AccountException)
        {
            return false;
        }
    }

    /// <summary>The claim that ties a sign-in to the account as it was (its password hash, role and creation).</summary>
    public const string StampClaim = "screening:stamp";

    /// <summary>Changes whenever the account's password, role or creation changes; reveals nothing of the hash.</summary>
    public static string Stamp(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var text = $"{account.Name}\n{account.Role}\n{account.PasswordHash}\n{account.Created:O}";
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>
    /// A body sent without its length (chunked) is read into a buffer up to the limit first, so that one
    /// too large is refused as too large (413) instead of failing later as an unreadable form.
    /// </summary>
    private static async Task<bool> BodyWithinLimitAsync(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsDelete(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return true;
        }

        request.EnableBuffering((int)MaxRequestBody, MaxRequestBody);
        var buffer = new byte[16 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                total += read;
                if (total > MaxRequestBody)
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
            return false; // over the buffer's limit, or Kestrel's own
        }

        request.Body.Position = 0;
        return true;
    }

    /// <summary>Checks the antiforgery token of a form post outside Razor Pages; false (and 400 sent) when it is missing or wrong.</summary>
    internal static async Task<bool> AntiforgeryValidAsync(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
