using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Screening.Station.Accounts;
using Screening.Station.OfficerConsole;

namespace Screening.Station.Pages;

/// <summary>Console sign-in: accounts from the accounts file; failed attempts are limited and logged.</summary>
public sealed partial class SignInModel(AccountStore accounts, SignInThrottle throttle, ILogger<SignInModel> logger) : PageModel
{
    public string? Problem { get; private set; }

    public string? Account { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? account, string? password, string? returnUrl)
    {
        ReturnUrl = SafeReturn(returnUrl);
        Account = account?.Length > 64 ? account[..64] : account;
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (string.IsNullOrWhiteSpace(account) || string.IsNullOrEmpty(password) || account.Length > 64 || password.Length > 256)
        {
            Problem = "Give your account name and password.";
            return Page();
        }

        if (throttle.IsLocked(account, client))
        {
            LogThrottled(account, client);
            Problem = "Too many failed sign-ins: wait a few minutes, or ask the security manager.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        Account? signedIn;
        try
        {
            signedIn = accounts.SignIn(account, password);
        }
        catch (AccountException ex)
        {
            LogAccountsUnreadable(ex.Message);
            Problem = "The accounts file cannot be read: call the security manager.";
            return Page();
        }

        if (signedIn is null)
        {
            throttle.Failed(account, client);
            LogFailed(account, client);
            Problem = "Wrong account name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        throttle.Succeeded(signedIn.Name);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, signedIn.Name),
                new Claim(ClaimTypes.Role, signedIn.Role.ToString()),
                new Claim(ConsoleServiceCollectionExtensions.StampClaim, ConsoleServiceCollectionExtensions.Stamp(signedIn)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        var role = signedIn.Role.ToString();
        LogSignedIn(signedIn.Name, role, client);
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only a path on this console: a crafted link cannot send an officer elsewhere after sign-in.</summary>
    private string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 and < 512 } && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/signin", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer {Officer} ({Role}) signed in to the console from {Client}")]
    private partial void LogSignedIn(string officer, string role, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed console sign-in for account {Account} from {Client}")]
    private partial void LogFailed(string account, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console sign-in for account {Account} from {Client} refused: too many failed sign-ins")]
    private partial void LogThrottled(string account, string client);

    [LoggerMessage(Level = LogLevel.Error, Message = "Console sign-in impossible: {Problem}")]
    private partial void LogAccountsUnreadable(string problem);
}
