using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Screening.Station.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Screening.Station.Tests.Console;

/// <summary>
/// Acceptance tests of the officer console in a real browser (Debian's Chromium driven by Playwright)
/// against a running lane, written from the words of issue 6: keyboard operation, the outcome controls,
/// live updates of every page, hostile text shown as text, sign-out, and sessions that end.
/// </summary>
public sealed class ConsoleAcceptanceBrowserTests(ConsoleLane lane) : IClassFixture<ConsoleLane>, IAsyncLifetime
{
    private readonly Browsers _browsers = new(lane);

    /// <summary>
    /// For a page reached by a key or a link: the URL is polled and the page's own element awaited,
    /// rather than the browser's load event, which a loaded CI machine can hold past 30 s.
    /// </summary>
    private const float PageWaitMs = 60_000;

    public Task InitializeAsync() => _browsers.InitializeAsync();

    public Task DisposeAsync() => _browsers.DisposeAsync();

    [Fact]
    public async Task An_officer_identifies_ticks_searches_and_refuses_entry_from_the_keyboard_and_the_search_log_shows_it()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });

        // i: straight to the reference; Enter identifies.
        await Blur(officer);
        await officer.Keyboard.PressAsync("i");
        await Expect(officer.Locator("#identify-reference")).ToBeFocusedAsync();
        await officer.Keyboard.TypeAsync("V-KEYS-1");
        await officer.Keyboard.PressAsync("Enter");
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");

        await manager.Locator("select[name=zone]").SelectOptionAsync("torso");
        await manager.Locator("#sim-alarm").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("SEARCH", new() { Timeout = 15_000 });

        // 1-6 tick the searches done; n goes to the note.
        await Blur(officer);
        var fullSearch = officer.Locator("#outcome-form input[data-key='6']");
        var before = await fullSearch.IsCheckedAsync();
        await officer.Keyboard.PressAsync("6");
        Assert.NotEqual(before, await fullSearch.IsCheckedAsync());
        await officer.Keyboard.PressAsync("6");
        Assert.Equal(before, await fullSearch.IsCheckedAsync());
        await officer.Keyboard.PressAsync("n");
        await Expect(officer.Locator("#note")).ToBeFocusedAsync();
        await officer.Keyboard.TypeAsync("refused: would not be wanded");
        await officer.Locator("#alarm-resolution").FillAsync("would not say");

        // r refuses entry: the lane is waiting again and the turnstile stayed locked.
        await Blur(officer);
        await officer.Keyboard.PressAsync("r");
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 15_000 });
        await Expect(officer.Locator("#result")).Not.ToHaveClassAsync("error");

        // Alt+3: the search log, newest first, with the refusal under the officer's name (reference withheld).
        await officer.Keyboard.PressAsync("Alt+3");
        await Expect(officer).ToHaveURLAsync(new Regex("/log$"), new() { Timeout = PageWaitMs });
        var row = officer.Locator("#log-table tbody tr").First;
        await Expect(row).ToContainTextAsync("Refused", new() { Timeout = PageWaitMs });
        await Expect(row).ToContainTextAsync("withheld");
        await Expect(row).ToContainTextAsync(ConsoleLane.Officer);
        await Expect(row).Not.ToContainTextAsync("V-KEYS-1");
        await officer.Keyboard.PressAsync("Alt+4");
        await Expect(officer).ToHaveURLAsync(new Regex("/devices$"), new() { Timeout = PageWaitMs });
        await Expect(officer.Locator("#turnstile-state")).ToHaveTextAsync("Locked", new() { Timeout = PageWaitMs });
    }

    [Fact]
    public async Task The_outcome_form_records_items_from_the_catalogue_disposal_report_and_note_and_the_turnstile_frees()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });
        await officer.Locator("#identify-reference").FillAsync("V-FOUND-1");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await manager.Locator("select[name=zone]").SelectOptionAsync("left-low");
        await manager.Locator("#sim-alarm").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("SEARCH", new() { Timeout = 15_000 });
        await Expect(officer.Locator("#arch")).ToContainTextAsync("ALARM left-low");

        const string Note = "<b id=\"injected-note\">phone</b> in a sock";
        await officer.Locator("#items").SelectOptionAsync("mobile-phone");
        await officer.Locator("#disposal").SelectOptionAsync("Locker");
        await officer.Locator("#alarm-resolution").FillAsync("phone in a sock");
        await officer.Locator("#outcome-form input[name=sir]").CheckAsync();
        await officer.Locator("#note").FillAsync(Note);
        await officer.Locator("#admit").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("CLEAR");

        // The turnstile is free for one passage; the person goes through and the lane locks again.
        await manager.GotoAsync("/devices");
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("FreeOnce");
        await manager.GotoAsync("/");
        await manager.Locator("#sim-pass").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 15_000 });

        // The manager opens the record from the search log: everything the officer chose, the note as text.
        await manager.GotoAsync("/log");
        await manager.Locator("#log-table tbody tr", new() { HasText = "V-FOUND-1" }).Locator("a").First.ClickAsync();
        await Expect(manager).ToHaveURLAsync(new Regex(@"/log/\d+$"), new() { Timeout = PageWaitMs });
        await Expect(manager.Locator("#record-body")).Not.ToBeEmptyAsync(new() { Timeout = PageWaitMs });
        var body = JsonNode.Parse(await manager.Locator("#record-body").TextContentAsync() ?? "")!;
        var outcome = body["outcome"]!;
        Assert.Equal(ConsoleLane.Officer, (string?)outcome["officer"]);
        Assert.Equal("mobile-phone", (string?)outcome["itemsFound"]![0]);
        Assert.Equal("Locker", (string?)outcome["disposal"]);
        Assert.True((bool?)outcome["securityInformationReport"]);
        Assert.Equal(Note, (string?)outcome["note"]);
        await Expect(manager.Locator("#injected-note")).ToHaveCountAsync(0);
        await Expect(manager.Locator("#chain-check")).ToContainTextAsync("This record's hash matches its contents.");
    }

    [Fact]
    public async Task Markup_in_a_reference_shows_as_text_in_the_person_and_the_live_messages()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });
        const string Hostile = "<img id=\"injected-ref\" src=x>";
        await officer.Locator("#identify-reference").FillAsync(Hostile);
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await Expect(officer.Locator("#person .reference")).ToHaveTextAsync(Hostile);
        await Expect(officer.Locator("#messages")).ToContainTextAsync(Hostile);

        // The live feed (server-sent events) rewrites the messages: still text after an update.
        await officer.EvaluateAsync("() => { document.getElementById('messages').replaceChildren(); }");
        await Expect(officer.Locator("#messages")).ToContainTextAsync(Hostile, new() { Timeout = 10_000 });
        await Expect(officer.Locator("#injected-ref")).ToHaveCountAsync(0);

        await officer.Locator("form.abandon input[name=reason]").FillAsync("markup test over");
        await officer.Locator("form.abandon button").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING");
    }

    [Fact]
    public async Task The_devices_page_counts_an_alarm_live_and_says_the_devices_are_simulated()
    {
        var auditor = await _browsers.SignInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await auditor.GotoAsync("/devices");
        await Expect(auditor.Locator("#driver")).ToHaveTextAsync("simulated (no hardware)");
        await Expect(auditor.Locator("#fire-state")).ToHaveTextAsync("Normal");
        await Expect(auditor.Locator("#acknowledge-fire")).ToHaveCountAsync(0);
        var alarms = long.Parse(await auditor.Locator("#alarms").TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await auditor.EvaluateAsync("() => { window.__notReloaded = true; }");

        await Expect(manager.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });
        await manager.Locator("select[name=zone]").SelectOptionAsync("torso");
        await manager.Locator("#sim-alarm").ClickAsync();

        await Expect(auditor.Locator("#alarms")).ToHaveTextAsync((alarms + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 15_000 });
        Assert.True(await auditor.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the devices page reloaded instead of updating live");
    }

    [Fact]
    public async Task A_shut_down_set_by_the_manager_shows_at_once_on_an_officer_s_open_lane_page()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await Expect(officer.Locator("#alert-shutdown")).ToBeHiddenAsync();
        await officer.EvaluateAsync("() => { window.__notReloaded = true; }");

        await manager.GotoAsync("/alert");
        var state = await manager.Locator("#alert-select").InputValueAsync();
        await manager.Locator("#alert-form input[name=shutDown]").CheckAsync();
        await manager.Locator("#alert-reason").FillAsync("Disturbance on B wing: visits suspended");
        await manager.Locator("#alert-set").ClickAsync();
        await Expect(manager.Locator("#result")).ToContainTextAsync("with shut-down");

        await Expect(officer.Locator("#alert-shutdown")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(officer.Locator("#alert-state")).ToHaveTextAsync(state);
        await Expect(officer.Locator("#messages")).ToContainTextAsync("Disturbance on B wing");
        Assert.True(await officer.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the lane page reloaded instead of updating live");

        await manager.Locator("#alert-form input[name=shutDown]").UncheckAsync();
        await manager.Locator("#alert-reason").FillAsync("B wing settled: visits resume");
        await manager.Locator("#alert-set").ClickAsync();
        await Expect(officer.Locator("#alert-shutdown")).ToBeHiddenAsync(new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task After_signing_out_the_console_is_refused_to_that_browser()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await officer.Locator("form[action='/console/signout'] button").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/signin"), new() { Timeout = PageWaitMs });
        await Expect(officer.Locator("#officer")).ToHaveCountAsync(0);

        await officer.GotoAsync("/log");
        Assert.Contains("/signin", officer.Url, StringComparison.Ordinal);
        await Expect(officer.Locator("#log-table")).ToHaveCountAsync(0);
        var feed = await officer.Context.APIRequest.GetAsync("/console/events?page=lane");
        Assert.Equal(401, feed.Status);
        var panel = await officer.Context.APIRequest.GetAsync("/?handler=Panel", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, panel.Status);
    }

    [Fact]
    public async Task A_deleted_officer_s_open_lane_page_stops_showing_the_lane()
    {
        const string Name = "so-browser-leaver";
        const string Password = "a long enough password";
        using (var cli = new ScreeningCli())
        {
            var added = await cli.RunWithInputAsync(Password + "\n", "accounts", "add", Name, "--role", "SearchOfficer", "--data", lane.Data);
            Assert.True(added.ExitCode == 0, added.ToString());
        }

        var leaver = await _browsers.SignInAsync(Name, Password);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await Expect(leaver.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });

        var path = Path.Combine(lane.Data, "accounts.json");
        var accounts = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsArray();
        accounts.Remove(accounts.Single(a => (string?)a!["name"] == Name));
        await File.WriteAllTextAsync(path + ".edit", accounts.ToJsonString());
        File.Move(path + ".edit", path, overwrite: true);

        await manager.Locator("#identify-reference").FillAsync("V-AFTER-LEAVING");
        await manager.Locator("#identify").ClickAsync();
        await Expect(manager.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await Task.Delay(3000);
        await Expect(leaver.Locator("body")).Not.ToContainTextAsync("V-AFTER-LEAVING");
        await Expect(leaver).ToHaveURLAsync(new Regex("/signin"), new() { Timeout = 10_000 });

        await manager.Locator("form.abandon input[name=reason]").FillAsync("test over");
        await manager.Locator("form.abandon button").ClickAsync();
        await Expect(manager.Locator("#verdict")).ToHaveTextAsync("WAITING");
    }

    [Fact]
    public async Task An_officer_with_several_console_tabs_open_can_still_act_at_the_lane()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 30_000 });
        var tabs = new List<IPage>();
        foreach (var path in new[] { "/devices", "/alert", "/log", "/", "/devices", "/" })
        {
            var tab = await officer.Context.NewPageAsync();
            tabs.Add(tab);
            await tab.GotoAsync(path, new() { Timeout = 20_000 });
        }

        await officer.Locator("#identify-reference").FillAsync("V-MANY-TABS");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH", new() { Timeout = 20_000 });
        await officer.Locator("form.abandon input[name=reason]").FillAsync("tabs test over");
        await officer.Locator("form.abandon button").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 20_000 });
    }

    private static async Task Blur(IPage page) => await page.EvaluateAsync("() => { if (document.activeElement) { document.activeElement.blur(); } }");
}

/// <summary>The rotation prompt in a real browser, on a lane whose review period is a few seconds.</summary>
public sealed class ConsoleAcceptanceRotationBrowserTests(RotationConsoleLane lane) : IClassFixture<RotationConsoleLane>, IAsyncLifetime
{
    private readonly Browsers _browsers = new(lane);

    public Task InitializeAsync() => _browsers.InitializeAsync();

    public Task DisposeAsync() => _browsers.DisposeAsync();

    [Fact]
    public async Task An_operator_who_keeps_the_lane_page_open_past_the_review_period_is_told_to_rotate_and_one_on_the_devices_page_is_not()
    {
        var reviewer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var other = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await other.GotoAsync("/devices");
        await Expect(reviewer.Locator("#rotate")).ToBeHiddenAsync();

        await Expect(reviewer.Locator("#rotate")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(reviewer.Locator("#rotate")).ToContainTextAsync("Rotate now");
        await Expect(reviewer.Locator("#rotate-minutes")).ToHaveTextAsync(new Regex(@"^\d+$"));
        await reviewer.Locator("#rotate-dismiss").ClickAsync();
        await Expect(reviewer.Locator("#rotate")).ToBeHiddenAsync();
        await Expect(other.Locator("#rotate")).ToBeHiddenAsync();
        Assert.Contains($"Officer {ConsoleLane.Officer} has reviewed x-ray images for", lane.Output, StringComparison.Ordinal);
    }
}

/// <summary>Debian's Chromium, one browser context (one officer's browser) per sign-in.</summary>
internal sealed class Browsers(ConsoleLane lane)
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is not installed (./run-tests installs it)");
        // Playwright's 5-s default is short on a loaded two-core CI machine running lanes beside the browser.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"], // CI runs as root
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (a browser nobody has signed in to) on the lane.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = lane.BaseAddress.ToString() });

    public async Task<IPage> SignInAsync(string account, string password)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("input[name=account]").FillAsync(account);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#officer")).ToContainTextAsync(account);
        return page;
    }
}
