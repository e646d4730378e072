using System.Security.Cryptography;
using System.Text;
using Screening.Station.Reports;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// The report's chain check hashes with OpenSSL's plain SHA-256 where it can (<see cref="Sha256"/>): it must give
/// exactly .NET's SHA-256, and <see cref="ChainHasher"/> exactly <see cref="RecordHash.Compute"/>.
/// </summary>
public sealed class ChainHasherTests
{
    [Fact]
    public void Sha256_gives_what_dotnet_gives_for_every_length_either_way()
    {
        var data = new byte[5000];
        new Random(7).NextBytes(data);
        using var openSsl = new Sha256();
        using var managed = new Sha256(openSsl: false);
        Span<byte> a = stackalloc byte[32], b = stackalloc byte[32];
        foreach (var length in Enumerable.Range(0, 300).Concat([1023, 1024, 1025, 4096, 5000]))
        {
            var expected = SHA256.HashData(data.AsSpan(0, length));
            openSsl.Hash(data.AsSpan(0, length), a);
            managed.Hash(data.AsSpan(0, length), b);
            Assert.True(a.SequenceEqual(expected), $"OpenSSL, {length} bytes");
            Assert.True(b.SequenceEqual(expected), $".NET, {length} bytes");
        }
    }

    [Fact]
    public void ChainHasher_matches_RecordHash_and_nothing_else()
    {
        const string Time = "2026-01-05T08:00:00.0000000Z", Body = "{\"screening\":\"lane-1-1\",\"status\":\"Admitted\",\"note\":\"O'Brien é\"}";
        var previous = RecordHash.Compute(41, Time, "lane-1", "LaneStarted", null, "{}", RecordHash.Genesis);
        foreach (var corrects in new long?[] { null, 17 })
        {
            var hash = Encoding.UTF8.GetBytes(RecordHash.Compute(42, Time, "lane-1", "Screening", corrects, Body, previous));
            using var hasher = new ChainHasher();
            bool Matches(string body, ReadOnlySpan<byte> stored) => hasher.Matches(42, Encoding.UTF8.GetBytes(Time), "lane-1"u8, "Screening"u8, corrects,
                Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(previous), stored);

            Assert.True(Matches(Body, hash));
            Assert.False(Matches(Body.Replace("Admitted", "Refused", StringComparison.Ordinal), hash));
            var upper = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(hash).ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal));
            Assert.False(Matches(Body, upper));
        }
    }
}
