using System.Text;

namespace Screening.Station.Reports;

/// <summary>
/// Records handed from the report's reader thread to its chain, parser and row threads: each record's sequence,
/// the record it corrects, and the UTF-8 of its time, lane, kind, body, hash and previous hash, copied into one arena. A few batches are reused for the whole
/// period, so memory does not grow with it.
/// </summary>
/// <remarks>Filled by the reader, checked by the chain stage, given rows by the parser, then read by the row thread: one stage at a time
/// (handed on through a <see cref="System.Collections.Concurrent.BlockingCollection{T}"/>, which orders each
/// stage's writes before the next stage's reads).</remarks>
internal sealed class RecordBatch
{
    public const int Time = 0;
    public const int Lane = 1;
    public const int Kind = 2;
    public const int Body = 3;
    public const int Hash = 4;
    public const int PreviousHash = 5;

    private const int Capacity = 512;
    private const int Fields = 6;

    private readonly int[] _slices = new int[Capacity * Fields * 2];
    private byte[] _arena = new byte[1 << 19];
    private int _used;

    public long[] Sequences { get; } = new long[Capacity];

    /// <summary>The record each one corrects, or null.</summary>
    public long?[] Corrects { get; } = new long?[Capacity];

    /// <summary>In the report's period (time range and lane); the others are there for the chain only.</summary>
    public bool[] InPeriod { get; } = new bool[Capacity];

    /// <summary>The row the parser made of each record, or null (not a Screening record, or corrected).</summary>
    public ScreeningRow?[] Rows { get; } = new ScreeningRow?[Capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public void Add(long sequence, long? corrects, bool inPeriod, ReadOnlySpan<byte> time, ReadOnlySpan<byte> lane, ReadOnlySpan<byte> kind,
        ReadOnlySpan<byte> body, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> hash)
    {
        var length = time.Length + lane.Length + kind.Length + body.Length + previousHash.Length + hash.Length;
        if (_arena.Length - _used < length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + length));
        }

        Sequences[Count] = sequence;
        Corrects[Count] = corrects;
        InPeriod[Count] = inPeriod;
        var at = Count * Fields * 2;
        Copy(at + (Time * 2), time);
        Copy(at + (Lane * 2), lane);
        Copy(at + (Kind * 2), kind);
        Copy(at + (Body * 2), body);
        Copy(at + (Hash * 2), hash);
        Copy(at + (PreviousHash * 2), previousHash);
        Count++;
    }

    /// <summary>One field of record <paramref name="index"/>: valid until the batch is cleared.</summary>
    public ReadOnlySpan<byte> Field(int index, int field)
    {
        var at = ((index * Fields) + field) * 2;
        return _arena.AsSpan(_slices[at], _slices[at + 1]);
    }

    public void Clear()
    {
        Array.Clear(Rows, 0, Count);
        Count = 0;
        _used = 0;
    }

    private void Copy(int slice, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_arena.AsSpan(_used));
        _slices[slice] = _used;
        _slices[slice + 1] = bytes.Length;
        _used += bytes.Length;
    }
}

/// <summary>
/// Which records a report counts, as SQLite's <c>time &gt;= $from AND time &lt; $to AND lane = $lane</c> would
/// pick them: text compared as SQLite's BINARY collation compares it (byte by byte, then the shorter first).
/// </summary>
internal sealed class PeriodFilter(string from, string to, string? lane)
{
    private readonly byte[] _from = Encoding.UTF8.GetBytes(from);
    private readonly byte[] _to = Encoding.UTF8.GetBytes(to);
    private readonly byte[]? _lane = lane is null ? null : Encoding.UTF8.GetBytes(lane);

    public bool Includes(ReadOnlySpan<byte> time, ReadOnlySpan<byte> lane) =>
        time.SequenceCompareTo(_from) >= 0 && time.SequenceCompareTo(_to) < 0 && (_lane is null || lane.SequenceEqual(_lane));
}
