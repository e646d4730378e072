using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// <para>The statement is prepared and bound through SQLitePCL, but stepped and read through calls of our own on
/// the statement's pointer (<see cref="SqliteNative"/>): SQLitePCL's take and release the statement's safe handle and
/// make a full managed-to-native transition on every call, sixteen a record, which cost a fifth of reading
/// the log. The statement's handle is held (reference added) until <see cref="Dispose"/>.</para>
/// </remarks>
internal sealed class RecordCursor : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private bool _referenced;

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

            _statement.DangerousAddRef(ref _referenced);
            _handle = _statement.DangerousGetHandle();
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
        var result = SqliteNative.sqlite3_step(_handle);
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

    public long Int64(int column) => SqliteNative.sqlite3_column_int64(_handle, column);

    public bool IsNull(int column) => SqliteNative.sqlite3_column_type(_handle, column) == raw.SQLITE_NULL;

    /// <summary>The column's UTF-8 bytes in place (empty for NULL); valid until the next <see cref="Step"/>.</summary>
    public ReadOnlySpan<byte> Text(int column)
    {
        // Blob first, then its length, as SQLite asks. The span is over SQLite's own memory, as SQLitePCL's would be.
        var bytes = SqliteNative.sqlite3_column_blob(_handle, column);
        var length = SqliteNative.sqlite3_column_bytes(_handle, column);
        return bytes == IntPtr.Zero || length <= 0 ? default
            : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<byte>(), bytes), length);
    }

    public void Dispose()
    {
        if (_referenced)
        {
            _statement.DangerousRelease();
            _referenced = false;
        }

        _statement.Dispose();
    }

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

/// <summary>
/// The few SQLite calls a <see cref="RecordCursor"/> makes per record, on the statement's pointer, from the same
/// e_sqlite3 library SQLitePCL loads. The column reads only look at the row SQLite has in hand (no I/O, no lock
/// held for long, no callback into .NET), so they skip the GC transition; stepping reads the file and keeps it.
/// DllImport, not LibraryImport: its generated code needs unsafe blocks, which this project does not allow.
/// </summary>
internal static class SqliteNative
{
#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_step")]
    public static extern int sqlite3_step(IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    public static extern IntPtr sqlite3_column_blob(IntPtr statement, int column);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static extern int sqlite3_column_bytes(IntPtr statement, int column);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static extern long sqlite3_column_int64(IntPtr statement, int column);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static extern int sqlite3_column_type(IntPtr statement, int column);
#pragma warning restore SYSLIB1054
}
