using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Screening.Station.Simulation;

/// <summary>A scenario file that cannot be played, with where and why.</summary>
public sealed class ScenarioException(string message) : Exception(message)
{
    public ScenarioException()
        : this("the scenario is invalid")
    {
    }

    public ScenarioException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>One step of a scenario: at a time (seconds from the start), one action with its arguments.</summary>
/// <param name="At">Seconds after the scenario starts.</param>
/// <param name="Action">card, identify, frame, frame-refused, arch, passage, officer, abandon, alert, fault, fire, expect, wait.</param>
/// <param name="Value">The action's scalar argument (a card key, "alarm", "in"...), if it has one.</param>
/// <param name="Arguments">The action's named arguments, if it takes a mapping.</param>
/// <param name="Line">Where the step is in the file, for messages.</param>
public sealed record ScenarioStep(double At, string Action, string? Value, YamlMappingNode? Arguments, int Line)
{
    public string? Text(string key) =>
        Arguments is not null && Arguments.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    public IReadOnlyList<string> List(string key)
    {
        if (Arguments is null || !Arguments.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        return node switch
        {
            YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
            YamlScalarNode { Value: { } one } => [one],
            _ => throw new ScenarioException($"line {node.Start.Line}: '{key}' must be a name or a list of names"),
        };
    }

    public YamlNode? Node(string key) =>
        Arguments is not null && Arguments.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public double? Number(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ScenarioException($"line {Line}: '{key}' must be a number, not '{text}'");
    }

    public bool? Flag(string key) => Text(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw new ScenarioException($"line {Line}: '{key}' must be true or false, not '{other}'"),
    };
}

/// <summary>
/// A timeline of device and officer events for `screening simulate`: the card directory the lane
/// knows, the state of alert it starts in, and the steps in time order.
/// </summary>
public sealed record Scenario(
    string Name,
    string Lane,
    double? RandomDraw,
    YamlSequenceNode? People,
    YamlMappingNode? Alert,
    IReadOnlyList<ScenarioStep> Steps)
{
    public static readonly string[] Actions =
        ["card", "identify", "frame", "frame-refused", "arch", "passage", "officer", "abandon", "alert", "fault", "fire", "expect", "wait", "restart"];

    public static Scenario Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: cannot read: {ex.Message}");
        }

        return Parse(text, path);
    }

    public static Scenario Parse(string text, string source)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new ScenarioException($"{source}: a scenario is one YAML mapping with name and steps");
        }
        catch (YamlException ex)
        {
            throw new ScenarioException($"{source}:{ex.Start.Line}: YAML error: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw new ScenarioException($"{source}: YAML error: {ex.Message}");
        }

        string[] keys = ["name", "lane", "randomDraw", "people", "alert", "steps"];
        foreach (var (key, _) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name))
            {
                throw new ScenarioException($"{source}:{key.Start.Line}: unknown key '{key}' (expected {string.Join(", ", keys)})");
            }
        }

        string? Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlScalarNode { Value: { } v } ? v : null;
        double? draw = null;
        if (Scalar("randomDraw") is { } drawText)
        {
            draw = double.TryParse(drawText, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 0 and < 1
                ? d
                : throw new ScenarioException($"{source}: randomDraw must be a number in [0, 1), not '{drawText}'");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("steps"), out var stepsNode) || stepsNode is not YamlSequenceNode steps)
        {
            throw new ScenarioException($"{source}: the scenario needs a list of steps");
        }

        var parsed = new List<ScenarioStep>();
        var previous = 0.0;
        foreach (var node in steps.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode step)
            {
                throw new ScenarioException($"{source}:{line}: a step is a mapping such as {{ at: 1.5, card: \"12:1001\" }}");
            }

            var at = previous;
            string? action = null;
            YamlNode? value = null;
            foreach (var (key, child) in step.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (name == "at")
                {
                    at = child is YamlScalarNode { Value: { } t } && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
                        ? seconds
                        : throw new ScenarioException($"{source}:{key.Start.Line}: 'at' must be a number of seconds");
                }
                else if (Actions.Contains(name))
                {
                    if (action is not null)
                    {
                        throw new ScenarioException($"{source}:{key.Start.Line}: one action per step ('{action}' and '{name}')");
                    }

                    action = name;
                    value = child;
                }
                else
                {
                    throw new ScenarioException($"{source}:{key.Start.Line}: unknown action '{name}' (actions: {string.Join(", ", Actions)})");
                }
            }

            if (action is null)
            {
                throw new ScenarioException($"{source}:{line}: the step has no action (actions: {string.Join(", ", Actions)})");
            }

            if (at < previous)
            {
                throw new ScenarioException($"{source}:{line}: steps must be in time order ({at} s comes after {previous} s)");
            }

            previous = at;
            parsed.Add(new ScenarioStep(at, action, (value as YamlScalarNode)?.Value, value as YamlMappingNode, line));
        }

        root.Children.TryGetValue(new YamlScalarNode("people"), out var people);
        root.Children.TryGetValue(new YamlScalarNode("alert"), out var alert);
        return new Scenario(
            Scalar("name") ?? Path.GetFileNameWithoutExtension(source),
            Scalar("lane") ?? "lane-1",
            draw,
            people as YamlSequenceNode,
            alert as YamlMappingNode,
            parsed);
    }
}
