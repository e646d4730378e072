using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Station.Tests.Console;

/// <summary>A lane whose turnstile faults two seconds after a passage contact sticks closed (10 s by default).</summary>
public sealed class JammableConsoleLane : ConsoleLane
{
    protected override IEnumerable<string> ConfigurationOverrides =>
        ["--LaneDevices:Turnstile:StuckPassageTimeout=00:00:02", "--Lane:Xray:Enabled=false"];
}

/// <summary>
/// A jammed turnstile arm, seen from the console in a real browser: the fault reaches the lane page
/// and the devices page by itself, the next person is held locked, and freeing the arm clears it.
/// Its own lane, so the jam cannot leak into the other browser tests.
/// </summary>
public sealed class ConsoleTurnstileFaultTests(JammableConsoleLane lane) : IClassFixture<JammableConsoleLane>, IAsyncLifetime
{
    private readonly Browsers _browsers = new(lane);

    public Task InitializeAsync() => _browsers.InitializeAsync();

    public Task DisposeAsync() => _browsers.DisposeAsync();

    [Fact]
    public async Task A_jammed_arm_shows_as_a_turnstile_fault_holds_the_next_person_locked_and_clears_when_freed()
    {
        var officer = await _browsers.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var manager = await _browsers.SignInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        await manager.GotoAsync("/devices");
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("Locked");
        await Expect(manager.Locator("#turnstile-faults")).ToHaveTextAsync("");

        // One person is searched, admitted, and jams the arm on the way through.
        await Identify(officer, "V-JAM-1");
        await officer.Locator("select[name=zone]").SelectOptionAsync("torso");
        await officer.Locator("#sim-alarm").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("SEARCH", new() { Timeout = 15_000 });
        await officer.Locator("#alarm-resolution").FillAsync("keys");
        await officer.EvaluateAsync("() => document.activeElement.blur()");
        await officer.Keyboard.PressAsync("a");
        await Expect(officer.Locator("#stage-text")).ToHaveTextAsync("Turnstile free for one passage.");
        await officer.Locator("#sim-jam").ClickAsync();

        // The contact closed once (the person is through), then stayed closed: a fault, on both pages, without a reload.
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING", new() { Timeout = 15_000 });
        await Expect(officer.Locator("#messages")).ToContainTextAsync("Turnstile fault: PassageSensorStuck (In)", new() { Timeout = 15_000 });
        await Expect(manager.Locator("#turnstile-faults")).ToHaveTextAsync("FAULT: PassageSensorStuck (In)", new() { Timeout = 15_000 });
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("Locked");

        // The next person walks the arch clear, but a turnstile that cannot count cannot free for one: held for the officer.
        await Identify(officer, "V-JAM-2");
        await officer.Locator("#sim-walk").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("SEARCH", new() { Timeout = 15_000 });
        await Expect(officer.Locator("#reasons")).ToContainTextAsync("nobody is admitted until it recovers");
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("Locked");

        // Freed, the arm's contact opens: the fault clears on both pages.
        await officer.Locator("#sim-unjam").ClickAsync();
        await Expect(officer.Locator("#messages")).ToContainTextAsync("Turnstile back in service (PassageSensorStuck (In) cleared).", new() { Timeout = 15_000 });
        await Expect(manager.Locator("#turnstile-faults")).ToHaveTextAsync("", new() { Timeout = 15_000 });
        await Expect(manager.Locator("#turnstile-state")).ToHaveTextAsync("Locked");

        await officer.Locator("form.abandon input[name=reason]").FillAsync("test over");
        await officer.Locator("form.abandon button").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING");
    }

    private static async Task Identify(IPage officer, string reference)
    {
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WAITING");
        await officer.Locator("#identify-form select[name=category]").SelectOptionAsync("Visitor");
        await officer.Locator("#identify-reference").FillAsync(reference);
        await officer.Locator("#identify-form input[name=age]").FillAsync("35");
        await officer.Locator("#identify").ClickAsync();
        await Expect(officer.Locator("#verdict")).ToHaveTextAsync("WALK THE ARCH");
    }
}
