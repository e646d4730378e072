using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Screening.Station.Tests.Console;

/// <summary>Failed sign-ins are limited and logged; an x-ray operator is prompted to rotate (limits made short for the test).</summary>
public sealed class ConsoleLimitsTests(TightConsoleLane lane) : IClassFixture<TightConsoleLane>
{
    [Fact]
    public async Task Failed_sign_ins_lock_the_account_even_against_the_right_password_and_are_logged()
    {
        using var session = lane.Session();
        for (var i = 0; i < 3; i++)
        {
            var wrong = await session.SignInAsync(ConsoleLane.Officer, "not the password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locked = await session.SignInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The API's Basic sign-in shares the limit.
        using var basic = new HttpRequestMessage(HttpMethod.Get, "/api/alert");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsoleLane.Officer}:{ConsoleLane.OfficerPassword}")));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await session.Http.SendAsync(basic)).StatusCode);

        // Another account on the same terminal still signs in.
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/")).StatusCode);

        Assert.Contains($"Failed console sign-in for account {ConsoleLane.Officer}", lane.Output, StringComparison.Ordinal);
        Assert.Contains($"Console sign-in for account {ConsoleLane.Officer} from 127.0.0.1 refused: too many failed sign-ins", lane.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_reviewing_the_lane_page_without_a_break_is_prompted_to_rotate_and_the_prompt_is_logged()
    {
        using var reviewer = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        var every = int.Parse(Regex.Match(await reviewer.GetTextAsync("/"), "data-review-every=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(every, 250, 20_000);

        // The page says it is shown, as the script does, until the answer says to rotate (3 s of review here).
        string? prompt = null;
        var started = DateTime.UtcNow;
        while (prompt is null && DateTime.UtcNow - started < TimeSpan.FromSeconds(20))
        {
            var answer = await reviewer.GetTextAsync("/console/review");
            if (!answer.Contains("\"rotate\":null", StringComparison.Ordinal))
            {
                prompt = answer;
            }

            await Task.Delay(every);
        }

        Assert.NotNull(prompt);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2.5), "prompted before the review period was over");
        Assert.Contains($"Officer {ConsoleLane.Auditor} has reviewed x-ray images for", lane.Output, StringComparison.Ordinal);

        // A break longer than the configured one starts a new period: no prompt straight after it.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Contains("\"rotate\":null", await reviewer.GetTextAsync("/console/review"), StringComparison.Ordinal);
    }
}
