using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed partial class RuleFileValidationTests
{
    // The lost-card rule's actions, to break one at a time.
    private const string LostCardThen =
        "    then:\n      outcome: Refuse\n      notifySecurity: true\n      reason: \"Card reported lost";

    [Fact]
    public void A_rule_that_clears_yet_requires_a_search_is_refused()
    {
        var text = RuleFiles.Replacing(LostCardThen,
            "    then:\n      outcome: Clear\n      searches: [RubDown]\n      notifySecurity: true\n      reason: \"Card reported lost");

        var ex = Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.Line == RuleFiles.LineOf(text, "outcome: Clear") || e.Line == RuleFiles.LineOf(text, "searches: [RubDown]\n      notifySecurity: true\n      reason: \"Card"));
    }

    [Fact]
    public void A_rule_that_would_clear_someone_is_refused_because_rules_only_tighten()
    {
        var text = RuleFiles.Replacing(LostCardThen,
            "    then:\n      outcome: Clear\n      notifySecurity: true\n      reason: \"Card reported lost");

        RefusedAt(text, RuleFiles.LineOf(text, "outcome: Clear"));
    }

    [Fact]
    public void A_limit_that_replaces_a_search_with_itself_is_refused()
    {
        var text = RuleFiles.Replacing("    with: [RubDown]\n", "    with: [FullSearch]\n");

        var ex = Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => RuleSet.Parse(text, Source));

        Assert.Contains(ex.Errors, e => e.Line == RuleFiles.LineOf(text, "    with: [FullSearch]") || e.Line == RuleFiles.LineOf(text, "    replace: [FullSearch]"));
    }

    [Fact]
    public void Surrender_on_a_rule_that_is_not_about_an_item_is_refused()
    {
        var text = RuleFiles.Replacing(LostCardThen,
            "    then:\n      outcome: Refuse\n      surrender: true\n      notifySecurity: true\n      reason: \"Card reported lost");

        RefusedAt(text, RuleFiles.LineOf(text, "surrender: true\n      notifySecurity: true\n      reason: \"Card"), "surrender");
    }

    [Fact]
    public void A_rule_with_no_action_at_all_is_refused()
    {
        var text = RuleFiles.Replacing(LostCardThen, "    then:\n      reason: \"Card reported lost");

        Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => RuleSet.Parse(text, Source));
    }
}
