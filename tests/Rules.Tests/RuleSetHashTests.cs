using System.Text;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests;

/// <summary>A verdict can be replayed later only if its hash identifies the exact file that decided it.</summary>
public sealed class RuleSetHashTests
{
    [Fact]
    public void The_verdict_hash_is_the_SHA256_of_the_rule_files_bytes()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("gate.rules.yaml");
        File.WriteAllText(path, RuleSet.DefaultRulesText);
        var rules = RuleSet.Load(path);

        var verdict = Gate.Person(PersonCategory.Visitor, rules).Carrying("mobile-phone").Decide();

        Assert.Equal(RuleFiles.Sha256Of(File.ReadAllBytes(path)), verdict.RuleSetHash, ignoreCase: true);
        Assert.Equal(rules.Hash, verdict.RuleSetHash);
    }

    [Fact]
    public void The_default_rule_sets_hash_is_the_SHA256_of_the_shipped_text()
    {
        Assert.Equal(RuleFiles.Sha256Of(Encoding.UTF8.GetBytes(RuleSet.DefaultRulesText)), Gate.Default.Hash, ignoreCase: true);
    }

    [Fact]
    public void The_hash_changes_when_the_file_changes_even_by_a_comment()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("gate.rules.yaml");
        File.WriteAllText(path, RuleSet.DefaultRulesText);
        var before = RuleSet.Load(path).Hash;

        File.WriteAllText(path, RuleSet.DefaultRulesText + "\n# amended by the security manager\n");
        var after = RuleSet.Load(path).Hash;

        Assert.NotEqual(before, after);
        Assert.Equal(RuleFiles.Sha256Of(File.ReadAllBytes(path)), after, ignoreCase: true);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_the_same_hash()
    {
        Assert.Equal(RuleSet.Parse(RuleFiles.Default, "a.yaml").Hash, RuleSet.Parse(RuleFiles.Default, "b.yaml").Hash);
    }

    [Fact]
    public void Parsed_text_is_hashed_as_its_UTF8_bytes()
    {
        var text = RuleFiles.Replacing("name: Default gate policy", "name: Politique par défaut");

        Assert.Equal(RuleFiles.Sha256Of(text), RuleSet.Parse(text, "fr.yaml").Hash, ignoreCase: true);
    }
}
