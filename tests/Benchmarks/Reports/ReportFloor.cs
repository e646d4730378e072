using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Screening.Rules;
using Screening.Station.Reports;
using Screening.Station.SearchLog;
using SQLitePCL;

namespace Screening.Benchmarks.Reports;

/// <summary>
/// `report floor DIR`: how fast the search log can be read at all, over a log `report` generated, so an
/// export's time can be compared with the floor under it. Each pass reads every record in sequence order
/// on one thread: through <see cref="SqliteDataReader"/> as strings; through SQLite's own API with no column
/// read; with the UTF-8 spans of every column read in place; and those spans SHA-256 hashed as the chain is.
/// </summary>
public static class ReportFloor
{
    private const string Columns = "sequence, time, lane, kind, corrects, body, previous_hash, hash";

    public static int Run(string data, params string[] args)
    {
        var database = Path.Combine(data, SearchLogStore.FileName);
        foreach (var mmap in args.Contains("raw") ? [0L, 1L << 30] : Array.Empty<long>())
        {
            Pass($"reader, strings, mmap {mmap >> 20} MB", database, mmap, connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM records ORDER BY sequence";
                using var reader = command.ExecuteReader();
                long n = 0, chars = 0;
                while (reader.Read())
                {
                    n++;
                    chars += reader.GetString(1).Length + reader.GetString(2).Length + reader.GetString(3).Length + reader.GetString(5).Length + reader.GetString(7).Length;
                }

                return (n, chars);
            });
            Pass($"raw, step only, mmap {mmap >> 20} MB", database, mmap, connection => Raw(connection, (_, _) => 0));
            Pass($"raw, kind only, mmap {mmap >> 20} MB", database, mmap, connection => Raw(connection, (s, _) => raw.sqlite3_column_blob(s, 3).Length));
            Pass($"raw, column spans, mmap {mmap >> 20} MB", database, mmap, connection => Raw(connection, (s, _) =>
                raw.sqlite3_column_blob(s, 1).Length + raw.sqlite3_column_blob(s, 2).Length + raw.sqlite3_column_blob(s, 3).Length +
                raw.sqlite3_column_blob(s, 5).Length + raw.sqlite3_column_blob(s, 6).Length + raw.sqlite3_column_blob(s, 7).Length));
            Pass($"raw, spans hashed, mmap {mmap >> 20} MB", database, mmap, connection => Raw(connection, (s, buffer) =>
            {
                var body = raw.sqlite3_column_blob(s, 5);
                body.CopyTo(buffer);
                Span<byte> digest = stackalloc byte[32];
                SHA256.HashData(buffer.AsSpan(0, body.Length + 160), digest);
                return digest[0];
            }));
        }

        var marks = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "report-bench.json"))).RootElement;
        var year = new ReportQuery(marks.GetProperty("start").GetDateTimeOffset(), marks.GetProperty("end").GetDateTimeOffset(), VerifyChain: false);
        var writer = new ReportWriter(data, RuleSet.LoadDefault().Catalogue);
        if (args.Contains("hash"))
        {
            using var incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (var i = 0; i < 6; i++)
            {
                var oneShot = i % 2 == 0;
                Pass($"raw, all columns hashed, one-shot {oneShot}", database, 0, connection => Raw(connection, (s, buffer) =>
                {
                    var at = 0;
                    foreach (var column in (ReadOnlySpan<int>)[1, 2, 3, 5, 6])
                    {
                        var text = raw.sqlite3_column_blob(s, column);
                        if (!System.Text.Unicode.Utf8.IsValid(text))
                        {
                            return 0;
                        }

                        text.CopyTo(buffer.AsSpan(at + 4));
                        at += 4 + text.Length;
                    }

                    Span<byte> digest = stackalloc byte[32];
                    if (oneShot)
                    {
                        SHA256.HashData(buffer.AsSpan(0, at), digest);
                    }
                    else
                    {
                        incremental.AppendData(buffer.AsSpan(0, at));
                        incremental.GetHashAndReset(digest);
                    }

                    return raw.sqlite3_column_blob(s, 7).Length + digest[0];
                }));
            }

            return 0;
        }

        if (args.Contains("nomutex"))
        {
            Batteries_V2.Init();
            for (var i = 0; i < 3; i++)
            {
                foreach (var flags in new[] { raw.SQLITE_OPEN_READONLY, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX })
                {
                    raw.sqlite3_open_v2(database, out sqlite3 db, flags, null);
                    using (db)
                    {
                        raw.sqlite3_prepare_v2(db, $"SELECT {Columns} FROM records ORDER BY sequence", out sqlite3_stmt statement);
                        using (statement)
                        {
                            var clock = Stopwatch.StartNew();
                            long n = 0, bytes = 0;
                            while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
                            {
                                n++;
                                bytes += raw.sqlite3_column_blob(statement, 1).Length + raw.sqlite3_column_blob(statement, 2).Length + raw.sqlite3_column_blob(statement, 3).Length +
                                    raw.sqlite3_column_blob(statement, 5).Length + raw.sqlite3_column_blob(statement, 6).Length + raw.sqlite3_column_blob(statement, 7).Length;
                            }

                            Console.WriteLine($"  column spans, flags {flags:X}: {n:N0} in {clock.Elapsed.TotalSeconds:F2} s");
                        }
                    }
                }
            }

            return 0;
        }

        if (args.Contains("fifth"))
        {
            var fifth = year with { To = marks.GetProperty("fifth").GetDateTimeOffset() };
            for (var i = 0; i < 3; i++)
            {
                Timed("fifth, CSV to nowhere, chain", () => writer.WriteCsvAsync(Stream.Null, fifth with { VerifyChain = true }).GetAwaiter().GetResult().Screenings);
                Timed("fifth, CSV to nowhere, no chain", () => writer.WriteCsvAsync(Stream.Null, fifth).GetAwaiter().GetResult().Screenings);
            }

            return 0;
        }

        if (args.Contains("summary"))
        {
            var chain = args.Contains("chain");
            for (var i = 0; i < 6; i++)
            {
                Timed($"CSV to nowhere, chain {chain}", () => writer.WriteCsvAsync(Stream.Null, year with { VerifyChain = chain }).GetAwaiter().GetResult().Screenings);
            }

            return 0;
        }

        for (var i = 0; i < 2; i++)
        {
            Timed("summary only, no chain", () => writer.SummariseAsync(year).GetAwaiter().GetResult().Screenings);
            Timed("summary only, chain", () => writer.SummariseAsync(year with { VerifyChain = true }).GetAwaiter().GetResult().Screenings);
            Timed("CSV to nowhere, no chain", () => writer.WriteCsvAsync(Stream.Null, year).GetAwaiter().GetResult().Screenings);
            Timed("CSV to nowhere, chain", () => writer.WriteCsvAsync(Stream.Null, year with { VerifyChain = true }).GetAwaiter().GetResult().Screenings);
            Timed("PDF to nowhere, no chain", () => writer.WritePdfAsync(Stream.Null, year).GetAwaiter().GetResult().Screenings);
        }

        return 0;
    }

    private static void Timed(string name, Func<long> pass)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rows = pass();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"  {name,-40} {rows:N0} rows in {clock.Elapsed.TotalSeconds:F2} s ({rows / clock.Elapsed.TotalSeconds:N0} rows/s), CPU {cpu.TotalSeconds:F2} s");
    }

    private static (long Rows, long Bytes) Raw(SqliteConnection connection, Func<sqlite3_stmt, byte[], long> read)
    {
        var buffer = new byte[1 << 20];
        raw.sqlite3_prepare_v2(connection.Handle, $"SELECT {Columns} FROM records ORDER BY sequence", out sqlite3_stmt statement);
        using (statement)
        {
            long n = 0, bytes = 0;
            while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
            {
                n++;
                bytes += read(statement, buffer);
            }

            return (n, bytes);
        }
    }

    private static void Pass(string name, string database, long mmap, Func<SqliteConnection, (long Rows, long Bytes)> pass)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA mmap_size = {mmap};";
            pragma.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var (rows, bytes) = pass(connection);
        Console.WriteLine($"  {name,-40} {rows:N0} records in {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMicroseconds / rows:F2} µs each, {bytes / 1e6:N0} M)");
    }
}
