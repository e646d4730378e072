using System.Text.Json;
using Microsoft.Data.Sqlite;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Reports;

/// <summary>One record as the test reads it straight from the SQLite file (no report code involved).</summary>
internal sealed record LogRecord(long Sequence, string Time, string Lane, string Kind, long? Corrects, JsonElement Body, string Hash)
{
    public string? Text(params string[] path)
    {
        var e = Body;
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }

        return e.ValueKind switch { JsonValueKind.String => e.GetString(), JsonValueKind.True => "true", JsonValueKind.False => "false", _ => null };
    }

    public List<string> Names(params string[] path)
    {
        var e = Body;
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return [];
            }
        }

        return e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : [];
    }

    public bool Has(string name) => Body.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;
}

/// <summary>
/// A real search log built by playing scenarios through the real lane (`screening simulate --data`):
/// the two report scenarios (lanes 7 and 8) and the shipped alarm-search one (lane 1), all on
/// 2026-01-05 from 08:00 UTC. Built once per test class; tests that change a log work on a copy.
/// </summary>
public sealed class ReportLog : IDisposable
{
    public static readonly string[] Scenarios = ["report-random-searches.yaml", "report-incidents.yaml", "alarm-search.yaml"];

    private readonly ScreeningCli _cli = new();

    public ReportLog()
    {
        Data = Path.Combine(_cli.Folder, "log");
        foreach (var scenario in Scenarios)
        {
            var result = _cli.RunAsync("simulate", Path.Combine(ScenarioFolder, scenario), "--data", Data).GetAwaiter().GetResult();
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"scenario {scenario} failed: {result}");
            }
        }
    }

    /// <summary>The data folder holding searchlog.db.</summary>
    public string Data { get; }

    internal static string ScenarioFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "ScreeningStation", "Scenarios");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("src/ScreeningStation/Scenarios not found above the test folder");
        }
    }

    /// <summary>A copy of the log in <paramref name="folder"/> (for tests that add or alter records).</summary>
    public string CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Data, "searchlog.db*"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    internal static List<LogRecord> Read(string data)
    {
        var records = new List<LogRecord>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(data, "searchlog.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, time, lane, kind, corrects, body, hash FROM records ORDER BY sequence";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            using var body = JsonDocument.Parse(reader.GetString(5));
            records.Add(new LogRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), body.RootElement.Clone(), reader.GetString(6)));
        }

        return records;
    }

    public void Dispose() => _cli.Dispose();
}
