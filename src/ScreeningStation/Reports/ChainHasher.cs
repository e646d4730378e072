using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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

    private readonly Sha256 _sha256 = new();
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
        _sha256.Hash(span[..at], digest);
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

/// <summary>
/// SHA-256 of one run of bytes after another, on one thread. On Linux it calls OpenSSL's libcrypto (the library
/// .NET's own <see cref="SHA256"/> uses there) at its plain SHA256_Init/Update/Final: .NET's hash objects go
/// through OpenSSL's EVP layer, whose set-up, error-queue clearing and frees per hash cost about as much as
/// hashing a 1 KB record (a million records: 0.69 s through <see cref="IncrementalHash"/>, 0.43 s this way).
/// Where libcrypto 3 is not there, or does not give SHA-256 of "abc" as .NET does, it is <see cref="IncrementalHash"/>.
/// </summary>
internal sealed class Sha256 : IDisposable
{
    private static readonly bool OpenSslAvailable = ProbeOpenSsl();

    // OpenSSL's SHA256_CTX is 112 bytes; room to spare. Passed by reference (pinned for the call only).
    private readonly byte[]? _context;
    private readonly IncrementalHash? _managed;

    /// <param name="openSsl">False for .NET's own (the tests compare the two).</param>
    public Sha256(bool openSsl = true)
    {
        if (openSsl && OpenSslAvailable)
        {
            _context = new byte[256];
        }
        else
        {
            _managed = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    public bool UsesOpenSsl => _context is not null;

    public void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (_context is null)
        {
            _managed!.AppendData(data);
            _managed.GetHashAndReset(digest);
            return;
        }

        if (digest.Length < SHA256.HashSizeInBytes || Native.SHA256_Init(ref _context[0]) != 1
            || Native.SHA256_Update(ref _context[0], ref MemoryMarshal.GetReference(data), (nuint)data.Length) != 1
            || Native.SHA256_Final(ref MemoryMarshal.GetReference(digest), ref _context[0]) != 1)
        {
            throw new CryptographicException("OpenSSL's SHA256 failed");
        }
    }

    public void Dispose() => _managed?.Dispose();

    private static bool ProbeOpenSsl()
    {
        try
        {
            var context = new byte[256];
            var abc = "abc"u8.ToArray();
            var digest = new byte[SHA256.HashSizeInBytes];
            return Native.SHA256_Init(ref context[0]) == 1
                && Native.SHA256_Update(ref context[0], ref abc[0], (nuint)abc.Length) == 1
                && Native.SHA256_Final(ref digest[0], ref context[0]) == 1
                && digest.AsSpan().SequenceEqual(SHA256.HashData(abc));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: its generated code needs unsafe blocks, which this project does not allow.
    // The arguments are blittable references, pinned for the call.
    private static class Native
    {
#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks
        [DllImport("libcrypto.so.3", EntryPoint = "SHA256_Init")]
        public static extern int SHA256_Init(ref byte context);

        [DllImport("libcrypto.so.3", EntryPoint = "SHA256_Update")]
        public static extern int SHA256_Update(ref byte context, ref byte data, nuint length);

        [DllImport("libcrypto.so.3", EntryPoint = "SHA256_Final")]
        public static extern int SHA256_Final(ref byte digest, ref byte context);
#pragma warning restore SYSLIB1054
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
