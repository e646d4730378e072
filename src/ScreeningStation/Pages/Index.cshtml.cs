using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Screening.Rules;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;
using Screening.Station.Accounts;
using Screening.Station.Hosting;
using Screening.Station.Lane;
using Screening.Station.OfficerConsole;

namespace Screening.Station.Pages;

/// <summary>
/// The lane page: who is in the lane, the x-ray image with its detections, the arch, the verdict and
/// its reasons, and the officer's controls. Every action goes to the lane loop as an input with the
/// signed-in officer's name, and the page waits for the lane's answer.
/// </summary>
public sealed partial class LaneModel(
    LaneService lane,
    RuleSetFile rules,
    PersonDirectory directory,
    SimulatedLane simulator,
    AccountStore accounts,
    SignInThrottle throttle,
    TimeProvider time,
    ILogger<LaneModel> logger) : PageModel
{
    /// <summary>What the officer may write with an outcome: enough for a real note, not a dump.</summary>
    public const int MaxNote = 2000;

    public static readonly IReadOnlyList<string> Disposals = ["Locker", "Confiscated", "Police"];

    public LaneView View { get; private set; } = null!;

    public IReadOnlyList<CatalogueItem> Catalogue { get; private set; } = [];

    public bool CanAct { get; private set; }

    public bool Simulated => simulator.Available;

    public IReadOnlyList<string> Zones => simulator.Zones;

    public IReadOnlyList<CardHolder> Holders => [.. directory.Holders.OrderBy(h => h.Reference, StringComparer.Ordinal).Take(50)];

    public string? Result { get; private set; }

    public bool ResultIsProblem { get; private set; }

    public void OnGet()
    {
        (Result, ResultIsProblem) = PageMessage.Take(TempData);
        Load();
    }

    /// <summary>The live part of the page, fetched again by the page's script when the lane changes.</summary>
    public PartialViewResult OnGetPanel()
    {
        Load();
        return Partial("_LanePanel", this);
    }

    public async Task<IActionResult> OnPostIdentifyAsync(string? category, string? reference, string? age)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (!Enum.TryParse<PersonCategory>(category, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            return Done($"Choose the person's category ({string.Join(", ", Enum.GetNames<PersonCategory>())}).", problem: true);
        }

        reference = reference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 64 || reference.Any(char.IsControl))
        {
            return Done("Give the person's reference (1 to 64 characters): their pass, visiting order or prison number.", problem: true);
        }

        int? years = null;
        if (!string.IsNullOrWhiteSpace(age))
        {
            if (!int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 130)
            {
                return Done($"The age '{Clip(age)}' is not a number of years.", problem: true);
            }

            years = value;
        }

        var officer = OfficerName;
        var told = await lane.HandleAsync(new OfficerIdentified(time.GetUtcNow(), new Person(parsed, reference, years), officer), HttpContext.RequestAborted);
        // The reference is for the search log (auditors and managers); the operational log gets the category.
        var who = $"a {parsed} (screening {lane.View.Screening?.Id ?? "not started"})";
        LogAction(officer, "identified", who);
        return Told(told);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(
        string? decision, string[]? searches, string[]? items, string? disposal, string? alarmResolution,
        bool sir, string? note, string? authoriser, string? authoriserPassword, string? screening)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        var current = lane.View.Screening;
        if (current is null || lane.View.Stage != LaneStage.Searching || !string.Equals(screening, current.Id, StringComparison.Ordinal))
        {
            return Done("That screening is no longer waiting for an outcome: look at the lane again.", problem: true);
        }

        if (decision is not ("admit" or "refuse"))
        {
            return Done("Choose Admit or Refuse.", problem: true);
        }

        var done = Searches.None;
        foreach (var name in searches ?? [])
        {
            if (!SearchesExtensions.TryParse(name, out var one))
            {
                return Done($"Unknown search '{Clip(name)}'.", problem: true);
            }

            done |= one;
        }

        var found = (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        var catalogue = rules.Current.Catalogue;
        if (found.FirstOrDefault(i => !catalogue.TryFind(i, out _)) is { } unknown)
        {
            return Done($"Unknown item '{Clip(unknown)}': choose items from the catalogue.", problem: true);
        }

        if (!string.IsNullOrWhiteSpace(disposal) && !Disposals.Contains(disposal))
        {
            return Done($"Unknown disposal '{Clip(disposal)}' (Locker, Confiscated, Police).", problem: true);
        }

        if (note?.Length > MaxNote || alarmResolution?.Length > 500)
        {
            return Done($"The note is limited to {MaxNote} characters and the alarm's cause to 500.", problem: true);
        }

        var officer = OfficerName;
        string? authorisedBy = null;
        if (!string.IsNullOrWhiteSpace(authoriser))
        {
            // An override names who authorised it, and that person signs it here with their own password.
            var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "?";
            var name = authoriser.Trim();
            if (name.Length > 64 || throttle.IsLocked(name, client))
            {
                return Done("The authorising account is locked after failed sign-ins.", problem: true);
            }

            var account = accounts.SignIn(name, authoriserPassword ?? "");
            if (account is null)
            {
                throttle.Failed(name, client);
                LogAuthoriserRefused(officer, name);
                return Done("The authorising officer's account or password is wrong.", problem: true);
            }

            if (account.Role != Role.SecurityManager || string.Equals(account.Name, officer, StringComparison.OrdinalIgnoreCase))
            {
                return Done("An override is authorised by a security manager other than the recording officer.", problem: true);
            }

            authorisedBy = account.Name;
        }

        var outcome = new OfficerOutcome(
            officer,
            decision == "admit",
            done,
            found,
            string.IsNullOrWhiteSpace(disposal) ? null : disposal,
            string.IsNullOrWhiteSpace(alarmResolution) ? null : alarmResolution.Trim(),
            sir,
            string.IsNullOrWhiteSpace(note) ? null : note,
            authorisedBy);
        var told = await lane.HandleAsync(new OutcomeRecorded(time.GetUtcNow(), outcome, current.Id), HttpContext.RequestAborted);
        LogAction(officer, decision == "admit" ? "admitted" : "refused", current.Id);
        return Told(told);
    }

    public async Task<IActionResult> OnPostAbandonAsync(string? reason, string? screening)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (lane.View.Screening is not { } current || !string.Equals(screening, current.Id, StringComparison.Ordinal))
        {
            return Done("That screening is no longer in the lane: look at the lane again.", problem: true);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Done("Say why the screening ends without a passage (up to 500 characters).", problem: true);
        }

        var officer = OfficerName;
        var told = await lane.HandleAsync(new ScreeningAbandoned(time.GetUtcNow(), officer, reason.Trim(), current.Id), HttpContext.RequestAborted);
        var why = reason.Trim();
        LogAction(officer, "abandoned the screening", why);
        return Told(told);
    }

    // The simulator: presses the pins a person or a bag would, on the simulated board only.
    public IActionResult OnPostSimCard(string? card)
    {
        if (SimulatorRefused() is { } refused)
        {
            return refused;
        }

        var holder = directory.Find(card ?? "");
        if (holder is null)
        {
            return Done($"No card holder with card '{Clip(card)}'.", problem: true);
        }

        return simulator.PresentCard(holder) ? Done($"Simulator: card {holder.Card} presented.") : Done("This lane has no card reader.", problem: true);
    }

    public IActionResult OnPostSimArch(bool alarm, string? zone)
    {
        if (SimulatorRefused() is { } refused)
        {
            return refused;
        }

        if (alarm && zone is not null && !simulator.Zones.Contains(zone))
        {
            return Done($"Unknown zone '{Clip(zone)}'.", problem: true);
        }

        simulator.WalkArch(alarm, zone);
        return Done(alarm ? $"Simulator: walked the arch, alarm in {zone ?? "no zone"}." : "Simulator: walked the arch.");
    }

    public IActionResult OnPostSimBag(string? threat)
    {
        if (SimulatorRefused() is { } refused)
        {
            return refused;
        }

        if (!string.IsNullOrEmpty(threat) && !SimulatedLane.Threats.Contains(threat))
        {
            return Done($"Unknown threat '{Clip(threat)}'.", problem: true);
        }

        var file = simulator.DropBag(Random.Shared.Next(), string.IsNullOrEmpty(threat) ? [] : [threat]);
        return Done($"Simulator: bag {file} scanned{(string.IsNullOrEmpty(threat) ? "" : $" (with a {threat})")}.");
    }

    public IActionResult OnPostSimPass()
    {
        if (SimulatorRefused() is { } refused)
        {
            return refused;
        }

        simulator.PassTurnstile();
        return Done("Simulator: pushed through the turnstile.");
    }

    public IActionResult OnPostSimJam(bool jammed)
    {
        if (SimulatorRefused() is { } refused)
        {
            return refused;
        }

        simulator.JamTurnstile(jammed);
        return Done(jammed ? "Simulator: the turnstile arm is jammed (its passage contact held closed)." : "Simulator: the turnstile arm is free again.");
    }

    private string OfficerName => ConsoleEndpoints.Officer(User).Name;

    private void Load()
    {
        ViewData["Page"] = "lane";
        ViewData["Title"] = "Lane";
        View = lane.View;
        Catalogue = [.. rules.Current.Catalogue.Items.OrderBy(i => i.List).ThenBy(i => i.Name, StringComparer.Ordinal)];
        CanAct = User.IsInRole(nameof(Role.SearchOfficer)) || User.IsInRole(nameof(Role.SecurityManager));
    }

    /// <summary>An auditor reads; only officers and managers act at the lane.</summary>
    private ObjectResult? Refused()
    {
        if (User.IsInRole(nameof(Role.SearchOfficer)) || User.IsInRole(nameof(Role.SecurityManager)))
        {
            return null;
        }

        LogRoleRefused(OfficerName);
        return StatusCode(403, "An auditor may read the console but not act at the lane.");
    }

    private ObjectResult? SimulatorRefused() =>
        Refused() ?? (simulator.Available ? null : StatusCode(404, "This lane runs on real devices: there is no simulator."));

    /// <summary>What the lane said about the action: a refusal shows as a problem.</summary>
    private RedirectToPageResult Told(IReadOnlyList<LaneCommand> commands)
    {
        var messages = commands.OfType<TellOfficer>().Select(t => t.Message).ToList();
        var problem = messages.Any(m => m.StartsWith("Outcome not recorded", StringComparison.Ordinal) || m.StartsWith("Another person presented", StringComparison.Ordinal));
        return Done(messages.Count == 0 ? "Done." : string.Join(" ", messages), problem);
    }

    private RedirectToPageResult Done(string message, bool problem = false)
    {
        PageMessage.Put(TempData, message, problem);
        return RedirectToPage();
    }

    private static string Clip(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer {Officer} {Action} at the console: {Detail}")]
    private partial void LogAction(string officer, string action, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Officer} tried to act at the lane without an officer role")]
    private partial void LogRoleRefused(string officer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {Officer} named {Authoriser} to authorise an override, but the password was wrong")]
    private partial void LogAuthoriserRefused(string officer, string authoriser);
}
