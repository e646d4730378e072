using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>A scratch data folder for one test, and the attacker's raw access to its database.</summary>
internal sealed class SearchLogFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "screening-log-" + Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, SearchLogStore.FileName);

    public SearchLogStore Open(TimeProvider? time = null) => SearchLogStore.Open(Path, time);

    public static NewRecord Screening(int number, string lane = "lane-1") =>
        new(lane, RecordKind.Screening, new JsonObject
        {
            ["person"] = $"V-{number}",
            ["category"] = "Visitor",
            ["outcome"] = "Clear",
        });

    /// <summary>Appends <paramref name="count"/> screenings and closes the store.</summary>
    public async Task<List<StoredRecord>> WriteScreeningsAsync(int count)
    {
        var written = new List<StoredRecord>();
        await using var store = Open();
        for (var i = 1; i <= count; i++)
        {
            written.Add(await store.AppendAsync(Screening(i)));
        }

        return written;
    }

    /// <summary>
    /// Runs SQL through a separate connection, as someone with a SQLite tool would: the append-only
    /// triggers are dropped first, because an attacker with the file can do that too.
    /// </summary>
    public void Tamper(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS records_no_update; DROP TRIGGER IF EXISTS records_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    public long Count()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM records";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }
}
