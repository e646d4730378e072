using System.Text.Json;
using System.Text.Json.Serialization;
using Screening.Rules;

namespace Screening.Station.Alert;

/// <summary>The state of alert in force at this gate, who set it, when and why.</summary>
public sealed record AlertSetting(
    string State,
    bool ShutDown,
    string SetBy,
    string Reason,
    DateTimeOffset At);

/// <summary>A state-of-alert change that cannot be made, naming what is wrong.</summary>
public sealed class AlertSettingException(string message) : Exception(message)
{
    public AlertSettingException()
        : this("the state of alert cannot be changed")
    {
    }

    public AlertSettingException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>
/// The gate's state-of-alert board, kept in <c>DATA/alert-state.json</c> so that it survives restarts
/// and every lane sharing the data folder sees the same state. Written atomically (temporary file,
/// flush, rename). The running lane watches the file, so a change made with
/// <c>screening alert set</c> takes effect at once for every screening not yet decided.
/// </summary>
/// <remarks>
/// <see cref="Current"/> is read by the lane flow on the orchestration thread and replaced by the
/// watcher's thread; the reference swap is atomic.
/// </remarks>
public sealed class AlertBoard : IDisposable
{
    public const string FileName = "alert-state.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly Func<RuleSet> _rules;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private SettledFileWatcher? _watcher;
    private volatile AlertSetting _current;

    public AlertBoard(string dataDirectory, Func<RuleSet> rules, TimeProvider time)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDirectory), FileName);
        _rules = rules;
        _time = time;
        _current = Read(out _);
    }

    /// <summary>Raised (on the watcher's thread, or the caller's for <see cref="Set"/>) after the setting changed.</summary>
    public event EventHandler<AlertSetting>? Changed;

    /// <summary>Raised when the file could not be read; the board then holds the strictest state.</summary>
    public event EventHandler<string>? Unreadable;

    public string Path { get; }

    public AlertSetting Current => _current;

    /// <summary>Changes the state of alert. Throws <see cref="AlertSettingException"/> naming what is wrong.</summary>
    public AlertSetting Set(string state, bool shutDown, string setBy, string reason)
    {
        var rules = _rules();
        if (!rules.TryFindAlertState(state, out var known))
        {
            throw new AlertSettingException($"unknown state of alert '{state}' (known, lowest first: {string.Join(", ", rules.AlertStates.Select(s => s.Id))})");
        }

        if (string.IsNullOrWhiteSpace(setBy))
        {
            throw new AlertSettingException("who is changing the state of alert must be given");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new AlertSettingException("a reason for the change must be given: it is logged and shown on the board");
        }

        var setting = new AlertSetting(known.Id, shutDown, setBy.Trim(), reason.Trim(), _time.GetUtcNow());
        AtomicFile.Write(Path, file => JsonSerializer.Serialize(file, setting, Json));
        Adopt(setting);
        return setting;
    }

    /// <summary>Follows changes made by another process (the command line, the API of another lane) to the file.</summary>
    public void Watch()
    {
        lock (_gate)
        {
            _watcher ??= new SettledFileWatcher(Path, TimeSpan.FromMilliseconds(100), _time, Reload);
        }
    }

    /// <summary>Reads the file again now; raises <see cref="Changed"/> if the setting differs.</summary>
    public void Reload()
    {
        var setting = Read(out var problem);
        if (problem is not null)
        {
            Unreadable?.Invoke(this, problem);
        }

        Adopt(setting);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }
    }

    private void Adopt(AlertSetting setting)
    {
        if (setting == _current)
        {
            return;
        }

        _current = setting;
        Changed?.Invoke(this, setting);
    }

    /// <summary>
    /// The setting in the file; the rule set's default state when there is no file yet; the strictest
    /// state (and shut-down) when the file cannot be read or names a state the rules do not know,
    /// because a controller that is unsure must not relax.
    /// </summary>
    private AlertSetting Read(out string? problem)
    {
        problem = null;
        var rules = _rules();
        if (!File.Exists(Path))
        {
            return new AlertSetting(rules.DefaultAlertState.Id, false, "system", "default state of the rule set", _time.GetUtcNow());
        }

        try
        {
            var info = new FileInfo(Path);
            if (info.Length > 64 * 1024)
            {
                throw new JsonException("the file is larger than 64 KiB");
            }

            var setting = JsonSerializer.Deserialize<AlertSetting>(File.ReadAllText(Path), Json)
                ?? throw new JsonException("the file is empty");
            if (setting.State is null || !rules.TryFindAlertState(setting.State, out _))
            {
                throw new JsonException($"unknown state of alert '{setting.State}'");
            }

            return setting;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"{Path}: {ex.Message}";
            return new AlertSetting(rules.AlertStates[^1].Id, true, "system", $"alert-state file unreadable ({ex.Message}): strictest state until it is set again", _time.GetUtcNow());
        }
    }
}
