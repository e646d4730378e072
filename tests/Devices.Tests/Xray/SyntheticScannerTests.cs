using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

public sealed class SyntheticScannerTests
{
    [Fact]
    public void Same_seed_gives_identical_image_bytes_and_ground_truth()
    {
        var scanner = new SyntheticScanner();
        using var first = scanner.Generate(1234, XrayItems.Knife, XrayItems.MobilePhone);
        using var second = new SyntheticScanner().Generate(1234, XrayItems.Knife, XrayItems.MobilePhone);

        Assert.Equal(first.EncodePng(), second.EncodePng());
        Assert.Equal(first.Truth.ToJson(), second.Truth.ToJson());
    }

    [Fact]
    public void Different_seeds_give_different_bags()
    {
        var scanner = new SyntheticScanner();
        using var first = scanner.Generate(1, XrayItems.Knife);
        using var second = scanner.Generate(2, XrayItems.Knife);

        Assert.NotEqual(first.EncodePng(), second.EncodePng());
    }

    [Fact]
    public void Ground_truth_names_each_requested_threat_with_a_box_inside_the_image()
    {
        var scanner = new SyntheticScanner();
        using var bag = scanner.Generate(77, [.. XrayItems.All]);

        Assert.Equal(XrayItems.All, bag.Truth.Threats.Select(t => t.Item));
        Assert.All(bag.Truth.Threats, t =>
        {
            Assert.InRange(t.Box.Width, 4, bag.Truth.Width);
            Assert.InRange(t.Box.Height, 4, bag.Truth.Height);
            Assert.InRange(t.Box.X, 0, bag.Truth.Width - t.Box.Width);
            Assert.InRange(t.Box.Y, 0, bag.Truth.Height - t.Box.Height);
        });
        Assert.Equal((bag.Truth.Width, bag.Truth.Height), (bag.Image.Width, bag.Image.Height));
    }

    [Fact]
    public void Evaluation_set_draws_no_threat_shape_and_only_new_clutter_kinds_beyond_the_tuning_set()
    {
        Assert.Empty(SyntheticVariants.Evaluation.Shapes.Intersect(SyntheticVariants.Tuning.Shapes));
        Assert.NotEmpty(SyntheticVariants.Evaluation.Clutter.Except(SyntheticVariants.Tuning.Clutter));
        Assert.All(XrayItems.All, item =>
        {
            Assert.NotEmpty(SyntheticVariants.Tuning.ShapesOf(item));
            Assert.NotEmpty(SyntheticVariants.Evaluation.ShapesOf(item));
        });
        Assert.True(SyntheticVariants.EvaluationSeedFirst > SyntheticVariants.TuningSeedLast);
    }

    [Fact]
    public void Ground_truth_json_carries_item_ids_and_boxes()
    {
        using var bag = new SyntheticScanner().Generate(5, XrayItems.Firearm);
        using var json = System.Text.Json.JsonDocument.Parse(bag.Truth.ToJson());
        var threat = json.RootElement.GetProperty("threats")[0];

        Assert.Equal("firearm", threat.GetProperty("item").GetString());
        Assert.Equal(4, threat.GetProperty("box").GetArrayLength());
        Assert.Equal(5, json.RootElement.GetProperty("seed").GetInt32());
    }

    [Fact]
    public void Every_item_id_is_in_the_rules_catalogue()
    {
        var catalogue = Screening.Rules.RuleSet.LoadDefault().Catalogue;
        Assert.All(XrayItems.All, id => Assert.True(catalogue.TryFind(id, out _), $"'{id}' is not a catalogue id"));
    }
}
