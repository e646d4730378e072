using Screening.Rules.Catalogue;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Catalogue;

public sealed class DefaultCatalogueTests
{
    /// <summary>DESIGN.md's gate list and contract ids, with the list the Prison Act (or the governor) puts each on.</summary>
    public static TheoryData<string, ItemList> GateList => new()
    {
        { "controlled-drugs", ItemList.A },
        { "explosives", ItemList.A },
        { "firearm", ItemList.A },
        { "ammunition", ItemList.A },
        { "knife", ItemList.A },
        { "escape-equipment", ItemList.A },
        { "alcohol", ItemList.B },
        { "mobile-phone", ItemList.B },
        { "sim-card", ItemList.B },
        { "camera", ItemList.B },
        { "sound-recorder", ItemList.B },
        { "tobacco", ItemList.C },
        { "money", ItemList.C },
        { "laptop", ItemList.C },
        { "computer-media", ItemList.C },
        { "tool", ItemList.C },
        { "sharp-object", ItemList.Local },
        { "radio", ItemList.Local },
        { "personal-stereo", ItemList.Local },
        { "video", ItemList.Local },
        { "chewing-gum", ItemList.Local },
        { "blu-tack", ItemList.Local },
        { "glue", ItemList.Local },
        { "sticky-tape", ItemList.Local },
        { "umbrella", ItemList.Local },
        { "syringe", ItemList.Local },
        { "unauthorised-medication", ItemList.Local },
        { "prescribed-medication", ItemList.Local },
        { "wire-bound-notebook", ItemList.Local },
        { "lithium-battery", ItemList.Local },
    };

    [Theory]
    [MemberData(nameof(GateList))]
    public void Every_item_on_the_gate_list_is_in_the_catalogue_with_its_list(string id, ItemList list)
    {
        Assert.True(Gate.Default.Catalogue.TryFind(id, out var item), $"{id} is missing from the catalogue");
        Assert.Equal(list, item.List);
    }

    [Fact]
    public void Every_catalogue_item_has_a_name_and_a_way_it_is_normally_detected()
    {
        Assert.All(Gate.Default.Catalogue.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Name), $"{item.Id} has no display name");
            Assert.NotEqual(DetectionMethod.None, item.DetectedBy);
        });
    }

    [Fact]
    public void Catalogue_ids_are_unique_kebab_case()
    {
        var ids = Gate.Default.Catalogue.Items.Select(i => i.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void The_display_name_is_what_the_officer_reads()
    {
        Assert.True(Gate.Default.Catalogue.TryFind("mobile-phone", out var phone));
        Assert.Equal("Mobile phone", phone.Name);
        Assert.True(phone.DetectedBy.HasFlag(DetectionMethod.Xray));
    }

    [Fact]
    public void An_unknown_item_id_is_not_found()
    {
        Assert.False(Gate.Default.Catalogue.TryFind("Mobile-Phone", out _));
        Assert.False(Gate.Default.Catalogue.TryFind("teleporter", out _));
    }

    [Fact]
    public void High_security_prohibits_wire_bound_notebooks_and_category_B_does_not()
    {
        var notebook = Gate.Item("wire-bound-notebook");

        Assert.True(Gate.Establishment("HighSecurity").IsProhibited(notebook));
        Assert.False(Gate.Establishment("CategoryB").IsProhibited(notebook));
    }

    [Fact]
    public void The_default_file_knows_the_establishment_kinds_of_DESIGN()
    {
        var ids = Gate.Default.Establishments.Select(e => e.Id).ToHashSet();

        Assert.Subset(ids, new HashSet<string> { "HighSecurity", "CategoryB", "CategoryC", "CategoryD", "Local", "YoungOffender", "Women" });
    }

    [Fact]
    public void The_default_file_knows_the_three_person_flags()
    {
        Assert.Equal(["lost-card", "medical-exemption", "intelligence-target"], Gate.Default.Flags.Select(f => f.Id));
    }
}
