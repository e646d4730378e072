using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed partial class RuleFileValidationTests
{
    [Fact]
    public void A_duplicate_rule_id_is_refused_at_the_second_one()
    {
        var text = RuleFiles.Replacing("  - id: dog-indication-prisoner\n", "  - id: dog-indication\n");

        RefusedAt(text, RuleFiles.LineOf(text, "  - id: dog-indication\n", 2), "dog-indication");
    }

    [Fact]
    public void A_state_rule_reusing_a_base_rule_id_is_refused()
    {
        var text = RuleFiles.Replacing("      - id: red-search-everyone", "      - id: lost-card");

        RefusedAt(text, RuleFiles.LineOf(text, "      - id: lost-card"), "lost-card");
    }

    [Fact]
    public void A_duplicate_catalogue_item_is_refused_at_the_second_one()
    {
        var text = RuleFiles.Replacing("  - { id: umbrella, name: Umbrella,", "  - { id: glue, name: Umbrella,");

        RefusedAt(text, RuleFiles.LineOf(text, "{ id: glue, name: Umbrella"), "glue");
    }

    [Fact]
    public void A_duplicate_alert_state_is_refused_at_the_second_one()
    {
        var text = RuleFiles.Replacing("  - id: BlackSpecial\n", "  - id: Black\n");

        RefusedAt(text, RuleFiles.LineOf(text, "  - id: Black\n", 2), "Black");
    }

    [Fact]
    public void A_duplicate_establishment_is_refused_at_the_second_one()
    {
        var text = RuleFiles.Replacing("  - id: CategoryC\n", "  - id: CategoryB\n");

        RefusedAt(text, RuleFiles.LineOf(text, "  - id: CategoryB\n", 2), "CategoryB");
    }

    [Fact]
    public void A_duplicate_flag_is_refused_at_the_second_one()
    {
        var text = RuleFiles.Replacing("  - id: intelligence-target\n    description: Security", "  - id: lost-card\n    description: Security");

        RefusedAt(text, RuleFiles.LineOf(text, "  - id: lost-card\n", 2), "lost-card");
    }

    [Fact]
    public void A_duplicate_key_in_one_mapping_is_refused()
    {
        var text = RuleFiles.Replacing("  findConfidence: 0.60\n", "  findConfidence: 0.60\n  findConfidence: 0.10\n");

        RefusedAt(text, RuleFiles.LineOf(text, "  findConfidence: 0.10"), "findConfidence");
    }
}
