using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Console;

/// <summary>
/// Acceptance tests of the officer console written from the words of its issue (issue 6), over HTTP
/// against a real lane: who may do what, the search log's filters and records, the devices page, and
/// hostile requests. The lane is this class's own; the tests leave it idle and at state Black.
/// </summary>
public sealed partial class ConsoleAcceptanceTests(ConsoleLane lane) : IClassFixture<ConsoleLane>
{
    // Read when used, not when the class loads: a run crossing midnight must not ask for yesterday.
    private static string Today => DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- sign-in and sessions

    [Theory]
    [InlineData("/")]
    [InlineData("/alert")]
    [InlineData("/log")]
    [InlineData("/log/1")]
    [InlineData("/devices")]
    [InlineData("/reports")]
    [InlineData("/?handler=Panel")]
    [InlineData("/devices?handler=Panel")]
    [InlineData("/alert?handler=Board")]
    [InlineData("/reports?handler=Export&format=Csv")]
    public async Task A_signed_out_page_request_shows_nothing_of_the_lane_and_is_sent_to_sign_in(string path)
    {
        using var session = lane.Session();
        var response = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/signin", (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("WAITING", body, StringComparison.Ordinal);
        Assert.DoesNotContain("lane-1", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/console/events?page=lane")]
    [InlineData("GET", "/console/events?page=devices")]
    [InlineData("GET", "/api/alert")]
    [InlineData("POST", "/?handler=Identify")]
    [InlineData("POST", "/?handler=Outcome")]
    [InlineData("POST", "/?handler=SimArch")]
    [InlineData("POST", "/alert")]
    [InlineData("POST", "/devices?handler=Acknowledge")]
    [InlineData("POST", "/console/signout")]
    [InlineData("PUT", "/api/alert")]
    public async Task A_signed_out_feed_api_call_or_form_post_is_refused_with_401(string method, string path)
    {
        using var session = lane.Session();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = path.StartsWith("/api", StringComparison.Ordinal)
                ? new StringContent("""{"state":"Red","reason":"signed out"}""", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([new("category", "Visitor"), new("reference", "V-SIGNED-OUT"), new("alarm", "true"), new("state", "Red"), new("reason", "signed out")]);
        }

        using var response = await session.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        Assert.DoesNotContain("V-SIGNED-OUT", await manager.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        Assert.DoesNotContain(">Red<", await manager.GetTextAsync("/alert?handler=Board"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_health_check_and_the_sign_in_page_answer_without_sign_in()
    {
        using var session = lane.Session();
        var health = await session.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var signIn = await session.GetTextAsync("/signin");
        Assert.Contains("name=\"password\"", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-banner", signIn, StringComparison.Ordinal); // no state of alert or navigation before sign-in
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/console/assets/console.js")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/signin")]
    [InlineData("/signin?returnUrl=%2Fsignin")]
    public async Task Signing_in_never_sends_the_officer_off_the_console_or_back_to_sign_in(string returnUrl)
    {
        using var session = lane.Session();
        var page = await session.GetTextAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Contains("name=\"returnUrl\" value=\"/\"", page, StringComparison.Ordinal);

        var token = await session.TokenAsync("/signin");
        var response = await session.Http.PostAsync("/signin", new FormUrlEncodedContent(
            [new("account", ConsoleLane.Officer), new("password", ConsoleLane.OfficerPassword), new("returnUrl", returnUrl), new("__screening", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == lane.BaseAddress.Host, $"sent off the console to {location}");
        Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }

    [Fact]
    public async Task A_page_asked_for_before_sign_in_is_the_page_shown_after_it()
    {
        using var session = lane.Session();
        var refused = await session.GetAsync("/devices");
        var signInPath = refused.Headers.Location!.IsAbsoluteUri ? refused.Headers.Location.PathAndQuery : refused.Headers.Location.OriginalString;
        var token = await session.TokenAsync(signInPath);
        var signInPage = await session.GetTextAsync(signInPath);
        var returnUrl = WebUtility.HtmlDecode(ReturnUrlField().Match(signInPage).Groups[1].Value);
        Assert.Equal("/devices", returnUrl);

        var response = await session.Http.PostAsync(signInPath, new FormUrlEncodedContent(
            [new("account", ConsoleLane.Auditor), new("password", ConsoleLane.AuditorPassword), new("returnUrl", returnUrl), new("__screening", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/devices", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("id=\"devices\"", await session.GetTextAsync("/devices"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_are_told_alike_and_both_are_logged()
    {
        using var session = lane.Session();
        var wrong = await session.SignInAsync(ConsoleLane.Manager, "not the manager's password");
        var unknown = await session.SignInAsync("nobody-by-that-name", "not anyone's password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var wrongText = SignInError().Match(await wrong.Content.ReadAsStringAsync()).Groups[1].Value;
        var unknownText = SignInError().Match(await unknown.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal("Wrong account name or password.", wrongText);
        Assert.Equal(wrongText, unknownText);

        // Not signed in: the lane is still refused.
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).StatusCode);
        await WaitForOutputAsync($"Failed console sign-in for account {ConsoleLane.Manager} from 127.0.0.1");
        await WaitForOutputAsync("Failed console sign-in for account nobody-by-that-name from 127.0.0.1");
    }

    [Fact]
    public async Task A_deleted_account_and_one_given_another_role_lose_their_session_at_the_next_request()
    {
        const string Leaver = "so-leaver";
        const string Moved = "so-moved";
        const string Password = "a long enough password";
        await AddAccountAsync(Leaver, "SearchOfficer", Password);
        await AddAccountAsync(Moved, "SearchOfficer", Password);
        using var leaver = await lane.SignedInAsync(Leaver, Password);
        using var moved = await lane.SignedInAsync(Moved, Password);
        var leaverToken = await leaver.TokenAsync("/");
        var movedToken = await moved.TokenAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync("/")).StatusCode);

        EditAccounts(accounts =>
        {
            accounts.Remove(accounts.Single(a => (string?)a!["name"] == Leaver));
            accounts.Single(a => (string?)a!["name"] == Moved)!["role"] = "Auditor";
        });

        // The deleted account: its next page is the sign-in page, and what it posts is not acted on.
        Assert.Equal(HttpStatusCode.Redirect, (await leaver.GetAsync("/")).StatusCode);
        var leaverPost = await leaver.Http.PostAsync("/?handler=Identify", new FormUrlEncodedContent(
            [new("category", "Visitor"), new("reference", "V-BY-LEAVER"), new("__screening", leaverToken)]));
        Assert.Equal(HttpStatusCode.Unauthorized, leaverPost.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.SignInAsync(Leaver, Password)).StatusCode);

        // The officer made an auditor: the old officer session is gone; signing in again gives the new role.
        var movedPost = await moved.Http.PostAsync("/?handler=Identify", new FormUrlEncodedContent(
            [new("category", "Visitor"), new("reference", "V-BY-MOVED"), new("__screening", movedToken)]));
        Assert.Equal(HttpStatusCode.Unauthorized, movedPost.StatusCode);
        using var again = await lane.SignedInAsync(Moved, Password);
        var page = await again.GetTextAsync("/");
        Assert.Contains("data-role=\"Auditor\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"identify-form\"", page, StringComparison.Ordinal);

        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        var panel = await manager.GetTextAsync("/?handler=Panel");
        Assert.DoesNotContain("V-BY-LEAVER", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("V-BY-MOVED", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_re_created_with_a_new_password_loses_the_sessions_signed_in_with_the_old_one()
    {
        const string Name = "so-reset";
        await AddAccountAsync(Name, "SearchOfficer", "the password that leaked");
        using var thief = await lane.SignedInAsync(Name, "the password that leaked");
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/")).StatusCode);

        EditAccounts(accounts => accounts.Remove(accounts.Single(a => (string?)a!["name"] == Name)));
        await AddAccountAsync(Name, "SearchOfficer", "a brand new password");

        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/")).StatusCode);
    }

    // ---------------------------------------------------------------- roles

    [Fact]
    public async Task A_line_break_in_a_sign_in_name_or_a_reason_cannot_forge_a_line_of_the_lane_s_log()
    {
        const string Forged = "[00:00:00 INF] lane-1 Officer sm-jones signed in"; // within the 64 characters a name may have
        using var session = lane.Session();
        var signIn = await session.SignInAsync("x\n" + Forged, "not anybody's password");
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);

        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        await IdentifyAsync(officer, "Visitor", "V-FORGE-1");
        await AbandonAsync(officer, "left\n[00:00:01 INF] lane-1 Officer sm-jones acknowledged the fire release from the console");
        await Task.Delay(1000);

        var lines = lane.Output.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("[00:00:00 INF]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("[00:00:01 INF]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_auditor_reads_the_lane_but_cannot_record_an_outcome_drive_the_simulator_abandon_or_acknowledge_the_fire_release()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        await ToIdleAsync(officer);
        await IdentifyAsync(officer, "Visitor", "V-AUDITED-1");
        await WalkAsync(officer, alarm: true);
        Assert.Equal("SEARCH", await WaitForVerdictAsync(officer, "SEARCH"));

        var page = await auditor.GetTextAsync("/");
        Assert.Contains("V-AUDITED-1", page, StringComparison.Ordinal); // reads the person in the lane
        Assert.DoesNotContain("id=\"outcome-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"simulator\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"acknowledge-fire\"", await auditor.GetTextAsync("/devices"), StringComparison.Ordinal);

        var panel = await officer.GetTextAsync("/?handler=Panel");
        var screening = ScreeningId().Match(panel).Groups[1].Value;
        var forms = new (string Path, KeyValuePair<string, string>[] Fields)[]
        {
            ("/?handler=Outcome", [new("screening", screening), new("decision", "admit"), new("alarmResolution", "belt"), .. Required(panel).Select(s => new KeyValuePair<string, string>("searches", s))]),
            ("/?handler=Abandon", [new("screening", screening), new("reason", "auditor ends it")]),
            ("/?handler=SimArch", [new("alarm", "false")]),
            ("/?handler=SimPass", []),
            ("/?handler=SimBag", [new("threat", "knife")]),
            ("/?handler=SimCard", [new("card", "12:1001")]),
            ("/?handler=SimJam", [new("jammed", "true")]),
            ("/devices?handler=Acknowledge", []),
        };
        foreach (var (path, fields) in forms)
        {
            var response = await auditor.PostFormAsync("/devices", path, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"an auditor's POST {path} gave {(int)response.StatusCode}");
        }

        // Nothing the auditor sent happened: the person is still waiting for the officer's outcome.
        Assert.Equal("SEARCH", await VerdictAsync(officer));
        Assert.Contains(screening, await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        Assert.Contains("Locked", await officer.GetTextAsync("/devices?handler=Panel"), StringComparison.Ordinal);
        await AbandonAsync(officer, "auditor test over");
    }

    [Fact]
    public async Task The_api_lets_every_role_read_the_state_of_alert_and_only_a_manager_change_it()
    {
        foreach (var (name, password) in new[] { (ConsoleLane.Officer, ConsoleLane.OfficerPassword), (ConsoleLane.Auditor, ConsoleLane.AuditorPassword), (ConsoleLane.Manager, ConsoleLane.ManagerPassword) })
        {
            using var read = await ApiAsync(HttpMethod.Get, name, password, null);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("\"state\":\"Black\"", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var officer = await ApiAsync(HttpMethod.Put, ConsoleLane.Officer, ConsoleLane.OfficerPassword, new { state = "Red", reason = "officer tries" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        }

        using (var auditor = await ApiAsync(HttpMethod.Put, ConsoleLane.Auditor, ConsoleLane.AuditorPassword, new { state = "Red", reason = "auditor tries" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);
        }

        using (var unknown = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, new { state = "Purple", reason = "no such state" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains("Purple", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, new { state = "Amber", reason = " " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using var console = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        Assert.Contains("id=\"board-state\">Black<", await console.GetTextAsync("/alert?handler=Board"), StringComparison.Ordinal);

        using (var set = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, new { state = "BlackSpecial", reason = "API acceptance test" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var board = await console.GetTextAsync("/alert?handler=Board");
        Assert.Contains("id=\"board-state\">BlackSpecial<", board, StringComparison.Ordinal);
        Assert.Contains("API acceptance test", board, StringComparison.Ordinal);

        using var back = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, new { state = "Black", shutDown = false, reason = "API acceptance test over" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task The_antiforgery_token_of_one_officer_does_not_work_for_another_or_from_before_sign_in()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        var officersToken = await officer.TokenAsync("/alert");

        var borrowed = await manager.Http.PostAsync("/alert", new FormUrlEncodedContent(
            [new("state", "Red"), new("reason", "borrowed token"), new("__screening", officersToken)]));
        Assert.Equal(HttpStatusCode.BadRequest, borrowed.StatusCode);

        // A token taken from the sign-in page before signing in is not a signed-in officer's token.
        using var fresh = lane.Session();
        var anonymousToken = await fresh.TokenAsync("/signin");
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword)).StatusCode);
        var stale = await fresh.Http.PostAsync("/alert", new FormUrlEncodedContent(
            [new("state", "Red"), new("reason", "stale token"), new("__screening", anonymousToken)]));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);

        var board = await manager.GetTextAsync("/alert?handler=Board");
        Assert.Contains("id=\"board-state\">Black<", board, StringComparison.Ordinal);
        Assert.DoesNotContain("borrowed token", board, StringComparison.Ordinal);
        Assert.DoesNotContain("stale token", board, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- officer actions in the search log

    [Fact]
    public async Task An_officer_identifying_a_person_and_ending_the_screening_is_in_the_search_log_under_their_name()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await ToIdleAsync(officer);
        var reference = "V-LEFT-" + Guid.NewGuid().ToString("N")[..6];
        await IdentifyAsync(officer, "Visitor", reference, officer: "forged-name");
        var panel = await officer.GetTextAsync("/?handler=Panel");
        Assert.Contains($"Identified by officer {ConsoleLane.Officer}", panel, StringComparison.Ordinal);

        await AbandonAsync(officer, "turned back at the belt <b>upset</b>");
        var row = await WaitForRowAsync(manager, "/log", reference);
        Assert.Equal("Abandoned", row[Status]);
        Assert.Equal(ConsoleLane.Officer, row[Officer]);
        Assert.Equal("Visitor", row[Category]);

        var record = await manager.GetTextAsync($"/log/{row[Sequence]}");
        Assert.Contains($"&quot;officer&quot;: &quot;{ConsoleLane.Officer}&quot;", record, StringComparison.Ordinal);
        Assert.Contains("turned back at the belt &lt;b&gt;upset&lt;/b&gt;", record, StringComparison.Ordinal);
        Assert.DoesNotContain("forged-name", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_one_officer_identifies_and_another_ends_the_screening_both_names_are_in_the_search_log()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await ToIdleAsync(officer);
        var reference = "V-TWO-" + Guid.NewGuid().ToString("N")[..6];
        await IdentifyAsync(officer, "Visitor", reference);
        await AbandonAsync(manager, "left before the arch");

        var row = await WaitForRowAsync(manager, "/log", reference);
        var record = WebUtility.HtmlDecode(await manager.GetTextAsync($"/log/{row[Sequence]}"));
        Assert.Contains(ConsoleLane.Manager, record, StringComparison.Ordinal);
        Assert.Contains(ConsoleLane.Officer, record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_hand_identification_reference_shows_as_text_on_the_lane_page()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        const string Hostile = "<img src=x onerror=alert(1)>\"'&";
        await IdentifyAsync(officer, "Visitor", Hostile);

        var page = await officer.GetTextAsync("/");
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;", page, StringComparison.Ordinal);
        var person = PersonSection().Match(page).Groups[1].Value;
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", person, StringComparison.Ordinal);
        await AbandonAsync(officer, "markup test over");
    }

    [Fact]
    public async Task A_bad_hand_identification_is_refused_with_a_reason_and_nothing_starts()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        var cases = new (string Category, string Reference, string Age, string Told)[]
        {
            ("Visitor", "V-CTRL\u0007-1", "", "Give the person&#x27;s reference"),
            ("Visitor", new string('R', 65), "", "Give the person&#x27;s reference"),
            ("Alien", "V-ALIEN-1", "", "Choose the person&#x27;s category"),
            ("Visitor", "V-AGE-1", "-4", "is not a number of years"),
            ("Visitor", "V-AGE-2", "999", "is not a number of years"),
        };
        foreach (var (category, reference, age, told) in cases)
        {
            var response = await officer.PostFormAsync("/", "/?handler=Identify", [new("category", category), new("reference", reference), new("age", age)]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains(told, ResultOf(await officer.GetTextAsync("/")), StringComparison.Ordinal);
            Assert.Equal("WAITING", await VerdictAsync(officer));
        }
    }

    [Fact]
    public async Task An_outcome_for_a_screening_no_longer_in_the_lane_is_refused_and_the_turnstile_stays_locked()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        await IdentifyAsync(officer, "Visitor", "V-STALE-1");
        await WalkAsync(officer, alarm: true);
        await WaitForVerdictAsync(officer, "SEARCH");
        var panel = await officer.GetTextAsync("/?handler=Panel");

        var response = await officer.PostFormAsync("/", "/?handler=Outcome",
            [new("screening", "lane-1-19990101000000-1"), new("decision", "admit"), new("alarmResolution", "keys"), .. Required(panel).Select(s => new KeyValuePair<string, string>("searches", s))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("no longer waiting for an outcome", ResultOf(await officer.GetTextAsync("/")), StringComparison.Ordinal);
        Assert.Equal("SEARCH", await VerdictAsync(officer));
        Assert.Contains("Locked", await officer.GetTextAsync("/devices?handler=Panel"), StringComparison.Ordinal);
        await AbandonAsync(officer, "stale outcome test over");
    }

    [Fact]
    public async Task Ending_a_screening_no_longer_in_the_lane_is_refused_and_the_person_in_the_lane_stays()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        await IdentifyAsync(officer, "Visitor", "V-STALE-2");
        await WalkAsync(officer, alarm: true);
        await WaitForVerdictAsync(officer, "SEARCH");

        // A page left open on the person before: its form names their screening, not this one.
        var response = await officer.PostFormAsync("/", "/?handler=Abandon", [new("screening", "lane-1-19990101000000-1"), new("reason", "left")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("no longer in the lane", ResultOf(await officer.GetTextAsync("/")), StringComparison.Ordinal);
        Assert.Equal("SEARCH", await VerdictAsync(officer));
        Assert.Contains("V-STALE-2", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        await AbandonAsync(officer, "stale abandonment test over");
    }

    // ---------------------------------------------------------------- the search log

    [Fact]
    public async Task The_search_log_filters_by_category_outcome_item_lane_and_date()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var phoneVisitor = $"V-PHONE-{tag}";
        var contractor = $"C-CLEAR-{tag}";
        var staff = $"S-LEFT-{tag}";

        // A visitor alarms and is found with a phone; a contractor walks clear; a member of staff leaves.
        await ToIdleAsync(officer);
        await IdentifyAsync(officer, "Visitor", phoneVisitor);
        await WalkAsync(officer, alarm: true);
        await WaitForVerdictAsync(officer, "SEARCH");
        await AdmitAsync(officer, [new("items", "mobile-phone"), new("disposal", "Locker")]);

        await IdentifyAsync(officer, "Contractor", contractor);
        await WalkAsync(officer, alarm: false);
        if (await WaitForVerdictAsync(officer, "CLEAR", "SEARCH") == "SEARCH")
        {
            await AdmitAsync(officer, []); // selected at random
        }
        else
        {
            await PassAsync(officer);
        }

        await IdentifyAsync(officer, "Staff", staff);
        await AbandonAsync(officer, "forgot the card");

        var all = await WaitForRowAsync(manager, "/log", staff);
        var lane1 = all[Lane];
        var rows = await RowsAsync(manager, "/log");
        Assert.Contains(rows, r => r[Reference] == phoneVisitor && r[Status] == "Admitted" && r[Verdict] == "Search" && r[Items].Contains("mobile-phone", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[Reference] == contractor && r[Category] == "Contractor");
        Assert.Contains(rows, r => r[Reference] == staff && r[Status] == "Abandoned");

        await AssertShowsAsync(manager, "/log?category=Visitor", [phoneVisitor], [contractor, staff]);
        await AssertShowsAsync(manager, "/log?category=Staff", [staff], [contractor, phoneVisitor]);
        await AssertShowsAsync(manager, "/log?outcome=Abandoned", [staff], [contractor, phoneVisitor]);
        await AssertShowsAsync(manager, "/log?outcome=Admitted", [phoneVisitor], [staff]);
        await AssertShowsAsync(manager, "/log?item=mobile-phone", [phoneVisitor], [contractor, staff]);
        await AssertShowsAsync(manager, "/log?item=knife", [], [phoneVisitor, contractor, staff]);
        await AssertShowsAsync(manager, $"/log?lane={lane1}", [phoneVisitor, contractor, staff], []);
        await AssertShowsAsync(manager, "/log?lane=lane-99", [], [phoneVisitor, contractor, staff]);
        var yesterday = DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await AssertShowsAsync(manager, $"/log?from={yesterday}&to={Today}", [phoneVisitor, contractor, staff], []);
        await AssertShowsAsync(manager, "/log?from=2001-01-01&to=2001-01-31", [], [phoneVisitor, contractor, staff]);
        await AssertShowsAsync(manager, $"/log?category=Visitor&item=mobile-phone&outcome=Search&from={Today}&to={Today}", [phoneVisitor], [contractor, staff]);

        // The count says what the page shows.
        var none = await manager.GetTextAsync("/log?lane=lane-99");
        Assert.Contains("0 matching record(s)", none, StringComparison.Ordinal);

        // An officer sees the same rows without the references.
        var officerRows = await RowsAsync(officer, "/log?outcome=Abandoned&category=Staff");
        Assert.NotEmpty(officerRows);
        Assert.All(officerRows, r => Assert.Equal("withheld", r[Reference]));
        Assert.DoesNotContain(staff, await officer.GetTextAsync("/log"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/log?from=31/12/2026", "is not a date for &#x27;from&#x27; (use YYYY-MM-DD)")]
    [InlineData("/log?from=2026-01-01&to=tomorrow", "is not a date for &#x27;to&#x27; (use YYYY-MM-DD)")]
    [InlineData("/log?from=2026-02-30", "is not a date for &#x27;from&#x27;")]
    [InlineData("/log?from=2026-02-01&to=2026-01-01", "ends (2026-01-01) before it starts (2026-02-01)")]
    [InlineData("/log?from=2020-01-01&to=2026-01-01", "at most a year")]
    public async Task A_malformed_or_impossible_period_gives_a_clear_message(string path, string message)
    {
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var response = await auditor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problem = LogProblem().Match(await response.Content.ReadAsStringAsync());
        Assert.True(problem.Success, $"no message on {path}");
        Assert.Contains(message, problem.Groups[1].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/log?from=9999-12-31")]
    [InlineData("/log?from=9999-12-01&to=9999-12-31")]
    public async Task A_date_at_the_end_of_the_calendar_gives_the_page_not_a_server_error(string path)
    {
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var response = await auditor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(LogProblem().IsMatch(page) || page.Contains("0 matching record(s)", StringComparison.Ordinal), "neither a message nor an empty list for a period at the end of the calendar");
    }

    [Fact]
    public async Task A_record_shows_its_inputs_fired_rules_image_and_the_chain_check()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        await ToIdleAsync(officer);
        var reference = "V-RECORD-" + Guid.NewGuid().ToString("N")[..6];
        await IdentifyAsync(officer, "Visitor", reference);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/", "/?handler=SimBag", [new("threat", "mobile-phone")])).StatusCode);
        var hash = await WaitForAsync(officer, "/?handler=Panel", FrameHash(), "the bag's image never reached the lane page");
        await WalkAsync(officer, alarm: true, zone: "left-low");
        await WaitForVerdictAsync(officer, "SEARCH", "REFUSE");
        var panel = await officer.GetTextAsync("/?handler=Panel");
        var fired = FiredRules().Match(panel).Groups[1].Value;
        Assert.Contains("metal", fired, StringComparison.Ordinal);
        await RefuseAsync(officer, "keys in the coat");

        var row = await WaitForRowAsync(auditor, "/log", reference);
        Assert.Equal("Refused", row[Status]);
        var record = await auditor.GetTextAsync($"/log/{row[Sequence]}");

        // Inputs: the person, the arch's zone, the image; the rules that fired; the officer's outcome.
        Assert.Contains(reference, record, StringComparison.Ordinal);
        Assert.Contains("left-low", record, StringComparison.Ordinal);
        Assert.Contains($"Rules fired: <span class=\"mono\">{fired}</span>", record, StringComparison.Ordinal);
        Assert.Contains("keys in the coat", record, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/console/images/{hash}\"", record, StringComparison.Ordinal);
        var image = await auditor.GetAsync($"/console/images/{hash}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await image.Content.ReadAsByteArrayAsync())[..4]);
        var opaque = await auditor.GetAsync($"/console/images/{hash}/opaque");
        Assert.Equal(HttpStatusCode.OK, opaque.StatusCode);
        Assert.Contains("\"outlines\"", await opaque.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The chain check: this record's own hash and link, then the whole chain on request.
        Assert.Contains("This record&#x27;s hash matches its contents.", record, StringComparison.Ordinal);
        Assert.Contains("It links to the record before it.", record, StringComparison.Ordinal);
        var verified = await auditor.GetTextAsync($"/log/{row[Sequence]}?verify=true");
        Assert.Matches(new Regex(@"id=""chain-result"" class=""ok"">Whole chain verified: \d+ records, [1-9]\d* images \(checked at \d\d:\d\d:\d\d\)\."), verified);
    }

    // ---------------------------------------------------------------- devices

    [Fact]
    public async Task The_devices_page_counts_passages_and_alarms_of_simulated_walks_and_says_the_devices_are_simulated()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        var page = await officer.GetTextAsync("/devices");
        Assert.Contains("id=\"driver\">simulated (no hardware)<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"fire-state\">Normal<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"detector-state\">Ready<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"xray-state\">Not calibrated: frames read in the lane palette<", page, StringComparison.Ordinal);
        var (passages, alarms) = Counters(page);

        // Someone alarms at the arch without being identified (the turnstile stays locked); then a
        // contractor walks clear and goes through the turnstile. The arch's transit relay counts both walks.
        await WalkAsync(officer, alarm: true, zone: "torso");
        // The walk is over, and told to the officer, before the contractor comes.
        await WaitForAsync(officer, "/", UnidentifiedWalkTold(), "the officer was never told of the unidentified walk");

        // And the arch's relays are back at rest (the alarm pulse lasts 400 ms): a second walk on a line
        // that has not settled open is not a second walk.
        await Task.Delay(1500);

        await IdentifyAsync(officer, "Contractor", "C-COUNTED-1");
        await WalkAsync(officer, alarm: false);
        if (await WaitForVerdictAsync(officer, "CLEAR", "SEARCH") == "SEARCH")
        {
            await AdmitAsync(officer, []); // selected at random
        }
        else
        {
            await PassAsync(officer);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        (long Passages, long Alarms) now;
        do
        {
            await Task.Delay(200);
            now = Counters(await officer.GetTextAsync("/devices?handler=Panel"));
        }
        while (now != (passages + 2, alarms + 1) && DateTime.UtcNow < deadline);
        Assert.Equal((passages + 2, alarms + 1), now);

        var panel = await officer.GetTextAsync("/devices?handler=Panel");
        var ratio = Ratio().Match(panel);
        Assert.True(ratio.Success, "no alarm ratio on the devices page");
        var expected = (double)now.Alarms / now.Passages;
        Assert.Equal(expected * 100, double.Parse(ratio.Groups[1].Value, CultureInfo.InvariantCulture), 0.06);
        Assert.Contains("id=\"turnstile-state\">Locked<", panel, StringComparison.Ordinal);
        Assert.Contains("without being identified", ResultOfMessages(await officer.GetTextAsync("/")), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- hostile input

    [Theory]
    [InlineData("/log/99999999999999999999")]
    [InlineData("/log/9223372036854775807")]
    [InlineData("/log/1.5")]
    [InlineData("/console/images/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef/opaque")]
    [InlineData("/console/images/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png")]
    [InlineData("/console/images/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("/console/images/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef%2F..%2F..%2Faccounts.json")]
    [InlineData("/console/images/%2E%2E%2F%2E%2E%2Faccounts.json%00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("/console/images/..%5C..%5Caccounts.json")]
    [InlineData("/console/assets/console.js%2F..%2F..%2F..%2Faccounts.json")]
    [InlineData("/console/assets/CONSOLE.JS")]
    [InlineData("/console/assets/..%2Fappsettings.json")]
    public async Task Unknown_ids_and_path_tricks_are_refused_and_never_serve_a_file_of_the_data_folder(string path)
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var response = await officer.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path} gave {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"Lane\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_refused_and_the_lane_is_unchanged()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await ToIdleAsync(officer);
        var token = await officer.TokenAsync("/");
        var form = $"__screening={Uri.EscapeDataString(token)}&category=Visitor&reference=V-CHUNKED&note={new string('x', 300 * 1024)}";
        using var content = new StreamContent(new NoLengthStream(Encoding.ASCII.GetBytes(form)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await officer.Http.PostAsync("/?handler=Identify", content);
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"a 300 KB chunked body gave {(int)response.StatusCode}");
        Assert.DoesNotContain("V-CHUNKED", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);

        // The API alike, with and without a length.
        var json = $$"""{"state":"Red","reason":"{{new string('y', 100 * 1024)}}"}""";
        using var sized = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, null, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);
        using var chunked = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(json)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var unsized = await ApiAsync(HttpMethod.Put, ConsoleLane.Manager, ConsoleLane.ManagerPassword, null, chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, unsized.StatusCode);
        Assert.Contains("id=\"board-state\">Black<", await officer.GetTextAsync("/alert?handler=Board"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_string_is_refused_and_a_long_filter_is_cut_short()
    {
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var huge = await auditor.GetAsync("/log?item=" + new string('x', 20_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, huge.StatusCode);

        var longFilter = await auditor.GetAsync("/log?item=" + new string('x', 6_000) + "&lane=" + new string('l', 500));
        Assert.Equal(HttpStatusCode.OK, longFilter.StatusCode);
        var page = await longFilter.Content.ReadAsStringAsync();
        Assert.Contains($"name=\"item\" value=\"{new string('x', 64)}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 65), page, StringComparison.Ordinal);
        Assert.Contains("0 matching record(s)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_on_a_page_gives_its_headers_and_no_body()
    {
        using var signedOut = lane.Session();
        using var anonymousHead = await signedOut.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/log"));
        Assert.True(anonymousHead.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"HEAD /log signed out gave {(int)anonymousHead.StatusCode}");

        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var head = await officer.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/log"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Contains("default-src 'self'", string.Join(";", head.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/alert")]
    [InlineData("DELETE", "/alert")]
    [InlineData("PATCH", "/devices")]
    [InlineData("POST", "/")]
    [InlineData("POST", "/?handler=Nonsense")]
    [InlineData("POST", "/devices")]
    [InlineData("POST", "/log/1")]
    [InlineData("PUT", "/")]
    public async Task A_method_a_page_does_not_handle_is_refused_cleanly_and_changes_nothing(string method, string path)
    {
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        var token = await manager.TokenAsync("/alert");
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new FormUrlEncodedContent([new("state", "Red"), new("reason", "method test"), new("__screening", token)]),
        };
        using var response = await manager.Http.SendAsync(request);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("id=\"board-state\">Black<", await manager.GetTextAsync("/alert?handler=Board"), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- helpers

    private const int Sequence = 0;
    private const int Lane = 2;
    private const int Category = 4;
    private const int Reference = 5;
    private const int Status = 6;
    private const int Verdict = 7;
    private const int Items = 10;
    private const int Officer = 11;

    private async Task AddAccountAsync(string name, string role, string password)
    {
        using var cli = new ScreeningCli();
        var added = await cli.RunWithInputAsync(password + "\n", "accounts", "add", name, "--role", role, "--data", lane.Data);
        Assert.True(added.ExitCode == 0, added.ToString());
    }

    /// <summary>Edits the lane's accounts file as an administrator would (written aside, then renamed over it).</summary>
    private void EditAccounts(Action<JsonArray> edit)
    {
        var path = Path.Combine(lane.Data, "accounts.json");
        var accounts = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        edit(accounts);
        var aside = path + ".edit";
        File.WriteAllText(aside, accounts.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(aside, path, overwrite: true);
    }

    private async Task<HttpResponseMessage> ApiAsync(HttpMethod method, string account, string password, object? body, HttpContent? content = null)
    {
        using var session = lane.Session();
        using var request = new HttpRequestMessage(method, "/api/alert")
        {
            Content = content ?? (body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account}:{password}")));
        var response = await session.Http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private async Task WaitForOutputAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!lane.Output.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(text, lane.Output, StringComparison.Ordinal);
    }

    private static async Task IdentifyAsync(ConsoleSession session, string category, string reference, string? officer = null)
    {
        List<KeyValuePair<string, string>> fields = [new("category", category), new("reference", reference), new("age", "40")];
        if (officer is not null)
        {
            fields.Add(new("officer", officer)); // a forged name: the lane must use the signed-in one
        }

        var response = await session.PostFormAsync("/", "/?handler=Identify", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await WaitForVerdictAsync(session, "WALK THE ARCH");
    }

    private static async Task WalkAsync(ConsoleSession officer, bool alarm, string zone = "torso")
    {
        var response = await officer.PostFormAsync("/", "/?handler=SimArch", alarm ? [new("alarm", "true"), new("zone", zone)] : [new("alarm", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task PassAsync(ConsoleSession officer)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/", "/?handler=SimPass", [])).StatusCode);
        await WaitForVerdictAsync(officer, "WAITING");
    }

    private static async Task AbandonAsync(ConsoleSession officer, string reason)
    {
        var panel = await officer.GetTextAsync("/?handler=Panel");
        var response = await officer.PostFormAsync("/", "/?handler=Abandon", [new("screening", ScreeningId().Match(panel).Groups[1].Value), new("reason", reason)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await WaitForVerdictAsync(officer, "WAITING");
    }

    /// <summary>Records an admission with every required search done; the person then walks through.</summary>
    private static async Task AdmitAsync(ConsoleSession officer, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var panel = await officer.GetTextAsync("/?handler=Panel");
        var response = await officer.PostFormAsync("/", "/?handler=Outcome",
            [new("screening", ScreeningId().Match(panel).Groups[1].Value), new("alarmResolution", "belt buckle"), new("decision", "admit"),
             .. Required(panel).Select(s => new KeyValuePair<string, string>("searches", s)), .. extra]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var told = ResultOf(await officer.GetTextAsync("/"));
        Assert.True(await VerdictAsync(officer) == "CLEAR", $"the admission was not taken: {told}");
        await PassAsync(officer);
    }

    private static async Task RefuseAsync(ConsoleSession officer, string cause)
    {
        var panel = await officer.GetTextAsync("/?handler=Panel");
        var response = await officer.PostFormAsync("/", "/?handler=Outcome",
            [new("screening", ScreeningId().Match(panel).Groups[1].Value), new("alarmResolution", cause), new("decision", "refuse")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var told = ResultOf(await officer.GetTextAsync("/"));
        Assert.True(await VerdictAsync(officer) == "WAITING", $"the refusal was not taken: {told}");
    }

    /// <summary>Brings the lane back to WAITING, whatever an earlier test left.</summary>
    private static async Task ToIdleAsync(ConsoleSession officer)
    {
        switch (await VerdictAsync(officer))
        {
            case "WAITING":
                return;
            case "CLEAR":
                await PassAsync(officer);
                return;
            default:
                await AbandonAsync(officer, "tidy-up between tests");
                return;
        }
    }

    private static async Task<string> VerdictAsync(ConsoleSession session) =>
        VerdictText().Match(await session.GetTextAsync("/?handler=Panel")).Groups[1].Value;

    private static async Task<string> WaitForVerdictAsync(ConsoleSession session, params string[] any)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string verdict;
        do
        {
            verdict = await VerdictAsync(session);
            if (any.Contains(verdict))
            {
                return verdict;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"the lane showed {verdict}, never {string.Join(" or ", any)}");
        return verdict;
    }

    private static async Task<string> WaitForAsync(ConsoleSession session, string path, Regex pattern, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        do
        {
            if (pattern.Match(await session.GetTextAsync(path)) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail(failure);
        return "";
    }

    /// <summary>The rows of a search log page, each as its cells' text.</summary>
    private static async Task<List<string[]>> RowsAsync(ConsoleSession session, string path)
    {
        var html = await session.GetTextAsync(path);
        var body = TableBody().Match(html).Groups[1].Value;
        return [.. TableRow().Matches(body).Select(row => Cell().Matches(row.Groups[1].Value)
            .Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, "")).Trim()).ToArray())];
    }

    private static async Task<string[]> WaitForRowAsync(ConsoleSession session, string path, string reference)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            if ((await RowsAsync(session, path)).FirstOrDefault(r => r[Reference] == reference) is { } row)
            {
                return row;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{reference} never reached {path}");
        return [];
    }

    private static async Task AssertShowsAsync(ConsoleSession session, string path, string[] shown, string[] hidden)
    {
        var references = (await RowsAsync(session, path)).Select(r => r[Reference]).ToList();
        foreach (var reference in shown)
        {
            Assert.True(references.Contains(reference), $"{path} does not show {reference}");
        }

        foreach (var reference in hidden)
        {
            Assert.False(references.Contains(reference), $"{path} shows {reference}");
        }
    }

    private static IEnumerable<string> Required(string panel) => RequiredSearch().Matches(panel).Select(m => m.Groups[1].Value);

    private static string ResultOf(string page) => ResultMessage().Match(page).Groups[1].Value;

    private static string ResultOfMessages(string page) => WebUtility.HtmlDecode(Messages().Match(page).Groups[1].Value);

    private static (long Passages, long Alarms) Counters(string html) =>
        (long.Parse(PassagesCount().Match(html).Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(AlarmsCount().Match(html).Groups[1].Value, CultureInfo.InvariantCulture));

    /// <summary>A request body that does not say its length (sent chunked).</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [GeneratedRegex("id=\"verdict\" class=\"big\">([^<]*)<")]
    private static partial Regex VerdictText();

    [GeneratedRegex("name=\"screening\" value=\"([^\"]+)\"")]
    private static partial Regex ScreeningId();

    [GeneratedRegex("name=\"searches\" value=\"(\\w+)\" data-key=\"\\d\" checked=\"checked\"")]
    private static partial Regex RequiredSearch();

    [GeneratedRegex("id=\"result\" class=\"(?:ok|error)\" role=\"status\">([^<]*)<")]
    private static partial Regex ResultMessage();

    [GeneratedRegex("id=\"signin-error\">([^<]*)<")]
    private static partial Regex SignInError();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();

    [GeneratedRegex("id=\"log-problem\">([^<]*)<")]
    private static partial Regex LogProblem();

    [GeneratedRegex("<section class=\"person\" id=\"person\">(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex PersonSection();

    [GeneratedRegex("<summary>Rules fired</summary><p class=\"mono\">([^<]*)</p>")]
    private static partial Regex FiredRules();

    [GeneratedRegex("<figure class=\"frame\" data-hash=\"([0-9a-f]{64})\"")]
    private static partial Regex FrameHash();

    [GeneratedRegex("<ol id=\"messages\" class=\"messages\">(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex Messages();

    [GeneratedRegex("<ol id=\"messages\" class=\"messages\">(.*?without being identified.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex UnidentifiedWalkTold();

    [GeneratedRegex("id=\"passages\">(\\d+)<")]
    private static partial Regex PassagesCount();

    [GeneratedRegex("id=\"alarms\">(\\d+)<")]
    private static partial Regex AlarmsCount();

    [GeneratedRegex("id=\"ratio\">([0-9.]+)\\s?%<")]
    private static partial Regex Ratio();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
