using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests;

/// <summary>The lane reloads its rules without a restart and never runs without good rules.</summary>
public sealed class RuleSetFileTests : IDisposable
{
    private readonly RuleFiles.TempFolder _folder = new();

    private readonly string _path;

    private static readonly string Good = RuleSet.DefaultRulesText;

    private static readonly string OtherGood = RuleFiles.Replacing("    randomSearchRate: 0.10\n", "    randomSearchRate: 0.15\n");

    private static readonly string Bad = RuleFiles.Replacing("defaultAlertState: Black", "defaultAlertState: Purple");

    public RuleSetFileTests()
    {
        _path = _folder.File("gate.rules.yaml");
        File.WriteAllText(_path, Good);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_file_is_loaded_on_construction()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);

        Assert.Equal(RuleFiles.Sha256Of(File.ReadAllBytes(_path)), file.Current.Hash, ignoreCase: true);
    }

    [Fact]
    public void A_bad_file_at_start_is_refused_with_its_errors()
    {
        File.WriteAllText(_path, Bad);

        Assert.Throws<Screening.Rules.RuleFile.RuleFileException>(() => new RuleSetFile(_path, TimeProvider.System));
    }

    [Fact]
    public void A_bad_file_on_reload_keeps_the_last_good_rules()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var good = file.Current.Hash;
        RuleSetRefusedEventArgs? refused = null;
        file.Refused += (_, e) => refused = e;

        File.WriteAllText(_path, Bad);
        var reloaded = file.Reload();

        Assert.False(reloaded);
        Assert.Equal(good, file.Current.Hash);
        Assert.NotNull(refused);
        Assert.Equal(good, refused.StillInForce.Hash);
        Assert.Contains(refused.Problem.Errors, e => e.Line > 0 && e.Reason.Contains("Purple", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_YAML_file_on_reload_keeps_the_last_good_rules()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var good = file.Current.Hash;

        File.WriteAllText(_path, RuleFiles.Replacing("    prohibits: [wire-bound-notebook]", "    prohibits: [wire-bound-notebook"));
        var reloaded = file.Reload();

        Assert.False(reloaded);
        Assert.Equal(good, file.Current.Hash);
    }

    [Fact]
    public void A_deleted_file_on_reload_keeps_the_last_good_rules()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var good = file.Current.Hash;

        File.Delete(_path);

        Assert.False(file.Reload());
        Assert.Equal(good, file.Current.Hash);
    }

    [Fact]
    public void A_different_good_file_on_reload_comes_into_force()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var first = file.Current.Hash;
        RuleSetReloadedEventArgs? reloadedEvent = null;
        file.Reloaded += (_, e) => reloadedEvent = e;

        File.WriteAllText(_path, Bad);
        Assert.False(file.Reload());
        File.WriteAllText(_path, OtherGood);
        var reloaded = file.Reload();

        Assert.True(reloaded);
        Assert.NotEqual(first, file.Current.Hash);
        Assert.Equal(RuleFiles.Sha256Of(File.ReadAllBytes(_path)), file.Current.Hash, ignoreCase: true);
        Assert.Equal(0.15, file.Current.AlertStates[0].RandomSearchRate, 3);
        Assert.NotNull(reloadedEvent);
        Assert.Equal(first, reloadedEvent.Previous.Hash);
        Assert.Same(file.Current, reloadedEvent.Current);
    }

    [Fact]
    public void Reloading_an_unchanged_file_brings_nothing_new_into_force()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var first = file.Current.Hash;

        file.Reload();

        Assert.Equal(first, file.Current.Hash);
    }

    [Fact]
    public void Without_a_path_the_default_rules_are_in_force()
    {
        using var file = new RuleSetFile(null, TimeProvider.System);

        Assert.Equal(Gate.Default.Hash, file.Current.Hash);
    }

    [Fact]
    public async Task Watch_brings_a_changed_file_into_force_without_a_restart()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var first = file.Current.Hash;
        var reloaded = new TaskCompletionSource<RuleSet>(TaskCreationOptions.RunContinuationsAsynchronously);
        file.Reloaded += (_, e) => reloaded.TrySetResult(e.Current);
        file.Watch();

        File.WriteAllText(_path, OtherGood);
        var current = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(first, current.Hash);
        Assert.Equal(current.Hash, file.Current.Hash);
        Assert.Equal(0.15, file.Current.AlertStates[0].RandomSearchRate, 3);
    }

    [Fact]
    public async Task Watch_refuses_a_bad_change_and_keeps_the_good_rules()
    {
        using var file = new RuleSetFile(_path, TimeProvider.System);
        var first = file.Current.Hash;
        var refused = new TaskCompletionSource<RuleSetRefusedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        file.Refused += (_, e) => refused.TrySetResult(e);
        file.Watch();

        File.WriteAllText(_path, Bad);
        var problem = await refused.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(first, problem.StillInForce.Hash);
        Assert.Equal(first, file.Current.Hash);
    }
}
