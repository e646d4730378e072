using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Screening.Station.SearchLog;

/// <summary>
/// The hash chain: how a record's hash is computed, and the canonical text of a body.
/// </summary>
/// <remarks>
/// The hashed bytes are unambiguous: a version tag, the sequence as 8 big-endian bytes, then each
/// text field (time, lane, kind) as a 4-byte big-endian byte length and its UTF-8, then corrects as
/// a 0 byte (none) or a 1 byte and 8 big-endian bytes, then body and previous hash as text fields.
/// No field can run into the next, so no two different records encode to the same bytes. The time
/// is hashed as its stored text, so verification never depends on parsing it back.
/// </remarks>
public static class RecordHash
{
    /// <summary>The previous hash of record 1.</summary>
    public const string Genesis = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    public const string Prefix = "sha256:";

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private static readonly byte[] Tag = "screening-searchlog-v1\n"u8.ToArray();

    private static readonly JsonWriterOptions CanonicalWriter = new()
    {
        Indented = false,
        // The body is data in a database, never markup: keep names and notes readable (O'Brien, é),
        // escaping only what JSON requires. Whoever renders a body in HTML encodes it there.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>"sha256:" and the lowercase hex of SHA-256 over the record's canonical encoding.</summary>
    public static string Compute(long sequence, string time, string lane, string kind, long? corrects, string body, string previousHash)
    {
        var length = Tag.Length + 8 + Field(time) + Field(lane) + Field(kind) + 9 + Field(body) + Field(previousHash);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = buffer.AsSpan();
            Tag.CopyTo(span);
            var at = Tag.Length;
            BinaryPrimitives.WriteInt64BigEndian(span[at..], sequence);
            at += 8;
            at += WriteField(span[at..], time);
            at += WriteField(span[at..], lane);
            at += WriteField(span[at..], kind);
            span[at++] = corrects.HasValue ? (byte)1 : (byte)0;
            if (corrects.HasValue)
            {
                BinaryPrimitives.WriteInt64BigEndian(span[at..], corrects.Value);
                at += 8;
            }

            at += WriteField(span[at..], body);
            at += WriteField(span[at..], previousHash);
            return Prefix + HexOf(span[..at]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The body as stored and hashed: its properties in the order given, no whitespace.</summary>
    public static string CanonicalBody(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output, CanonicalWriter))
        {
            body.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>True for "sha256:" and exactly 64 lowercase hex digits.</summary>
    public static bool IsHash(string? text) =>
        text is { Length: 71 } && text.StartsWith(Prefix, StringComparison.Ordinal) && text.AsSpan(7).IndexOfAnyExcept(LowerHex) < 0;

    /// <summary>"sha256:" and the lowercase hex of SHA-256 over <paramref name="bytes"/>.</summary>
    internal static string HashOf(ReadOnlySpan<byte> bytes) => Prefix + HexOf(bytes);

    private static string HexOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest);
    }

    private static int Field(string text) => 4 + Encoding.UTF8.GetByteCount(text);

    private static int WriteField(Span<byte> span, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        return 4 + written;
    }
}
