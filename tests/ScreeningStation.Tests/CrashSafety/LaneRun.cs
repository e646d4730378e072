using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>A freed turnstile as the officer saw it: `CLEAR: ... (screening ID)` or `ADMITTED: ...`.</summary>
internal sealed record FreedLine(int Line, string Verdict, string ScreeningId);

/// <summary>
/// One `screening run` process watched line by line: waits are bounded and end on what the lane
/// prints, never on a fixed sleep. Stops it with SIGKILL (a crash or power cut as the process sees it)
/// or SIGTERM (systemd stopping the service).
/// </summary>
internal sealed partial class LaneRun : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _ended;

    private LaneRun(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts `screening run --data DATA` with configuration overrides such as `--Lane:Simulation:PersonsPerHour=3600`.</summary>
    public static LaneRun Start(ScreeningCli cli, string data, params string[] overrides) =>
        new(cli.Start(["run", "--data", data, .. overrides]));

    /// <summary>Every stdout line so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _stdout];
            }
        }
    }

    /// <summary>Everything printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return $"--- stdout ({_stdout.Count} lines)\n{string.Join('\n', _stdout)}\n--- stderr\n{_stderr}";
            }
        }
    }

    /// <summary>The CLEAR / ADMITTED lines printed so far (each printed only after the screening's record was committed).</summary>
    public IReadOnlyList<FreedLine> Freed => FreedIn(Lines);

    public static IReadOnlyList<FreedLine> FreedIn(IReadOnlyList<string> lines)
    {
        var freed = new List<FreedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (FreedPattern().Match(lines[i]) is { Success: true } match)
            {
                freed.Add(new FreedLine(i, match.Groups[1].Value, match.Groups[2].Value));
            }
        }

        return freed;
    }

    /// <summary>
    /// Waits until a line at index <paramref name="from"/> or later matches, and returns its index.
    /// Fails the test if <paramref name="within"/> passes, or if the process ends first (unless
    /// <paramref name="orExit"/>: then -1 says it ended without such a line).
    /// </summary>
    public async Task<int> WaitForLineAsync(Func<string, bool> match, int from, TimeSpan within, string what, bool orExit = false)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = from; i < _stdout.Count; i++)
                {
                    if (match(_stdout[i]))
                    {
                        return i;
                    }
                }

                if (_ended && orExit)
                {
                    return -1;
                }

                if (_ended)
                {
                    Assert.Fail($"the lane ended before {what}\n{Output}");
                }

                changed = _changed.Task;
            }

            var left = within - deadline.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                Assert.Fail($"no sign within {within.TotalSeconds:0} s of {what}\n{Output}");
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Waits until <paramref name="count"/> CLEAR / ADMITTED lines have been printed; returns the last one.</summary>
    public async Task<FreedLine> WaitForFreedAsync(int count, TimeSpan within)
    {
        await WaitForLineAsync(_ => Freed.Count >= count, 0, within, $"{count} freed screenings (CLEAR / ADMITTED lines)");
        return Freed[count - 1];
    }

    /// <summary>Waits for the process to end (stdout and stderr read to the end); fails the test after <paramref name="within"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(within);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the lane did not exit within {within.TotalSeconds:0} s\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits up to <paramref name="within"/> for the process to end; false if it is still running.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan within)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>`kill -KILL pid`: no handler runs, nothing is flushed or closed by the process.</summary>
    public Task SigkillAsync() => SignalAsync("-KILL");

    /// <summary>`kill -TERM pid`: the host's orderly stop.</summary>
    public Task SigtermAsync() => SignalAsync("-TERM");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.True(kill.ExitCode == 0, $"kill {signal} {_process.Id} failed (exit {kill.ExitCode})");
    }

    private void OnLine(string? line)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (line is null)
            {
                _ended = true;
            }
            else
            {
                _stdout.Add(line);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"\b(CLEAR|ADMITTED): .*\(screening ([^)\s]+)\)")]
    private static partial Regex FreedPattern();
}
