using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Screening.Rules;
using Screening.Rules.Model;
using Screening.Station.Accounts;
using Screening.Station.Alert;
using Screening.Station.OfficerConsole;
using Screening.Station.SearchLog;

namespace Screening.Station.Pages;

/// <summary>The state-of-alert board: the current state, who set it and why, its history; managers change it.</summary>
public sealed partial class AlertModel(AlertBoard board, RuleSetFile rules, SearchLogStore log, ILogger<AlertModel> logger) : PageModel
{
    public AlertSetting Current { get; private set; } = null!;

    public IReadOnlyList<AlertState> States { get; private set; } = [];

    public IReadOnlyList<AlertHistoryEntry> History { get; private set; } = [];

    public bool CanChange { get; private set; }

    public string? Result { get; private set; }

    public bool ResultIsProblem { get; private set; }

    public void OnGet()
    {
        (Result, ResultIsProblem) = PageMessage.Take(TempData);
        Load();
    }

    public PartialViewResult OnGetBoard()
    {
        Load();
        return Partial("_AlertBoard", this);
    }

    public IActionResult OnPost(string? state, bool shutDown, string? reason)
    {
        var (name, role) = ConsoleEndpoints.Officer(User);
        if (role != nameof(Role.SecurityManager))
        {
            LogRefused(name, role);
            return StatusCode(403, "Only a security manager may change the state of alert.");
        }

        if (reason?.Length > 500)
        {
            return Done("The reason is limited to 500 characters.", problem: true);
        }

        try
        {
            var setting = board.Set(state ?? "", shutDown, name, reason ?? "");
            LogChanged(name, setting.State, setting.ShutDown, setting.Reason);
            return Done($"State of alert set to {setting.State}{(setting.ShutDown ? " with shut-down" : "")}.");
        }
        catch (AlertSettingException ex)
        {
            return Done(ex.Message, problem: true);
        }
    }

    private RedirectToPageResult Done(string message, bool problem = false)
    {
        PageMessage.Put(TempData, message, problem);
        return RedirectToPage();
    }

    private void Load()
    {
        ViewData["Page"] = "alert";
        ViewData["Title"] = "State of alert";
        Current = board.Current;
        States = rules.Current.AlertStates;
        CanChange = User.IsInRole(nameof(Role.SecurityManager));
        History = [.. log.ReadLatest(RecordKind.AlertStateChanged, 50).Select(r =>
        {
            var body = r.ParseBody();
            return new AlertHistoryEntry(
                r.Sequence,
                r.Time,
                r.Lane,
                body["state"]?.ToString() ?? "?",
                body["shutDown"]?.GetValue<bool>() ?? false,
                body["setBy"]?.ToString() ?? "?",
                body["reason"]?.ToString() ?? "");
        })];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account} ({Role}) tried to change the state of alert from the console")]
    private partial void LogRefused(string account, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Security manager {Manager} set the state of alert to {AlertState} (shut-down {ShutDown}) from the console: {Reason}")]
    private partial void LogChanged(string manager, string alertState, bool shutDown, string reason);
}

/// <summary>One change of the state of alert, as the search log recorded it.</summary>
public sealed record AlertHistoryEntry(long Sequence, DateTimeOffset At, string Lane, string State, bool ShutDown, string SetBy, string Reason);
