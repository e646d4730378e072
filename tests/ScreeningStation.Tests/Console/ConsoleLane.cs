using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Console;

/// <summary>
/// A real lane (`screening run`, simulated devices, x-ray intake on) on a free loopback port, with one
/// account of each role, for the console's HTTP and browser tests. Extra configuration overrides can be
/// given by a subclass.
/// </summary>
public partial class ConsoleLane : IAsyncLifetime, IDisposable
{
    public const string Manager = "sm-jones";
    public const string Officer = "so-smith";
    public const string Auditor = "au-brown";
    public const string ManagerPassword = "correct horse battery";
    public const string OfficerPassword = "staple of the gate 42";
    public const string AuditorPassword = "reads but never writes";

    private readonly ScreeningCli _screening = new();
    private readonly StringBuilder _output = new();
    private Process? _lane;

    public Uri BaseAddress { get; private set; } = null!;

    public string Data => Path.Combine(_screening.Folder, "data");

    /// <summary>Everything the lane printed so far (its console log).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    protected virtual IEnumerable<string> ConfigurationOverrides => [];

    public async Task InitializeAsync()
    {
        foreach (var (name, role, password) in new[] { (Manager, "SecurityManager", ManagerPassword), (Officer, "SearchOfficer", OfficerPassword), (Auditor, "Auditor", AuditorPassword) })
        {
            var added = await _screening.RunWithInputAsync(password + "\n", "accounts", "add", name, "--role", role, "--data", Data);
            Assert.True(added.ExitCode == 0, added.ToString());
        }

        _lane = _screening.Start(["run", "--data", Data, "--Lane:Simulation:PersonsPerHour=0", .. ConfigurationOverrides]);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _lane.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        };
        _lane.ErrorDataReceived += (_, e) =>
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
        };
        _lane.BeginOutputReadLine();
        _lane.BeginErrorReadLine();
        await Task.WhenAny(listening.Task, _lane.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.True(listening.Task.IsCompleted, $"the lane never said where it listens:\n{Output}");
        BaseAddress = new Uri(await listening.Task);
    }

    public async Task DisposeAsync()
    {
        if (_lane is { HasExited: false })
        {
            using (var kill = Process.Start("kill", ["-TERM", _lane.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await _lane.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Dispose();
    }

    /// <summary>Stops the lane as a service manager does (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", _lane!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _lane.WaitForExitAsync().WaitAsync(limit);
        return _lane.ExitCode;
    }

    public void Dispose()
    {
        _lane?.Dispose();
        _screening.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>An HTTP client with its own cookies (one browser), not signed in.</summary>
    public ConsoleSession Session() => new(BaseAddress);

    /// <summary>A client signed in as <paramref name="account"/>.</summary>
    public async Task<ConsoleSession> SignedInAsync(string account, string password)
    {
        var session = Session();
        var response = await session.SignInAsync(account, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{account} could not sign in: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return session;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

/// <summary>A lane whose limits are tight enough to reach in a test: 3 failed sign-ins, a 3-second review period.</summary>
public sealed class TightConsoleLane : ConsoleLane
{
    protected override IEnumerable<string> ConfigurationOverrides =>
        ["--Lane:Console:SignInAttempts=3", "--Lane:Console:ReviewMinutes=0.05", "--Lane:Console:ReviewBreakMinutes=0.02", "--Lane:Xray:Enabled=false"];
}

/// <summary>
/// A lane with a 3-second review period and a 30-second break, for the browser: the prompt comes
/// back a break-length after it is acknowledged, which must be longer than a loaded machine takes
/// to show that the acknowledgement hid it.
/// </summary>
public sealed class RotationConsoleLane : ConsoleLane
{
    protected override IEnumerable<string> ConfigurationOverrides =>
        ["--Lane:Console:ReviewMinutes=0.05", "--Lane:Console:ReviewBreakMinutes=0.5", "--Lane:Xray:Enabled=false"];
}

/// <summary>One browser's worth of HTTP: cookies kept, redirects not followed, antiforgery tokens read from forms.</summary>
public sealed partial class ConsoleSession : IDisposable
{
    private readonly HttpClient _http;

    public ConsoleSession(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<string> GetTextAsync(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await GetTextAsync(path);
        var match = Token().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<HttpResponseMessage> SignInAsync(string account, string password)
    {
        var token = await TokenAsync("/signin");
        return await _http.PostAsync("/signin", new FormUrlEncodedContent([new("account", account), new("password", password), new("__screening", token)]));
    }

    /// <summary>Posts a form the way the page would (with the page's token unless <paramref name="withToken"/> is false).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string tokenPage, string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__screening", await TokenAsync(tokenPage)));
        }

        return await _http.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__screening\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
