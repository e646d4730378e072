using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Screening.Station.Tests.CrashSafety;

/// <summary>One search log record as the test reads it straight from the database file.</summary>
internal sealed record LoggedRecord(long Sequence, string Lane, string Kind, string? Screening, string? Status, string Hash);

/// <summary>
/// Reads DATA/searchlog.db directly, read-only (`Mode=ReadOnly`, not pooled so the file is released),
/// the way an auditor's tool would, independently of the product's own store code.
/// </summary>
internal static class SearchLogFile
{
    public static string PathIn(string data) => Path.Combine(data, "searchlog.db");

    public static IReadOnlyList<LoggedRecord> Read(string data)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = PathIn(data),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, lane, kind, body, hash FROM records ORDER BY sequence";
        using var reader = command.ExecuteReader();
        var records = new List<LoggedRecord>();
        while (reader.Read())
        {
            using var body = JsonDocument.Parse(reader.GetString(3));
            records.Add(new LoggedRecord(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Text(body.RootElement, "screening"),
                Text(body.RootElement, "status"),
                reader.GetString(4)));
        }

        return records;
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string Describe(IEnumerable<LoggedRecord> records) =>
        string.Join('\n', records.Select(r => $"  {r.Sequence} {r.Kind} {r.Screening} {r.Status}"));
}
