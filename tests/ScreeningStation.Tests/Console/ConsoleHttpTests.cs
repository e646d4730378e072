using System.Net;
using System.Text.RegularExpressions;

namespace Screening.Station.Tests.Console;

/// <summary>The console over plain HTTP on a running lane: who may do what, and hostile requests.</summary>
public sealed partial class ConsoleHttpTests(ConsoleLane lane) : IClassFixture<ConsoleLane>
{
    private static readonly string UnknownImage = new('a', 64);

    [Theory]
    [InlineData("/")]
    [InlineData("/alert")]
    [InlineData("/log")]
    [InlineData("/log/1")]
    [InlineData("/devices")]
    public async Task A_signed_out_page_request_is_sent_to_sign_in(string path)
    {
        using var session = lane.Session();
        var response = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString.Replace(lane.BaseAddress.ToString(), "/", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_out_feed_image_or_form_post_is_refused()
    {
        using var session = lane.Session();
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/console/events?page=lane")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync($"/console/images/{UnknownImage}")).StatusCode);
        var post = await session.Http.PostAsync("/?handler=SimArch", new FormUrlEncodedContent([new("alarm", "true")]));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);

        // Only the loopback health check answers without sign-in.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_auditor_reads_everything_but_cannot_act_or_change_the_alert()
    {
        using var auditor = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        Assert.Contains("WAITING", await auditor.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
        await auditor.GetTextAsync("/log");
        await auditor.GetTextAsync("/devices");
        var alertPage = await auditor.GetTextAsync("/alert");
        Assert.DoesNotContain("id=\"alert-form\"", alertPage, StringComparison.Ordinal);

        var identify = await auditor.PostFormAsync("/log", "/?handler=Identify", [new("category", "Visitor"), new("reference", "V-AUD-1")]);
        Assert.Equal(HttpStatusCode.Forbidden, identify.StatusCode);
        var alert = await auditor.PostFormAsync("/alert", "/alert", [new("state", "Red"), new("reason", "auditor tries")]);
        Assert.Equal(HttpStatusCode.Forbidden, alert.StatusCode);
        Assert.DoesNotContain("auditor tries", await auditor.GetTextAsync("/alert"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_cannot_change_the_state_of_alert_and_a_manager_can_with_a_reason()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);

        var refused = await officer.PostFormAsync("/alert", "/alert", [new("state", "Red"), new("reason", "officer tries")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("officer tries", await manager.GetTextAsync("/alert"), StringComparison.Ordinal);

        var noReason = await manager.PostFormAsync("/alert", "/alert", [new("state", "Amber"), new("reason", "")]);
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Contains("a reason for the change must be given", await manager.GetTextAsync("/alert"), StringComparison.Ordinal);

        var set = await manager.PostFormAsync("/alert", "/alert", [new("state", "BlackSpecial"), new("reason", "Intelligence of a drone drop this week")]);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var board = await officer.GetTextAsync("/alert?handler=Board");
        Assert.Contains("BlackSpecial", board, StringComparison.Ordinal);
        Assert.Contains("Intelligence of a drone drop this week", board, StringComparison.Ordinal);
        Assert.Contains(ConsoleLane.Manager, board, StringComparison.Ordinal);

        // The change is in the search log under the manager's name.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string log;
        do
        {
            log = await officer.GetTextAsync("/log?all=true");
        }
        while (!log.Contains("AlertStateChanged", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Matches(new Regex("AlertStateChanged</td>.*?<td>" + ConsoleLane.Manager + "</td>", RegexOptions.Singleline), log);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var response = await officer.PostFormAsync("/", "/?handler=Identify", [new("category", "Visitor"), new("reference", "V-CSRF-1")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("V-CSRF-1", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);

        var signOut = await officer.Http.PostAsync("/console/signout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/devices")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_and_the_lane_is_unchanged()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var token = await officer.TokenAsync("/");
        var huge = new string('x', 300 * 1024);
        var response = await officer.Http.PostAsync("/?handler=Identify",
            new FormUrlEncodedContent([new("__screening", token), new("category", "Visitor"), new("reference", "V-HUGE"), new("note", huge)]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("V-HUGE", await officer.GetTextAsync("/?handler=Panel"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/log/999999999", HttpStatusCode.NotFound)]
    [InlineData("/log/0", HttpStatusCode.NotFound)]
    [InlineData("/log/-1", HttpStatusCode.NotFound)]
    [InlineData("/log/abc", HttpStatusCode.NotFound)]
    [InlineData("/console/images/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HttpStatusCode.NotFound)]
    [InlineData("/console/images/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound)]
    [InlineData("/console/images/..%2F..%2Faccounts.json", HttpStatusCode.NotFound)]
    [InlineData("/console/images/..%2F..%2Fsearchlog.db", HttpStatusCode.NotFound)]
    [InlineData("/console/images/%2e%2e/%2e%2e/accounts.json", HttpStatusCode.NotFound)]
    [InlineData("/console/assets/..%2F..%2Faccounts.json", HttpStatusCode.NotFound)]
    public async Task Unknown_ids_and_path_tricks_are_refused_without_leaking_files(string path, HttpStatusCode expected)
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var response = await officer.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        var response = await officer.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
