using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Screening.Station.Tests.Console;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Hosting;

/// <summary>The lane's HTTP API on a real running lane: who may read and who may change the state of alert.</summary>
public sealed class ApiTests : IAsyncLifetime, IDisposable
{
    private const string ManagerPassword = ConsoleLane.ManagerPassword;
    private const string OfficerPassword = ConsoleLane.OfficerPassword;

    // A lane of its own for each test: the tests change the state of alert and check it afterwards.
    private readonly ConsoleLane _lane = new();
    private readonly ScreeningCli _screening = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private string _data = "";

    public async Task InitializeAsync()
    {
        await _lane.InitializeAsync();
        _data = _lane.Data;
        _http.BaseAddress = _lane.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _lane.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _http.Dispose();
        _screening.Dispose();
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private async Task<HttpResponseMessage> PutAlertAsync(AuthenticationHeaderValue? who, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/alert") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = who;
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task The_lane_listens_on_loopback_and_answers_its_health_check_without_sign_in()
    {
        Assert.Equal("127.0.0.1", _http.BaseAddress!.Host);

        using var health = await _http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_state_of_alert_needs_a_signed_in_account()
    {
        using var anonymous = await _http.GetAsync("/api/alert");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alert");
        request.Headers.Authorization = Basic("so-smith", OfficerPassword);
        using var officer = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        Assert.Equal("Black", JsonDocument.Parse(await officer.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Only_a_security_manager_changes_the_state_and_the_change_is_recorded_with_their_name()
    {
        using var anonymous = await PutAlertAsync(null, new { state = "Red", reason = "x" });
        using var wrong = await PutAlertAsync(Basic("sm-jones", "not the password"), new { state = "Red", reason = "x" });
        using var officer = await PutAlertAsync(Basic("so-smith", OfficerPassword), new { state = "Red", reason = "x" });
        using var manager = await PutAlertAsync(Basic("sm-jones", ManagerPassword), new { state = "Amber", reason = "specific threat" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
        var board = await _screening.RunAsync("alert", "show", "--json", "--data", _data);
        using var shown = JsonDocument.Parse(board.Stdout);
        Assert.Equal("Amber", shown.RootElement.GetProperty("state").GetString());
        Assert.Equal("sm-jones", shown.RootElement.GetProperty("setBy").GetString());
    }

    [Theory]
    [InlineData("{\"state\":\"Purple\",\"reason\":\"x\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"state\":\"Red\",\"reason\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task A_bad_change_is_refused_and_changes_nothing(string body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/alert") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = Basic("sm-jones", ManagerPassword);

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var board = await _screening.RunAsync("alert", "show", "--json", "--data", _data);
        Assert.Equal("Black", JsonDocument.Parse(board.Stdout).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/alert")
        {
            Content = new StringContent("{\"state\":\"Red\",\"reason\":\"" + new string('x', 200_000) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Basic("sm-jones", ManagerPassword);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
