using System.Text.Json.Nodes;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>The canonical encoding: every field counts, and no two records share one.</summary>
public sealed class RecordHashTests
{
    private const string Time = "2026-01-05T08:00:00.0000000Z";

    private static string Hash(long sequence = 1, string time = Time, string lane = "lane-1", string kind = "Screening",
        long? corrects = null, string body = "{}", string previous = RecordHash.Genesis) =>
        RecordHash.Compute(sequence, time, lane, kind, corrects, body, previous);

    [Fact]
    public void The_hash_is_sha256_in_lowercase_hex_and_depends_on_every_field()
    {
        var hashes = new[]
        {
            Hash(), Hash(sequence: 2), Hash(time: "2026-01-05T08:00:00.0000001Z"), Hash(lane: "lane-2"), Hash(kind: "Override"),
            Hash(corrects: 0), Hash(corrects: 1), Hash(body: """{"a":1}"""), Hash(previous: "sha256:" + new string('1', 64)),
        };

        Assert.All(hashes, h => Assert.True(RecordHash.IsHash(h), h));
        Assert.Equal(hashes.Length, hashes.Distinct().Count());
        Assert.Equal(Hash(), Hash());
    }

    [Fact]
    public void Moving_text_between_fields_changes_the_hash()
    {
        Assert.NotEqual(Hash(lane: "lane-1S", kind: "creening"), Hash(lane: "lane-1", kind: "Screening"));
    }

    [Fact]
    public void The_canonical_body_keeps_property_order_without_whitespace()
    {
        var body = JsonNode.Parse("""{ "b" : 1, "a" : [ 1, 2 ], "c": { "x": "y" } }""")!.AsObject();

        Assert.Equal("""{"b":1,"a":[1,2],"c":{"x":"y"}}""", RecordHash.CanonicalBody(body));
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", true)]
    [InlineData("sha256:ABCDEF0000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("sha256:000000000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("sha1:0000000000000000000000000000000000000000000000000000000000000000", false)]
    public void A_hash_is_sha256_colon_and_64_lowercase_hex_digits(string text, bool isHash)
    {
        Assert.Equal(isHash, RecordHash.IsHash(text));
    }
}
