using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed partial class RuleFileValidationTests
{
    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("1.0001")]
    [InlineData("ten percent")]
    public void An_out_of_range_random_search_rate_is_refused(string rate)
    {
        Refused("    randomSearchRate: 0.10\n", $"    randomSearchRate: {rate}\n", $"randomSearchRate: {rate}", "randomSearchRate");
    }

    [Fact]
    public void A_state_whose_random_rate_is_lower_than_the_state_below_it_is_refused()
    {
        // Otherwise raising the state could turn a random Search into a Clear.
        var text = RuleFiles.Replacing(
            "    randomSearchRate: 0.40\n    rules:\n      - id: amber-search-non-staff",
            "    randomSearchRate: 0.15\n    rules:\n      - id: amber-search-non-staff");

        RefusedAt(text, RuleFiles.LineOf(text, "randomSearchRate: 0.15"), "randomSearchRate");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.2")]
    public void An_out_of_range_establishment_minimum_rate_is_refused(string rate)
    {
        Refused("    minimumRandomSearchRate: 0.25", $"    minimumRandomSearchRate: {rate}", $"minimumRandomSearchRate: {rate}", "minimumRandomSearchRate");
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("-0.6")]
    public void An_out_of_range_find_confidence_is_refused(string value)
    {
        Refused("  findConfidence: 0.60", $"  findConfidence: {value}", "findConfidence", "findConfidence");
    }

    [Fact]
    public void A_suspect_threshold_above_the_find_threshold_is_refused()
    {
        var text = RuleFiles.Replacing("  suspectConfidence: 0.25", "  suspectConfidence: 0.70");

        var ex = Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.Line == RuleFiles.LineOf(text, "suspectConfidence: 0.70") || e.Line == RuleFiles.LineOf(text, "findConfidence: 0.60"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("200")]
    [InlineData("eighteen")]
    public void An_impossible_age_in_a_limit_is_refused(string age)
    {
        Refused("      ageBelow: 18", $"      ageBelow: {age}", $"      ageBelow: {age}", "ageBelow");
    }
}
