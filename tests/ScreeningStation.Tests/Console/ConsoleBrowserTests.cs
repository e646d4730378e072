using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Station.Tests.Console;

/// <summary>
/// The console in a real browser (Debian's Chromium driven by Playwright) against a running lane:
/// sign-in, live updates without reloading, recording an outcome, the state-of-alert board.
/// </summary>
public sealed class ConsoleBrowserTests(ConsoleLane lane) : IClassFixture<ConsoleLane>, IAsyncLifetime
{
    private readonly Browsers _browsers = new(lane);

    public Task InitializeAsync() => _browsers.InitializeAsync();

    public Task DisposeAsync() => _browsers.DisposeAsync();

    [Fact]
    public async Task An_alarm_appears_live_the_officer_records_the_outcome_by_keyboard_and_the_turnstile_frees()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING");

        await officer.Locator("#identify-form select[name=category]").SelectOptionAsync("Visitor");
        await officer.Locator("#identify-reference").FillAsync("V-BROWSER-1");
        await officer.Locator("#identify-form input[name=age]").FillAsync("35");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await Expect(officer.Locator("#person")).ToContainTextAsync("V-BROWSER-1");

        // From here on the officer's page must change by itself: mark it, and check the mark survives.
        await officer.EvaluateAsync("() => { window.__notReloaded = true; }");
        await manager.Locator("select[name=zone]").SelectOptionAsync("torso");
        await manager.Locator("#sim-alarm").ClickAsync();

        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("SEARCH", new() { Timeout = 15_000 });
        await Expect(officer.Locator("#arch")).ToContainTextAsync("ALARM torso");
        await Expect(officer.Locator("#required-searches")).ToContainTextAsync("Wand");
        Assert.True(await officer.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded instead of updating live");
        await Expect(officer.Locator("#messages")).ToContainTextAsync("SEARCH");

        await officer.Locator("#alarm-resolution").FillAsync("belt buckle");
        await officer.EvaluateAsync("() => document.activeElement.blur()");
        await officer.Keyboard.PressAsync("a");

        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("CLEAR");
        await Expect(officer.Locator("#stage-text")).ToHaveTextAsync("Turnstile free for one passage.");
        await manager.GotoAsync("/devices");
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("FreeOnce");

        // The person pushes through; the officer's page goes back to waiting by itself.
        await officer.EvaluateAsync("() => { window.__notReloaded = true; }");
        await manager.GotoAsync("/");
        await manager.Locator("#sim-pass").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 15_000 });
        Assert.True(await officer.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await manager.GotoAsync("/devices");
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("Locked");
    }

    [Fact]
    public async Task A_lane_page_rendered_just_before_the_lane_changes_shows_the_change_without_a_reload()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 60_000 });

        // A second tab of the same browser (it shares the first tab's live feed) asks for the lane page; the
        // server renders it now, while the lane waits, but the page reaches the tab only after the lane changed:
        // what happens after an officer's own form post when the lane moves while the answer is on its way.
        var late = await officer.Context.NewPageAsync();
        var rendered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await late.RouteAsync(
            url => new Uri(url) is { AbsolutePath: "/", Query: "" },
            async route =>
            {
                var response = await route.FetchAsync();
                var body = await response.TextAsync();
                rendered.TrySetResult();
                await release.Task;
                await route.FulfillAsync(new() { Response = response, Body = body });
            });
        var navigation = late.GotoAsync("/");
        await rendered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await officer.Locator("#identify-reference").FillAsync("V-LATE-PAGE");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        release.SetResult();
        await navigation;

        await Expect(late.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await Expect(late.Locator("#person")).ToContainTextAsync("V-LATE-PAGE");

        // Leave the lane as found for the other tests.
        await late.Locator("form.abandon input[name=reason]").FillAsync("test over");
        await late.Locator("form.abandon button").ClickAsync();
        await Expect(late.Locator("#verdict")).ToHaveTextAsync("WAITING");
    }

    [Fact]
    public async Task An_officer_cannot_change_the_alert_a_manager_can_and_every_open_console_shows_it_at_once()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await officer.GotoAsync("/alert");
        await Expect(officer.Locator("#alert-form")).ToHaveCountAsync(0);

        // Even a hand-made request from the officer's signed-in page is refused.
        var status = await officer.EvaluateAsync<int>(@"async () => {
            const token = document.querySelector('input[name=__screening]').value;
            const body = new URLSearchParams({ state: 'Red', reason: 'officer tries', __screening: token });
            const r = await fetch('/alert', { method: 'POST', body, redirect: 'manual' });
            return r.status; }");
        Assert.Equal(403, status);

        var officerLane = await officer.Context.NewPageAsync();
        await officerLane.GotoAsync("/");
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await manager.GotoAsync("/alert");
        await manager.Locator("#alert-select").SelectOptionAsync("Amber");
        await manager.Locator("#alert-reason").FillAsync("Specific threat: drone drops reported");
        await manager.Locator("#alert-set").ClickAsync();

        await Expect(manager.Locator("#alert-state")).ToHaveTextAsync("Amber");
        await Expect(officer.Locator("#alert-state")).ToHaveTextAsync("Amber", new() { Timeout = 10_000 });
        await Expect(officerLane.Locator("#alert-state")).ToHaveTextAsync("Amber", new() { Timeout = 10_000 });
        await Expect(officer.Locator("#board-reason")).ToHaveTextAsync("Specific threat: drone drops reported", new() { Timeout = 10_000 });
        await Expect(officer.Locator("#alert-history")).ToContainTextAsync(ConsoleLane.Manager);
    }

    [Fact]
    public async Task A_signed_out_browser_is_sent_to_sign_in_and_a_wrong_password_is_told()
    {
        var context = await _browsers.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/log");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        var feed = await context.APIRequest.GetAsync("/console/events");
        Assert.Equal(401, feed.Status);

        await page.Locator("input[name=account]").FillAsync(ConsoleLane.Officer);
        await page.Locator("input[name=password]").FillAsync("not my password");
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("Wrong account name or password.");
    }

    [Fact]
    public async Task The_lane_page_shows_the_bag_image_with_its_detection_boxes()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        await officer.SetViewportSizeAsync(1600, 1000);
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 60_000 });
        await officer.Locator("#identify-reference").FillAsync("V-XRAY-7");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
        await officer.Locator("select[name=threat]").SelectOptionAsync("knife");
        await officer.Locator("#sim-bag").ClickAsync();

        var frame = officer.Locator("#xray figure.frame");
        await Expect(frame).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(frame.Locator("svg.boxes")).ToHaveAttributeAsync("viewBox", new System.Text.RegularExpressions.Regex(@"^0 0 1024 768$"));
        Assert.True(await frame.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1024"), "the x-ray image did not load");
        var chips = await frame.Locator("figcaption .chip").CountAsync();
        await Expect(frame.Locator("svg.boxes rect")).ToHaveCountAsync(chips);

        await officer.Locator("select[name=zone]").SelectOptionAsync("left-low");
        await officer.Locator("#sim-alarm").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(SEARCH|REFUSE)$"), new() { Timeout = 15_000 });
        await Expect(officer.Locator("#outcome-form")).ToBeVisibleAsync();

        var shot = Path.Combine(lane.Data, "console-lane.png");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = false });
        Assert.True(new FileInfo(shot).Length > 10_000);
        if (Environment.GetEnvironmentVariable("SCREENING_SCREENSHOTS") is { Length: > 0 } folder)
        {
            File.Copy(shot, Path.Combine(folder, "console-lane.png"), overwrite: true);
        }

        // Leave the lane as found for the other tests.
        await officer.Locator("form.abandon input[name=reason]").FillAsync("test over");
        await officer.Locator("form.abandon button").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING");
    }
}
