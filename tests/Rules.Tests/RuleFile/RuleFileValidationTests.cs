using System.Text;
using Screening.Rules.RuleFile;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

/// <summary>
/// A bad rule file is refused with the file, the line and a reason the author can act on.
/// Each case breaks one thing in a copy of the default file; the line is where the break is.
/// </summary>
public sealed partial class RuleFileValidationTests
{
    private const string Source = "gate.rules.yaml";

    /// <summary>Parses, expects refusal, and returns the error on the broken line.</summary>
    private static RuleFileError RefusedAt(string text, int line, params string[] reasonMentions)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Parse(text, Source));
        Assert.NotEmpty(ex.Errors);
        Assert.All(ex.Errors, e => Assert.Equal(Source, e.File));
        var error = ex.Errors.FirstOrDefault(e => e.Line == line);
        Assert.True(error is not null,
            $"no error on line {line}; got: {string.Join(" | ", ex.Errors.Select(e => e.ToString()))}");
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        foreach (var mention in reasonMentions)
        {
            Assert.Contains(mention, error.Reason, StringComparison.OrdinalIgnoreCase);
        }

        return error;
    }

    private static void Refused(string find, string with, string marker, params string[] reasonMentions)
    {
        var text = RuleFiles.Replacing(find, with);
        RefusedAt(text, RuleFiles.LineOf(text, marker), reasonMentions);
    }

    [Fact]
    public void The_default_file_is_valid()
    {
        var rules = RuleSet.Parse(RuleFiles.Default, Source);

        Assert.NotEmpty(rules.Rules);
        Assert.Equal(0.60, rules.FindConfidence, 3);
        Assert.Equal(0.25, rules.SuspectConfidence, 3);
    }

    [Fact]
    public void A_YAML_syntax_error_is_refused_at_its_line()
    {
        Refused("name: Default gate policy", "name: Default gate policy: broken: [", "name: Default gate policy");
    }

    [Theory]
    [InlineData("    prohibits: [wire-bound-notebook]", "    prohibits: [wire-bound-notebook")]
    [InlineData("    prohibits: [wire-bound-notebook]", "    prohibits: {wire-bound-notebook")]
    [InlineData("name: Default gate policy", "name: \"Default gate policy")]
    [InlineData("defaultAlertState: Black", "defaultAlertState: Black\n\t  oops: tab")]
    [InlineData("defaultAlertState: Black", "defaultAlertState: *nowhere")]
    public void A_broken_YAML_file_is_refused_with_a_line_not_a_crash(string find, string with)
    {
        var text = RuleFiles.Replacing(find, with);

        var ex = Record.Exception(() => RuleSet.Parse(text, Source));

        var refused = Assert.IsType<RuleFileException>(ex);
        Assert.NotEmpty(refused.Errors);
        Assert.All(refused.Errors, e => Assert.Equal(Source, e.File));
        Assert.Contains(refused.Errors, e => e.Line >= RuleFiles.LineOf(text, with.Split('\n')[0]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("just a sentence")]
    public void A_file_that_is_not_a_rule_document_is_refused(string text)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.NotEmpty(ex.Errors);
        Assert.All(ex.Errors, e => Assert.Equal(Source, e.File));
    }

    [Fact]
    public void An_unknown_item_in_an_establishments_prohibitions_is_refused()
    {
        Refused("prohibits: [wire-bound-notebook]", "prohibits: [wire-bound-notepad]", "wire-bound-notepad", "wire-bound-notepad");
    }

    [Fact]
    public void An_unknown_item_in_a_per_item_rule_is_refused()
    {
        Refused("      lists: [B]\n      confidence: find\n", "      items: [mobile-fone]\n      confidence: find\n", "mobile-fone", "mobile-fone");
    }

    [Fact]
    public void An_unknown_default_alert_state_is_refused()
    {
        Refused("defaultAlertState: Black", "defaultAlertState: Purple", "defaultAlertState", "Purple");
    }

    [Fact]
    public void An_unknown_default_establishment_is_refused()
    {
        Refused("defaultEstablishment: CategoryB", "defaultEstablishment: Narnia", "defaultEstablishment: Narnia", "Narnia");
    }

    [Fact]
    public void An_unknown_establishment_in_a_condition_is_refused()
    {
        Refused("      flags: [lost-card]\n    then:", "      flags: [lost-card]\n      establishment: [Alcatraz]\n    then:", "Alcatraz", "Alcatraz");
    }

    [Fact]
    public void An_unknown_flag_in_a_condition_is_refused()
    {
        Refused("      flags: [lost-card]\n    then:", "      flags: [lost-cards]\n    then:", "lost-cards", "lost-cards");
    }

    [Fact]
    public void An_unknown_person_category_is_refused()
    {
        Refused("      category: [Prisoner]", "      category: [Inmate]", "[Inmate]", "Inmate");
    }

    [Fact]
    public void An_unknown_search_is_refused()
    {
        Refused("      searches: [FullSearch, BagHandSearch]\n      notifySecurity: true\n      reason: \"Intelligence",
            "      searches: [StripSearch, BagHandSearch]\n      notifySecurity: true\n      reason: \"Intelligence", "StripSearch", "StripSearch");
    }

    [Fact]
    public void An_unknown_key_is_refused_rather_than_silently_ignored()
    {
        Refused("      outcome: Refuse\n      notifySecurity: true\n      reason: \"Card",
            "      outcome: Refuse\n      notifySecurty: true\n      reason: \"Card", "notifySecurty", "notifySecurty");
    }

    [Fact]
    public void A_rule_without_a_reason_is_refused()
    {
        var text = RuleFiles.Replacing(
            "      reason: \"Selected at random for a rub-down and bag search\"\n", "");

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.Reason.Contains("reason", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var text = RuleFiles.Replacing("defaultAlertState: Black", "defaultAlertState: Purple");
        text = RuleFiles.Replacing("prohibits: [wire-bound-notebook]", "prohibits: [wire-bound-notepad]", text);

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.Line == RuleFiles.LineOf(text, "defaultAlertState"));
        Assert.Contains(ex.Errors, e => e.Line == RuleFiles.LineOf(text, "wire-bound-notepad"));
    }

    [Fact]
    public void An_error_reads_as_file_line_reason()
    {
        var text = RuleFiles.Replacing("defaultAlertState: Black", "defaultAlertState: Purple");
        var line = RuleFiles.LineOf(text, "defaultAlertState");

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.ToString().StartsWith($"{Source}:{line}: ", StringComparison.Ordinal));
    }
}
