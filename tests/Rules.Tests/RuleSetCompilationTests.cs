using System.Globalization;
using System.Text;
using Screening.Rules.Model;
using Screening.Rules.RuleFile;

namespace Screening.Rules.Tests;

/// <summary>
/// The compiled evaluator precombines person rules into tables (by flags, alarms, age band); these
/// tests check it against a plain reading of the same rule definitions, on rule files built to
/// stress what the default file does not: ages compared in person rules, many flags (which makes
/// the tables too big and takes the loop instead), and state and shut-down overlays.
/// </summary>
public sealed class RuleSetCompilationTests
{
    [Theory]
    [InlineData(3, 11)] // few flags: tables
    [InlineData(12, 12)] // many flags: more combinations than tabulated, the loop decides
    [InlineData(5, 13)]
    public void Compiled_decisions_match_a_plain_reading_of_the_rules(int flags, int seed)
    {
        var random = new Random(seed);
        var rules = RuleSet.Parse(GeneratedRuleFile(random, flags), "generated.rules.yaml");
        var verdict = new Verdict();

        for (var i = 0; i < 4000; i++)
        {
            var screening = RandomPerson(random, rules);
            rules.Evaluate(screening, verdict);

            var expected = PlainReading(rules, screening);
            var fired = verdict.FiredRules.ToArray();
            Assert.True(expected.Fired.SequenceEqual(fired),
                $"case {i}: expected [{string.Join(",", expected.Fired)}], compiled fired [{string.Join(",", fired)}]");
            Assert.Equal(expected.Searches, verdict.Searches);
            Assert.Equal(expected.Outcome, verdict.Outcome);
        }
    }

    [Fact]
    public void An_age_band_edge_is_decided_on_the_right_side()
    {
        var rules = RuleSet.Parse("""
            schema: 1
            catalogue:
              - { id: knife, name: Knife, list: A }
            alertStates:
              - { id: Black, randomSearchRate: 0 }
            rules:
              - id: child
                when: { ageBelow: 18 }
                then: { searches: [RubDown], reason: child }
              - id: older
                when: { ageAtLeast: 65 }
                then: { searches: [Wand], reason: older }
            """, "ages.rules.yaml");
        var verdict = new Verdict();

        foreach (var (age, fired) in new (int?, string)[] { (null, ""), (0, "child"), (17, "child"), (18, ""), (64, ""), (65, "older"), (120, "older") })
        {
            rules.Evaluate(new ScreeningCase(rules) { Category = PersonCategory.Visitor, AgeYears = age }, verdict);
            Assert.Equal(fired, string.Join(",", verdict.FiredRules.ToArray()));
        }
    }

    private static string GeneratedRuleFile(Random random, int flagCount)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("schema: 1");
        yaml.AppendLine("catalogue:\n  - { id: knife, name: Knife, list: A }");
        yaml.AppendLine("flags:");
        for (var f = 0; f < flagCount; f++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: flag-{f} }}");
        }

        yaml.AppendLine("alertStates:");
        yaml.AppendLine("  - { id: Low, randomSearchRate: 0.1 }");
        yaml.AppendLine("  - id: High\n    randomSearchRate: 0.5\n    rules:");
        AppendRules(yaml, random, flagCount, "high", 3, "      ");
        yaml.AppendLine("shutDown:\n  rules:");
        AppendRules(yaml, random, flagCount, "shut", 2, "    ");
        yaml.AppendLine("establishments:\n  - { id: One }\n  - { id: Two }");
        yaml.AppendLine("rules:");
        AppendRules(yaml, random, flagCount, "base", 14, "  ");
        return yaml.ToString();
    }

    private static void AppendRules(StringBuilder yaml, Random random, int flagCount, string prefix, int count, string indent)
    {
        string[] categories = ["Staff", "Contractor", "OfficialVisitor", "Visitor", "Prisoner"];
        string[] searches = ["RubDown", "Wand", "BagHandSearch", "XrayRescan", "Dog", "FullSearch"];
        for (var r = 0; r < count; r++)
        {
            var conditions = new List<string>();
            if (random.NextDouble() < 0.3)
            {
                conditions.Add($"category: [{categories[random.Next(5)]}, {categories[random.Next(5)]}]");
            }

            var below = random.NextDouble() < 0.35 ? random.Next(10, 70) : (int?)null;
            if (below is not null)
            {
                conditions.Add($"ageBelow: {below}");
            }

            if (random.NextDouble() < 0.3)
            {
                conditions.Add($"ageAtLeast: {random.Next(0, (below ?? 90) - 1)}");
            }

            if (random.NextDouble() < 0.2)
            {
                conditions.Add($"establishment: [{(random.Next(2) == 0 ? "One" : "Two")}]");
            }

            var required = random.Next(flagCount);
            if (random.NextDouble() < 0.4)
            {
                conditions.Add($"flags: [flag-{required}]");
            }

            if (random.NextDouble() < 0.3)
            {
                var excluded = (required + 1 + random.Next(flagCount - 1)) % flagCount;
                conditions.Add($"withoutFlags: [flag-{excluded}]");
            }

            foreach (var fact in new[] { "metalAlarm", "dogIndication", "randomlySelected" })
            {
                if (random.NextDouble() < 0.25)
                {
                    conditions.Add($"{fact}: {(random.Next(2) == 0 ? "true" : "false")}");
                }
            }

            var action = random.NextDouble() < 0.15
                ? "outcome: Refuse"
                : $"searches: [{searches[random.Next(6)]}]";
            yaml.AppendLine(CultureInfo.InvariantCulture, $"{indent}- id: {prefix}-{r}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"{indent}  when: {{ {string.Join(", ", conditions)} }}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"{indent}  then: {{ {action}, reason: \"{prefix} rule {r}\" }}");
        }
    }

    private static ScreeningCase RandomPerson(Random random, RuleSet rules)
    {
        var flags = PersonFlags.None;
        foreach (var flag in rules.Flags)
        {
            if (random.NextDouble() < 0.3)
            {
                flags = flags.With(flag);
            }
        }

        return new ScreeningCase(rules)
        {
            Category = (PersonCategory)random.Next(5),
            AgeYears = random.NextDouble() < 0.2 ? null : random.Next(0, 100),
            AlertState = rules.AlertStates[random.Next(rules.AlertStates.Count)],
            Establishment = rules.Establishments[random.Next(rules.Establishments.Count)],
            ShutDown = random.NextDouble() < 0.3,
            Flags = flags,
            MetalAlarm = random.NextDouble() < 0.5,
            DogIndication = random.NextDouble() < 0.5,
            RandomDraw = random.NextDouble() < 0.1 ? null : random.NextDouble(),
        };
    }

    /// <summary>The rules read literally, one condition at a time, in file order (base, then overlays).</summary>
    private static (List<string> Fired, Searches Searches, Outcome Outcome) PlainReading(RuleSet rules, ScreeningCase c)
    {
        var state = c.AlertState ?? rules.DefaultAlertState;
        var establishment = c.Establishment ?? rules.DefaultEstablishment;
        var rate = Math.Max(state.RandomSearchRate, establishment.MinimumRandomSearchRate);
        var selected = rate >= 1 || (c.RandomDraw is { } d && d < rate);
        var fired = new List<string>();
        var searches = Searches.None;
        var outcome = Outcome.Clear;

        foreach (var rule in rules.Rules)
        {
            var w = rule.When;
            var applies =
                (rule.Scope.FromState is null || rule.Scope.FromState.Level <= state.Level)
                && (!rule.Scope.ShutDownOnly || c.ShutDown)
                && (w.Categories.Count == 0 || w.Categories.Contains(c.Category))
                && (w.AgeBelow is null || (c.AgeYears is { } a1 && a1 < w.AgeBelow))
                && (w.AgeAtLeast is null || (c.AgeYears is { } a2 && a2 >= w.AgeAtLeast))
                && (w.Establishments.Count == 0 || w.Establishments.Contains(establishment))
                && w.Flags.All(f => c.Flags.Has(f))
                && !w.WithoutFlags.Any(f => c.Flags.Has(f))
                && (w.MetalAlarm is null || w.MetalAlarm == c.MetalAlarm)
                && (w.DogIndication is null || w.DogIndication == c.DogIndication)
                && (w.RandomlySelected is null || w.RandomlySelected == selected);
            if (applies)
            {
                fired.Add(rule.Id);
                searches |= rule.Then.Searches;
                outcome = rule.Then.Outcome > outcome ? rule.Then.Outcome : outcome;
            }
        }

        if (outcome == Outcome.Clear && searches != Searches.None)
        {
            outcome = Outcome.Search;
        }

        return (fired, searches, outcome);
    }

    [Fact]
    public void The_default_rules_raise_no_safety_warning()
    {
        Assert.Empty(RuleSet.LoadDefault().SafetyWarnings());
    }

    [Theory]
    [InlineData("id: lost-card", "reported lost")]
    [InlineData("id: metal-detector-alarm", "metal-detector alarm")]
    [InlineData("id: medical-exemption", "medical exemption")]
    [InlineData("id: list-a-item", "List A")]
    public void A_rule_file_without_a_safety_rule_is_valid_but_warned_about(string ruleId, string warning)
    {
        var text = RemoveRule(RuleSet.DefaultRulesText.ReplaceLineEndings("\n"), ruleId);

        var rules = RuleSet.Parse(text, "weakened.rules.yaml");

        Assert.Contains(rules.SafetyWarnings(), w => w.Contains(warning, StringComparison.Ordinal));
    }

    /// <summary>Deletes the rule whose list item holds <paramref name="idLine"/> (up to the next rule).</summary>
    private static string RemoveRule(string text, string idLine)
    {
        var rulesSection = text.IndexOf("\nrules:\n", StringComparison.Ordinal);
        var start = text.IndexOf("  - " + idLine + "\n", rulesSection, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule '{idLine}' in the default file");
        var end = text.IndexOf("\n  - id: ", start + 4, StringComparison.Ordinal);
        return text[..start] + text[(end + 1)..];
    }
}
