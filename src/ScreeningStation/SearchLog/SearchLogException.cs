using Microsoft.Data.Sqlite;

namespace Screening.Station.SearchLog;

/// <summary>Why the search log could not be opened or could not commit.</summary>
public enum SearchLogFailure
{
    Other,
    DiskFull,
    ReadOnly,
    IoError,
    Corrupt,
    Busy,
    CannotOpen,
    NotASearchLog,
}

/// <summary>
/// The search log refused: it could not open, or a commit failed. A lane that cannot record keeps its
/// turnstile locked; after a failure that passes (a full disk, a read-only mount) the store tries again
/// with the next record, after any other it refuses every append until it is reopened.
/// </summary>
public sealed class SearchLogException : Exception
{
    public SearchLogException()
    {
    }

    public SearchLogException(string message)
        : base(message)
    {
    }

    public SearchLogException(string message, Exception? innerException)
        : this(message, Classify(innerException), innerException)
    {
    }

    public SearchLogException(string message, SearchLogFailure failure, Exception? innerException)
        : base(message, innerException) => Failure = failure;

    public SearchLogFailure Failure { get; }

    /// <summary>The cause in words an operator can act on.</summary>
    public static string Describe(SearchLogFailure failure) => failure switch
    {
        SearchLogFailure.DiskFull => "the disk is full",
        SearchLogFailure.ReadOnly => "the database is read-only",
        SearchLogFailure.IoError => "an I/O error on the disk",
        SearchLogFailure.Corrupt => "the database file is corrupt",
        SearchLogFailure.Busy => "the database is locked by another process",
        SearchLogFailure.CannotOpen => "the database file cannot be opened",
        SearchLogFailure.NotASearchLog => "the file is not a search log",
        _ => "an unexpected error",
    };

    internal static SearchLogFailure Classify(Exception? exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            13 => SearchLogFailure.DiskFull,     // SQLITE_FULL
            8 => SearchLogFailure.ReadOnly,      // SQLITE_READONLY
            10 => SearchLogFailure.IoError,      // SQLITE_IOERR
            11 or 26 => SearchLogFailure.Corrupt, // SQLITE_CORRUPT, SQLITE_NOTADB
            5 or 6 => SearchLogFailure.Busy,     // SQLITE_BUSY, SQLITE_LOCKED
            14 => SearchLogFailure.CannotOpen,   // SQLITE_CANTOPEN
            _ => SearchLogFailure.Other,
        },
        UnauthorizedAccessException => SearchLogFailure.ReadOnly,
        IOException io when io.HResult == 28 || io.Message.Contains("space", StringComparison.OrdinalIgnoreCase) => SearchLogFailure.DiskFull,
        IOException => SearchLogFailure.IoError,
        _ => SearchLogFailure.Other,
    };
}
