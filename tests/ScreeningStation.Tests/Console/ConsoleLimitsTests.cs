using System.Net;
using System.Net.Http.Headers;
using System.Text;

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
    public async Task An_operator_watching_the_lane_page_is_prompted_to_rotate_and_one_on_another_page_is_not()
    {
        using var reviewer = await lane.SignedInAsync(ConsoleLane.Auditor, ConsoleLane.AuditorPassword);
        using var other = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var onLane = ReadEventsAsync(reviewer, "lane", cancel.Token);
        var onDevices = ReadEventsAsync(other, "devices", cancel.Token);

        var laneEvents = await onLane;
        Assert.Contains("event: rotate", laneEvents, StringComparison.Ordinal);
        await cancel.CancelAsync();
        var deviceEvents = await onDevices;
        Assert.Contains("event: state", deviceEvents, StringComparison.Ordinal);
        Assert.DoesNotContain("event: rotate", deviceEvents, StringComparison.Ordinal);
        Assert.Contains($"Officer {ConsoleLane.Auditor} has reviewed x-ray images for", lane.Output, StringComparison.Ordinal);
    }

    /// <summary>Reads the live feed until a rotate prompt (or the token) ends it; returns what was read.</summary>
    private static async Task<string> ReadEventsAsync(ConsoleSession session, string page, CancellationToken cancel)
    {
        var text = new StringBuilder();
        try
        {
            using var response = await session.Http.GetAsync($"/console/events?page={page}", HttpCompletionOption.ResponseHeadersRead, cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel));
            while (await reader.ReadLineAsync(cancel) is { } line)
            {
                text.AppendLine(line);
                if (line == "event: rotate")
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return text.ToString();
    }
}
