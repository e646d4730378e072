using System.Diagnostics;
using System.Globalization;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>
/// A small tmpfs mounted for one test: a real filesystem that really fills up (ENOSPC) and can really be
/// remounted read-only. Chmod would not do: these tests run as root, and root writes through file modes.
/// Needs `mount` to work (root, or a container allowed to mount); otherwise tests using it are skipped.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private const string FillerName = "filler";

    public Tmpfs(string path, string size)
    {
        Path = path;
        Directory.CreateDirectory(path);
        var (exit, output) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        if (exit != 0)
        {
            throw new InvalidOperationException($"mount -t tmpfs -o size={size} tmpfs {path} failed (exit {exit}): {output}");
        }

        Mounted = true;
    }

    /// <summary>Why tmpfs tests cannot run on this machine, or null when they can (probed once by mounting a tiny tmpfs).</summary>
    public static string? Unavailable { get; } = Probe();

    public string Path { get; }

    private bool Mounted { get; set; }

    /// <summary>Fills every free byte with one file, until the filesystem answers ENOSPC.</summary>
    public void Fill()
    {
        var buffer = new byte[4096];
        using var filler = new FileStream(System.IO.Path.Combine(Path, FillerName), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                filler.Write(buffer);
            }
        }
        catch (IOException)
        {
            // No space left on device: full.
        }

        var (_, df) = Run("df", "-k", Path);
        if (!df.Contains("100%", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Path} should be full after filling it:\n{df}");
        }
    }

    /// <summary>Deletes the filler, giving the space back.</summary>
    public void Free() => File.Delete(System.IO.Path.Combine(Path, FillerName));

    /// <summary>`mount -o remount,ro`: refused by the kernel while any file on it is open for writing.</summary>
    public void RemountReadOnly() => Remount("ro");

    public void RemountReadWrite() => Remount("rw");

    private void Remount(string mode)
    {
        var (exit, output) = Run("mount", "-o", $"remount,{mode}", Path);
        if (exit != 0)
        {
            throw new InvalidOperationException($"mount -o remount,{mode} {Path} failed (exit {exit}): {output}");
        }
    }

    public void Dispose()
    {
        if (!Mounted)
        {
            return;
        }

        Mounted = false;
        if (Run("umount", Path).Exit != 0)
        {
            Run("umount", "-l", Path); // a process still holds a file: detach now, freed when it lets go
        }
    }

    private static string? Probe()
    {
        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "screening-tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(probe);
            var (exit, output) = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe);
            if (exit != 0)
            {
                return $"cannot mount a tmpfs to make a full disk or a read-only database (mount exit {exit}: {output.Trim()}); needs root or a container allowed to mount";
            }

            Run("umount", probe);
            return null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"cannot run mount: {ex.Message}";
        }
        finally
        {
            try
            {
                Directory.Delete(probe);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int Exit, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            return (-1, $"{file} {string.Join(' ', args)} did not finish in 30 s");
        }

        return (process.ExitCode, string.Create(CultureInfo.InvariantCulture, $"{stdout.Result}{stderr.Result}"));
    }
}

/// <summary>A fact that needs <see cref="Tmpfs"/>; skipped, saying why, on a machine where mounting is not allowed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}
