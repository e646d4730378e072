using Screening.Rules.Contract;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Contract;

/// <summary>DESIGN.md's case JSON: read exactly, and bad input refused with the field named.</summary>
public sealed partial class CaseReaderTests
{
    /// <summary>The example case of DESIGN.md's decision contract, verbatim.</summary>
    public const string DesignExample = """
        { "establishment": "CategoryB", "alertState": "Amber", "shutDown": false,
          "person": { "category": "Visitor", "reference": "V-1234", "ageYears": 34,
                      "authorisedItems": ["prescribed-medication"], "flags": ["lost-card"] },
          "metalDetector": { "alarm": true, "zones": ["left-low"] },
          "detections": [ { "item": "mobile-phone", "confidence": 0.93 } ],
          "dogIndication": false, "randomDraw": 0.42 }
        """;

    [Fact]
    public void The_design_example_is_read_field_for_field()
    {
        var c = CaseReader.Read(DesignExample, Gate.Default, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal("CategoryB", c.Establishment?.Id);
        Assert.Equal("Amber", c.AlertState?.Id);
        Assert.False(c.ShutDown);
        Assert.Equal(PersonCategory.Visitor, c.Category);
        Assert.Equal("V-1234", c.Reference);
        Assert.Equal(34, c.AgeYears);
        Assert.True(c.AuthorisedItems.Contains(Gate.Item("prescribed-medication")));
        Assert.False(c.AuthorisedItems.Contains(Gate.Item("mobile-phone")));
        Assert.True(c.Flags.Has(Gate.Flag("lost-card")));
        Assert.False(c.Flags.Has(Gate.Flag("medical-exemption")));
        Assert.True(c.MetalAlarm);
        Assert.Equal(["left-low"], c.MetalZones);
        var detection = Assert.Single(c.Detections);
        Assert.Equal("mobile-phone", detection.Item.Id);
        Assert.Equal(0.93f, detection.Confidence, 3);
        Assert.False(c.DogIndication);
        Assert.Equal(0.42, c.RandomDraw);
    }

    [Fact]
    public void Only_the_category_is_required()
    {
        var c = CaseReader.Read("""{ "person": { "category": "Staff" } }""", Gate.Default, out _);

        Assert.Equal(PersonCategory.Staff, c.Category);
        Assert.Null(c.AgeYears);
        Assert.False(c.MetalAlarm);
        Assert.Empty(c.Detections);
        Assert.Null(c.RandomDraw);
    }

    [Theory]
    [InlineData("Staff", PersonCategory.Staff)]
    [InlineData("Contractor", PersonCategory.Contractor)]
    [InlineData("OfficialVisitor", PersonCategory.OfficialVisitor)]
    [InlineData("Visitor", PersonCategory.Visitor)]
    [InlineData("Prisoner", PersonCategory.Prisoner)]
    public void Every_category_of_the_contract_is_read(string json, PersonCategory category)
    {
        var c = CaseReader.Read($$"""{ "person": { "category": "{{json}}" } }""", Gate.Default, out _);

        Assert.Equal(category, c.Category);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999999)]
    public void A_draw_in_the_unit_interval_is_accepted(double draw)
    {
        var c = CaseReader.Read($$"""{ "person": { "category": "Staff" }, "randomDraw": {{draw.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""", Gate.Default, out _);

        Assert.Equal(draw, c.RandomDraw);
    }

    [Fact]
    public void A_case_read_and_decided_gives_the_decision_the_lane_would_make()
    {
        var c = CaseReader.Read(DesignExample, Gate.Default, out _);
        var verdict = c.Decide();

        // The example holder's card is reported lost: whatever else, the turnstile stays locked.
        Assert.Equal(TurnstileCommand.Locked, verdict.Turnstile);
        Assert.Contains("lost-card", verdict.FiredRules);
        Assert.Contains(verdict.FlaggedItems, f => f.Item.Id == "mobile-phone");
    }

    [Fact]
    public void A_misspelt_field_is_not_silently_ignored()
    {
        const string json = """{ "person": { "category": "Visitor" }, "alertstate": "Red" }""";

        IReadOnlyList<string> warnings = [];
        var ex = Record.Exception(() => CaseReader.Read(json, Gate.Default, out warnings));

        if (ex is CaseException refused)
        {
            Assert.Contains("alertstate", refused.Field + " " + refused.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(ex);
            Assert.Contains(warnings, w => w.Contains("alertstate", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_annotation_field_is_ignored_with_a_warning_and_the_case_still_decides()
    {
        const string json = """{ "description": "adult staff, nothing found", "expected": "Clear", "person": { "category": "Staff" }, "randomDraw": 0.99 }""";

        var c = CaseReader.Read(json, Gate.Default, out var warnings);
        var verdict = new Verdict();
        Gate.Default.Evaluate(c, verdict);

        Assert.Equal(Outcome.Clear, verdict.Outcome);
        Assert.Contains(warnings, w => w.StartsWith("description", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("expected", StringComparison.Ordinal));
    }
}
