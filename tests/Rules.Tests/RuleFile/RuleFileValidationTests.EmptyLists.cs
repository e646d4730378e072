using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed partial class RuleFileValidationTests
{
    [Fact]
    public void An_empty_category_list_is_refused_rather_than_read_as_every_category()
    {
        Refused("      category: [Prisoner]", "      category: []", "category: []", "category");
    }

    [Fact]
    public void An_empty_establishment_list_is_refused_rather_than_read_as_every_establishment()
    {
        Refused("      flags: [lost-card]\n    then:", "      flags: [lost-card]\n      establishment: []\n    then:", "establishment: []", "establishment");
    }

    [Fact]
    public void A_limit_replacing_a_search_with_nothing_is_refused()
    {
        Refused("    with: [RubDown]\n", "    with: []\n", "    with: []", "with");
    }

    [Fact]
    public void A_limit_replacing_nothing_is_refused_rather_than_dropped()
    {
        Refused("    replace: [FullSearch]\n", "    replace: []\n", "    replace: []", "replace");
    }
}
