using System.Net;
using System.Text.RegularExpressions;

namespace Screening.Station.Tests.Console;

/// <summary>An officer works a screening through the console over HTTP, on a running simulated lane.</summary>
public sealed partial class ConsoleOutcomeTests(ConsoleLane lane) : IClassFixture<ConsoleLane>
{
    [Fact]
    public async Task An_outcome_is_recorded_under_the_signed_in_officer_and_markup_in_it_stays_text()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await IdentifyAndAlarmAsync(officer, "V-NOTE-1");
        var panel = await officer.GetTextAsync("/?handler=Panel");
        var screening = ScreeningId().Match(panel).Groups[1].Value;
        var required = Required().Matches(panel).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Wand", required);

        // An unknown item is refused by name and the turnstile stays locked.
        var unknown = await officer.PostFormAsync("/", "/?handler=Outcome",
            [.. Fields(screening, required), new("items", "plasma-rifle"), new("disposal", "Locker"), new("alarmResolution", "belt"), new("decision", "admit")]);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        var page = await officer.GetTextAsync("/");
        Assert.Contains("Unknown item &#x27;plasma-rifle&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("SEARCH", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        Assert.Contains("Locked", await officer.GetTextAsync("/devices?handler=Panel"), StringComparison.Ordinal);

        // A forged officer field is ignored: the record names who is signed in.
        const string Note = "<script>alert('note')</script> O'Brien";
        var admitted = await officer.PostFormAsync("/", "/?handler=Outcome",
            [.. Fields(screening, required), new("alarmResolution", "<img src=x onerror=alert(1)>"), new("note", Note), new("officer", "someone-else"), new("decision", "admit")]);
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        Assert.Contains("CLEAR", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        await WaitForAsync(officer, "/devices?handler=Panel", "FreeOnce");

        var log = await officer.GetTextAsync("/log");
        var row = Regex.Match(log, @"<a href=""/log/(\d+)"">\d+</a></td>\s*<td>[^<]*</td>\s*<td>[^<]*</td>\s*<td>Screening</td>\s*<td>Visitor</td>\s*<td>withheld</td>\s*<td>Admitted</td>");
        Assert.True(row.Success, "the admitted screening is not in the search log page");
        var record = await officer.GetTextAsync($"/log/{row.Groups[1].Value}");
        Assert.Contains("&quot;officer&quot;: &quot;so-smith&quot;", record, StringComparison.Ordinal);
        Assert.DoesNotContain("someone-else", record, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", record, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", record, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", record, StringComparison.Ordinal);
        Assert.Contains("This record&#x27;s hash matches its contents.", record, StringComparison.Ordinal);

        // A search officer does not see the person's reference in the log; the security manager does.
        Assert.DoesNotContain("V-NOTE-1", record, StringComparison.Ordinal);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        Assert.Contains("V-NOTE-1", await manager.GetTextAsync($"/log/{row.Groups[1].Value}"), StringComparison.Ordinal);

        // The person walks through: the lane is idle again.
        await officer.PostFormAsync("/", "/?handler=SimPass", []);
        await WaitForPanelAsync(officer, "WAITING");
    }

    [Fact]
    public async Task Admitting_without_a_required_search_needs_a_security_manager_to_sign_the_override()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await IdentifyAndAlarmAsync(officer, "V-OVR-1");
        var screening = ScreeningId().Match(await officer.GetTextAsync("/?handler=Panel")).Groups[1].Value;

        // No searches done, no authoriser: refused, still locked.
        await officer.PostFormAsync("/", "/?handler=Outcome", [new("screening", screening), new("alarmResolution", "keys"), new("decision", "admit")]);
        Assert.Contains("admitting needs the authorising officer", await officer.GetTextAsync("/"), StringComparison.Ordinal);

        // A wrong authoriser password is refused.
        await officer.PostFormAsync("/", "/?handler=Outcome",
            [new("screening", screening), new("alarmResolution", "keys"), new("authoriser", ConsoleLane.Manager), new("authoriserPassword", "wrong password!"), new("decision", "admit")]);
        Assert.Contains("account or password is wrong", await officer.GetTextAsync("/"), StringComparison.Ordinal);
        Assert.Contains("SEARCH", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);

        // The manager's own password authorises it, and the override names them.
        await officer.PostFormAsync("/", "/?handler=Outcome",
            [new("screening", screening), new("alarmResolution", "keys"), new("authoriser", ConsoleLane.Manager), new("authoriserPassword", ConsoleLane.ManagerPassword), new("decision", "admit")]);
        Assert.Contains("CLEAR", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        var log = await officer.GetTextAsync("/log?all=true");
        Assert.Contains("AdmittedByOverride", log, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"<td>Override</td>(?:\s*<td[^>]*>[^<]*</td>){7}\s*<td>" + ConsoleLane.Officer + "</td>"), log);

        await officer.PostFormAsync("/", "/?handler=SimPass", []);
        await WaitForPanelAsync(officer, "WAITING");
    }

    [Fact]
    public async Task Reports_export_from_the_console_with_references_only_for_managers_and_auditors()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await IdentifyAndAlarmAsync(officer, "V-REPORT-9");
        var panel = await officer.GetTextAsync("/?handler=Panel");
        await officer.PostFormAsync("/", "/?handler=Outcome",
            [.. Fields(ScreeningId().Match(panel).Groups[1].Value, Required().Matches(panel).Select(m => m.Groups[1].Value)), new("alarmResolution", "watch"), new("decision", "refuse")]);
        await WaitForPanelAsync(officer, "WAITING");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var officerCsv = await officer.GetAsync($"/reports?handler=Export&from={today}&to={today}&format=Csv");
        Assert.Equal("text/csv", officerCsv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", officerCsv.Content.Headers.ContentDisposition?.ToString() ?? string.Join(",", officerCsv.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        var officerText = await officerCsv.Content.ReadAsStringAsync();
        Assert.Contains("withheld", officerText, StringComparison.Ordinal);
        Assert.DoesNotContain("V-REPORT-9", officerText, StringComparison.Ordinal);

        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var auditorText = await auditor.GetTextAsync($"/reports?handler=Export&from={today}&to={today}&format=Csv");
        Assert.Contains("V-REPORT-9", auditorText, StringComparison.Ordinal);

        var pdf = await auditor.GetAsync($"/reports?handler=Export&from={today}&to={today}&format=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);

        Assert.Contains("unknown lane", await auditor.GetTextAsync($"/reports?handler=Export&from={today}&to={today}&lane=lane-99&format=Csv"), StringComparison.Ordinal);
        Assert.Contains("inverted", await auditor.GetTextAsync("/reports?handler=Export&from=2026-02-01&to=2026-01-01&format=Csv"), StringComparison.Ordinal);
        Assert.Contains("Choose a format", await auditor.GetTextAsync($"/reports?handler=Export&from={today}&to={today}&format=Docx"), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Fields(string screening, IEnumerable<string> searches) =>
        [new("screening", screening), .. searches.Select(s => new KeyValuePair<string, string>("searches", s))];

    internal static async Task IdentifyAndAlarmAsync(ConsoleSession officer, string reference)
    {
        await WaitForPanelAsync(officer, "WAITING");
        var identified = await officer.PostFormAsync("/", "/?handler=Identify", [new("category", "Visitor"), new("reference", reference), new("age", "40")]);
        Assert.Equal(HttpStatusCode.Redirect, identified.StatusCode);
        await WaitForPanelAsync(officer, "WALK THE ARCH");
        await officer.PostFormAsync("/", "/?handler=SimArch", [new("alarm", "true"), new("zone", "torso")]);
        await WaitForPanelAsync(officer, "SEARCH");
    }

    internal static Task WaitForPanelAsync(ConsoleSession session, string text) =>
        WaitForAsync(session, "/?handler=Panel", $"class=\"big\">{text}<");

    /// <summary>Reads a page until it holds <paramref name="expected"/> (the lane carries out its commands after the request that caused them returns), failing after 30 s.</summary>
    private static async Task WaitForAsync(ConsoleSession session, string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string page;
        do
        {
            page = await session.GetTextAsync(path);
            if (page.Contains(expected, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{path} never showed {expected}:\n{page}");
    }

    [GeneratedRegex("name=\"screening\" value=\"([^\"]+)\"")]
    private static partial Regex ScreeningId();

    [GeneratedRegex("name=\"searches\" value=\"(\\w+)\" data-key=\"\\d\" checked=\"checked\"")]
    private static partial Regex Required();
}
