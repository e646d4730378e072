using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Screening.Station.Reports;

/// <summary>
/// One query over the search log stepped through SQLite's own API on a <see cref="SqliteConnection"/>'s
/// handle, its text columns handed out as the UTF-8 bytes SQLite holds. A report reads a million records of
/// about 1 KB: <see cref="SqliteDataReader.GetString"/> would decode each body to UTF-16 (and the chain check
/// and the body reader would encode it straight back), which cost more than reading the log itself.
/// </summary>
/// <remarks>
/// One thread. A span from <see cref="Text"/> points into SQLite's memory and is valid only until the next
/// <see cref="Step"/>: copy (or turn into a string) whatever must outlive the row. Errors are thrown as
/// <see cref="SqliteException"/>, as the rest of the report's reads throw them.
/// </remarks>
internal sealed class RecordCursor : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    public RecordCursor(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        try
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(_statement, name);
                if (index == 0)
                {
                    continue;
                }

                Check(value switch
                {
                    long number => raw.sqlite3_bind_int64(_statement, index, number),
                    string text => raw.sqlite3_bind_text(_statement, index, text),
                    _ => throw new ArgumentException($"{name}: only integers and text are bound here", nameof(parameters)),
                });
            }
        }
        catch
        {
            _statement.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result == raw.SQLITE_DONE)
        {
            return false;
        }

        throw Failure(result);
    }

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    /// <summary>The column's UTF-8 bytes in place (empty for NULL); valid until the next <see cref="Step"/>.</summary>
    public ReadOnlySpan<byte> Text(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Failure(result);
        }
    }

    private SqliteException Failure(int result) =>
        new(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), result, raw.sqlite3_extended_errcode(_connection.Handle));
}
