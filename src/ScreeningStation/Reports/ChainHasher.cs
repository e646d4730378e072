using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Screening.Station.SearchLog;

namespace Screening.Station.Reports;

/// <summary>
/// Recomputes a record's hash from its stored UTF-8 columns, encoded exactly as <see cref="RecordHash.Compute"/>
/// encodes them (a version tag, the sequence as 8 big-endian bytes, each text field as a 4-byte big-endian
/// byte length and its UTF-8, corrects as 0 or 1 and 8 big-endian bytes), into one reused buffer: no string
/// and no array per record. The report's chain check hashes every record of the period with it.
/// </summary>
/// <remarks>One thread (the chain check's). The encoding must stay <see cref="RecordHash"/>'s: the report
/// tests check a real log verifies, and that a changed record is found.</remarks>
internal sealed class ChainHasher : IDisposable
{
    private static readonly byte[] Tag = "screening-searchlog-v1\n"u8.ToArray();
    private static readonly byte[] Prefix = "sha256:"u8.ToArray();

    // One hash object for the whole pass: the one-shot SHA256.HashData sets up and frees OpenSSL's state per
    // call, which costs about as much as hashing a 1 KB record.
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[16 * 1024];

    /// <summary>True when <paramref name="storedHash"/> is the hash of the record these columns make.</summary>
    public bool Matches(long sequence, ReadOnlySpan<byte> time, ReadOnlySpan<byte> lane, ReadOnlySpan<byte> kind, long? corrects,
        ReadOnlySpan<byte> body, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> storedHash)
    {
        if (!Utf8.IsValid(time) || !Utf8.IsValid(lane) || !Utf8.IsValid(kind) || !Utf8.IsValid(body) || !Utf8.IsValid(previousHash))
        {
            // Text SQLite holds that is not UTF-8 reaches RecordHash as decoded strings (invalid bytes replaced): hash what it would.
            var computed = RecordHash.Compute(sequence, Decode(time), Decode(lane), Decode(kind), corrects, Decode(body), Decode(previousHash));
            return storedHash.SequenceEqual(Encoding.UTF8.GetBytes(computed));
        }

        var length = Tag.Length + 8 + (5 * 4) + time.Length + lane.Length + kind.Length + 9 + body.Length + previousHash.Length;
        if (_buffer.Length < length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        var span = _buffer.AsSpan();
        Tag.CopyTo(span);
        var at = Tag.Length;
        BinaryPrimitives.WriteInt64BigEndian(span[at..], sequence);
        at += 8;
        at += Field(span[at..], time);
        at += Field(span[at..], lane);
        at += Field(span[at..], kind);
        span[at++] = corrects.HasValue ? (byte)1 : (byte)0;
        if (corrects.HasValue)
        {
            BinaryPrimitives.WriteInt64BigEndian(span[at..], corrects.Value);
            at += 8;
        }

        at += Field(span[at..], body);
        at += Field(span[at..], previousHash);

        if (storedHash.Length != Prefix.Length + (2 * SHA256.HashSizeInBytes) || !storedHash.StartsWith(Prefix))
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.AppendData(span[..at]);
        _sha256.GetHashAndReset(digest);
        var hex = storedHash[Prefix.Length..];
        for (var i = 0; i < digest.Length; i++)
        {
            // Lowercase hex, as RecordHash writes it: an uppercase digit is a different hash.
            if (hex[2 * i] != Hex[digest[i] >> 4] || hex[(2 * i) + 1] != Hex[digest[i] & 0xF])
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> Hex => "0123456789abcdef"u8;

    public void Dispose() => _sha256.Dispose();

    private static string Decode(ReadOnlySpan<byte> text) => Encoding.UTF8.GetString(text);

    private static int Field(Span<byte> span, ReadOnlySpan<byte> text)
    {
        BinaryPrimitives.WriteInt32BigEndian(span, text.Length);
        text.CopyTo(span[4..]);
        return 4 + text.Length;
    }
}

/// <summary>A copy of a short run of bytes (a stored hash) that must outlive the row it came from.</summary>
internal sealed class HashBuffer
{
    private byte[] _bytes = new byte[80];
    private int _length;

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, _length);

    public void Set(ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length < bytes.Length)
        {
            _bytes = new byte[bytes.Length];
        }

        bytes.CopyTo(_bytes);
        _length = bytes.Length;
    }
}

/// <summary>
/// The chain stage of a report's pass (see <see cref="ReportScan"/>): checks every record of the block from the
/// period's first record to its last (every lane's, in and out of the time range) as <see cref="SearchLogVerifier"/>
/// checks it (no gap, each link, each hash recomputed, and the link into the block from the record before),
/// on the UTF-8 bytes SQLite held, then hands each batch on unchanged.
/// </summary>
/// <param name="before">The stored hash of the record before the block (Genesis for record 1), or null when that record is missing.</param>
/// <remarks>Own thread: all of its state is its own; the result is read once <see cref="Run"/> has returned.</remarks>
internal sealed class ChainVerifier(long first, long last, string? before)
{
    public ChainCheck Run(BlockingCollection<RecordBatch> input, BlockingCollection<RecordBatch> output, CancellationToken cancellationToken)
    {
        try
        {
            long expected = first, checkedRecords = 0, broken = 0;
            var firstBroken = before is null ? $"record {first - 1}, before the period, is missing" : null;
            if (firstBroken is not null)
            {
                broken++;
            }

            // The previous record's stored hash, as bytes; none (a missing record before the period) matches nothing.
            var previous = new HashBuffer();
            var previousMissing = before is null;
            if (before is not null)
            {
                previous.Set(Encoding.UTF8.GetBytes(before));
            }

            using var hasher = new ChainHasher();
            foreach (var batch in input.GetConsumingEnumerable(cancellationToken))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    checkedRecords++;
                    var sequence = batch.Sequences[i];
                    var storedPrevious = batch.Field(i, RecordBatch.PreviousHash);
                    var hash = batch.Field(i, RecordBatch.Hash);
                    var problem = sequence != expected ? $"record {expected} is missing (the next record is {sequence})"
                        : previousMissing || !SameText(storedPrevious, previous.Span) ? "its previous hash does not match the record before it: a record was changed, removed or reordered"
                        : !hasher.Matches(sequence, batch.Field(i, RecordBatch.Time), batch.Field(i, RecordBatch.Lane), batch.Field(i, RecordBatch.Kind), batch.Corrects[i],
                            batch.Field(i, RecordBatch.Body), storedPrevious, hash) ? "its content does not match its hash: the record was changed"
                        : null;
                    if (problem is not null)
                    {
                        broken++;
                        firstBroken ??= $"record {sequence} ({Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Kind))}): {problem}";
                    }

                    expected = sequence + 1;
                    previousMissing = false;
                    previous.Set(hash);
                }

                output.Add(batch, cancellationToken);
            }

            var lastHash = checkedRecords == 0 ? null : Encoding.UTF8.GetString(previous.Span);
            return new ChainCheck(true, broken == 0, checkedRecords, first, last, lastHash, firstBroken, broken);
        }
        finally
        {
            output.CompleteAdding();
        }
    }

    /// <summary>Equal as the strings the log's text decodes to (bytes first; strings only when the bytes differ).</summary>
    private static bool SameText(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.SequenceEqual(b) || string.Equals(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b), StringComparison.Ordinal);
}
