using System.Text;
using Screening.Rules.Contract;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Contract;

public sealed partial class CaseReaderTests
{
    /// <summary>Bad cases, and a word the named field must contain.</summary>
    public static TheoryData<string, string, string> BadCases => new()
    {
        { "not JSON", "{ person: ", "case" },
        { "empty input", "", "case" },
        { "an array, not a case", """[ { "person": { "category": "Staff" } } ]""", "case" },
        { "no person", """{ "alertState": "Black" }""", "person" },
        { "person is not an object", """{ "person": "Staff" }""", "person" },
        { "no category", """{ "person": { "reference": "S-1" } }""", "category" },
        { "null category", """{ "person": { "category": null } }""", "category" },
        { "unknown category", """{ "person": { "category": "Alien" } }""", "category" },
        { "category is a number", """{ "person": { "category": 3 } }""", "category" },
        { "unknown establishment", """{ "person": { "category": "Staff" }, "establishment": "Alcatraz" }""", "establishment" },
        { "unknown state", """{ "person": { "category": "Staff" }, "alertState": "Purple" }""", "alertState" },
        { "unknown flag", """{ "person": { "category": "Staff", "flags": ["lost-cards"] } }""", "flags" },
        { "unknown authorised item", """{ "person": { "category": "Staff", "authorisedItems": ["teleporter"] } }""", "authorisedItems" },
        { "unknown detected item", """{ "person": { "category": "Staff" }, "detections": [ { "item": "teleporter", "confidence": 0.9 } ] }""", "item" },
        { "detection without an item", """{ "person": { "category": "Staff" }, "detections": [ { "confidence": 0.9 } ] }""", "item" },
        { "confidence above 1", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": 1.5 } ] }""", "confidence" },
        { "confidence below 0", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": -0.1 } ] }""", "confidence" },
        { "confidence as text", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": "high" } ] }""", "confidence" },
        { "draw of exactly 1", """{ "person": { "category": "Staff" }, "randomDraw": 1.0 }""", "randomDraw" },
        { "draw above 1", """{ "person": { "category": "Staff" }, "randomDraw": 1.5 }""", "randomDraw" },
        { "negative draw", """{ "person": { "category": "Staff" }, "randomDraw": -0.01 }""", "randomDraw" },
        { "draw as text", """{ "person": { "category": "Staff" }, "randomDraw": "0.5" }""", "randomDraw" },
        { "negative age", """{ "person": { "category": "Visitor", "ageYears": -3 } }""", "ageYears" },
        { "impossible age", """{ "person": { "category": "Visitor", "ageYears": 400 } }""", "ageYears" },
        { "fractional age", """{ "person": { "category": "Visitor", "ageYears": 12.5 } }""", "ageYears" },
        { "alarm as text", """{ "person": { "category": "Staff" }, "metalDetector": { "alarm": "yes" } }""", "alarm" },
        { "zones with no alarm field", """{ "person": { "category": "Staff" }, "metalDetector": { "zones": ["left-low"] } }""", "metalDetector.alarm" },
        { "zones with alarm false", """{ "person": { "category": "Staff" }, "metalDetector": { "alarm": false, "zones": ["head"] } }""", "metalDetector.alarm" },
        { "zones with alarm null", """{ "person": { "category": "Staff" }, "metalDetector": { "alarm": null, "zones": ["torso", "left-low"] } }""", "metalDetector.alarm" },
        { "List A item authorised", """{ "person": { "category": "Contractor", "authorisedItems": ["firearm"] } }""", "person.authorisedItems[0]" },
        { "List A item authorised after a lawful one", """{ "person": { "category": "Contractor", "authorisedItems": ["tool", "knife"] } }""", "person.authorisedItems[1]" },
        { "shut-down as text", """{ "person": { "category": "Staff" }, "shutDown": "true" }""", "shutDown" },
        { "dog indication as a number", """{ "person": { "category": "Staff" }, "dogIndication": 1 }""", "dogIndication" },
        { "duplicate top-level key", """{ "person": { "category": "Staff" }, "person": { "category": "Visitor" } }""", "person" },
        { "duplicate nested key", """{ "person": { "category": "Staff", "category": "Visitor" } }""", "category" },
        { "duplicate draw", """{ "person": { "category": "Staff" }, "randomDraw": 0.9, "randomDraw": 0.01 }""", "randomDraw" },
        { "trailing garbage", """{ "person": { "category": "Staff" } } { }""", "case" },
        { "two categories in one", """{ "person": { "category": "Staff, Contractor" } }""", "category" },
        { "misspelt dog indication", """{ "person": { "category": "Visitor" }, "dogIndicaton": true }""", "dogIndicaton" },
        { "flag for flags", """{ "person": { "category": "Staff", "flag": ["lost-card"] } }""", "person.flag" },
        { "wrong case of a field", """{ "person": { "category": "Staff" }, "MetalDetector": { "alarm": true } }""", "MetalDetector" },
        { "age for ageYears", """{ "person": { "category": "Visitor", "age": 12 } }""", "person.age" },
        { "misspelt confidence", """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidance": 0.9 } ] }""", "confidance" },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Bad_input_is_refused_naming_the_field(string what, string json, string field)
    {
        var ex = Record.Exception(() => CaseReader.Read(json, Gate.Default, out _));

        var refused = Assert.IsType<CaseException>(ex);
        // A duplicate key is a JSON-level problem: naming the key in the problem is enough.
        var named = what.StartsWith("duplicate", StringComparison.Ordinal) ? refused.Field + " " + refused.Problem : refused.Field;
        Assert.True(named.Contains(field, StringComparison.Ordinal),
            $"{what}: the error names '{refused.Field}' ({refused.Problem}), not '{field}'");
        Assert.False(string.IsNullOrWhiteSpace(refused.Problem), $"{what}: no problem stated");
    }

    [Theory]
    [InlineData("""{ "zones": ["left-low"] }""")]
    [InlineData("""{ "alarm": false, "zones": ["head"] }""")]
    public void Detector_zones_without_an_alarm_are_refused_not_read_as_no_alarm(string detector)
    {
        var json = $$"""{ "person": { "category": "Staff" }, "metalDetector": {{detector}}, "randomDraw": 0.99 }""";

        var ex = Assert.Throws<CaseException>(() => CaseReader.Read(json, Gate.Default, out _));

        Assert.Equal("metalDetector.alarm", ex.Field);
        Assert.Contains("zones", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ }""")]
    [InlineData("""{ "zones": [] }""")]
    [InlineData("""{ "alarm": false }""")]
    [InlineData("""{ "alarm": false, "zones": [] }""")]
    public void A_detector_reading_with_no_alarm_and_no_zones_is_still_no_alarm(string detector)
    {
        var json = $$"""{ "person": { "category": "Staff" }, "metalDetector": {{detector}}, "randomDraw": 0.99 }""";

        var c = CaseReader.Read(json, Gate.Default, out _);

        Assert.False(c.MetalAlarm);
        Assert.Equal(Outcome.Clear, c.Decide().Outcome);
    }

    [Theory]
    [MemberData(nameof(DefaultRules.DefaultRulesTests.ListAItems), MemberType = typeof(DefaultRules.DefaultRulesTests))]
    public void A_List_A_item_cannot_be_authorised_for_anyone(string item)
    {
        var json = $$"""{ "person": { "category": "Contractor", "authorisedItems": ["{{item}}"] }, "detections": [ { "item": "{{item}}", "confidence": 0.9 } ] }""";

        var ex = Assert.Throws<CaseException>(() => CaseReader.Read(json, Gate.Default, out _));

        Assert.Equal("person.authorisedItems[0]", ex.Field);
        Assert.Contains(item, ex.Problem, StringComparison.Ordinal);
        Assert.Contains("List A", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_of_another_list_can_still_be_authorised()
    {
        const string json = """{ "person": { "category": "Contractor", "authorisedItems": ["tool"] }, "detections": [ { "item": "tool", "confidence": 0.9 } ], "randomDraw": 0.99 }""";

        var c = CaseReader.Read(json, Gate.Default, out _);

        Assert.Equal(Outcome.Clear, c.Decide().Outcome);
    }

    [Fact]
    public void An_unknown_item_is_named_with_its_position_in_the_detections()
    {
        const string json = """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife", "confidence": 0.9 }, { "item": "teleporter", "confidence": 0.9 } ] }""";

        var ex = Assert.Throws<CaseException>(() => CaseReader.Read(json, Gate.Default, out _));

        Assert.Contains("detections", ex.Field, StringComparison.Ordinal);
        Assert.Contains("1", ex.Field, StringComparison.Ordinal);
        Assert.Contains("teleporter", ex.Problem + ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detection_without_a_confidence_counts_as_a_find_and_is_warned_about()
    {
        const string json = """{ "person": { "category": "Staff" }, "detections": [ { "item": "knife" } ], "randomDraw": 0.9 }""";

        var c = CaseReader.Read(json, Gate.Default, out var warnings);

        Assert.Equal(Outcome.Refuse, c.Decide().Outcome);
        Assert.Contains(warnings, w => w.Contains("confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void An_oversized_case_is_refused_before_it_is_parsed()
    {
        var padding = new StringBuilder().Append(' ', 2 << 20).ToString();
        var json = $$"""{ "person": { "category": "Staff" }, "reference": "{{padding}}" }""";

        var ex = Record.Exception(() => CaseReader.Read(json, Gate.Default, out _));

        Assert.IsType<CaseException>(ex);
    }

    [Fact]
    public void A_deeply_nested_case_is_refused_not_a_crash()
    {
        var json = """{ "person": { "category": "Staff" }, "x": """ + new string('[', 5000) + new string(']', 5000) + " }";

        var ex = Record.Exception(() => CaseReader.Read(json, Gate.Default, out _));

        Assert.IsType<CaseException>(ex);
    }
}
