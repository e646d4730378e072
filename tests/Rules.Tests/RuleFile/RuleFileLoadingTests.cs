using System.Text;
using Screening.Rules.RuleFile;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.RuleFile;

public sealed class RuleFileLoadingTests
{
    [Fact]
    public void Errors_in_a_loaded_file_name_that_file()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("bad.rules.yaml");
        File.WriteAllText(path, RuleFiles.Replacing("defaultAlertState: Black", "defaultAlertState: Purple"));

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Load(path));

        Assert.Contains(ex.Errors, e => e.File.EndsWith("bad.rules.yaml", StringComparison.Ordinal) && e.Line > 0);
    }

    [Fact]
    public void A_missing_file_is_refused_as_a_rule_file_error()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("absent.rules.yaml");

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Load(path));

        Assert.Contains(ex.Errors, e => e.File.EndsWith("absent.rules.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_text_is_refused()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("binary.rules.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("schema: 1\nname: caf"), 0xE9, 0xFF, 0xFE, (byte)'\n']);

        Assert.Throws<RuleFileException>(() => RuleSet.Load(path));
    }

    [Fact]
    public void An_enormous_file_is_refused_rather_than_read_into_memory()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("huge.rules.yaml");
        File.WriteAllText(path, RuleFiles.Default + "\n" + new string('#', 8 << 20) + "\n");

        var ex = Assert.Throws<RuleFileException>(() => RuleSet.Load(path));

        Assert.NotEmpty(ex.Errors);
    }

    [Fact]
    public void A_copy_of_the_default_file_loads_as_the_same_rules()
    {
        using var folder = new RuleFiles.TempFolder();
        var path = folder.File("copy.rules.yaml");
        File.WriteAllText(path, RuleSet.DefaultRulesText);

        var copy = RuleSet.Load(path);

        Assert.Equal(Gate.Default.Hash, copy.Hash);
        Assert.Equal(Gate.Default.Rules.Select(r => r.Id), copy.Rules.Select(r => r.Id));
    }
}
