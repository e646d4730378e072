using System.Globalization;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Screening.Rules.RuleFile;

/// <summary>Everything a rule file says, resolved and validated; the input of <see cref="RuleSet"/>'s compiler.</summary>
internal sealed record RuleDocument(
    string Name,
    double FindConfidence,
    double SuspectConfidence,
    ItemCatalogue Catalogue,
    IReadOnlyList<PersonFlag> Flags,
    IReadOnlyList<AlertState> AlertStates,
    AlertState DefaultAlertState,
    string ShutDownDescription,
    IReadOnlyList<Establishment> Establishments,
    Establishment DefaultEstablishment,
    IReadOnlyList<RuleDefinition> Rules,
    IReadOnlyList<LimitDefinition> Limits);

/// <summary>
/// Reads a rule file's YAML into a <see cref="RuleDocument"/>, collecting every problem with its
/// line before giving up, so an editor sees the whole list at once. Unknown keys are errors: a
/// misspelt condition must not silently widen a rule.
/// </summary>
internal sealed class RuleFileParser
{
    /// <summary>A rule file is a page of policy, not a data set; anything bigger is a mistake or an attack.</summary>
    public const int MaxFileBytes = 1 << 20;

    private const int MaxErrors = 100;
    private const int SupportedSchema = 1;

    private readonly string _file;
    private readonly List<RuleFileError> _errors = [];
    private readonly Dictionary<string, int> _ruleIds = new(StringComparer.Ordinal);

    private ItemCatalogue _catalogue = new([]);
    private Dictionary<string, PersonFlag> _flags = new(StringComparer.Ordinal);
    private Dictionary<string, AlertState> _states = new(StringComparer.Ordinal);
    private Dictionary<string, Establishment> _establishments = new(StringComparer.Ordinal);

    private RuleFileParser(string file) => _file = file;

    public static RuleDocument Parse(string text, string file)
    {
        var parser = new RuleFileParser(file);
        var document = parser.ParseDocument(text);
        if (parser._errors.Count > 0 || document is null)
        {
            throw new RuleFileException(parser._errors.Count > 0 ? parser._errors : [new RuleFileError(file, 0, "the rule file is empty")]);
        }

        return document;
    }

    private RuleDocument? ParseDocument(string text)
    {
        if (text.Length > MaxFileBytes)
        {
            Error(0, $"the file is larger than {MaxFileBytes} bytes");
            return null;
        }

        if (!RefusesAliases(text))
        {
            return null;
        }

        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                Error(0, "the rule file is empty");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                Error(stream.Documents[1].RootNode.Start.Line, "a rule file holds one YAML document");
            }

            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null)
            {
                Error(stream.Documents[0].RootNode.Start.Line, "the rule file must be a mapping (schema, catalogue, alertStates, rules...)");
                return null;
            }
        }
        catch (YamlException ex)
        {
            Error((int)ex.Start.Line, "YAML error: " + StripPosition(ex.Message));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unclosed flow collections ("[a, b" at the end of the file) this way.
            Error(LastLine(text), "YAML error: " + ex.Message);
            return null;
        }

        var top = new Section(this, root, "the rule file");
        top.Allow("schema", "name", "detection", "catalogue", "flags", "alertStates", "defaultAlertState", "shutDown",
            "establishments", "defaultEstablishment", "rules", "limits");

        var schema = top.Int("schema", required: true);
        if (schema is not null and not SupportedSchema)
        {
            Error(top.Line("schema"), $"schema {schema} is not supported; this version reads schema {SupportedSchema}");
        }

        var name = top.String("name") ?? "unnamed rule set";

        var (find, suspect) = ParseDetection(top.Mapping("detection"));
        _catalogue = ParseCatalogue(top, out var localItemsByEstablishment);
        _flags = ParseFlags(top.Sequence("flags"));
        var states = ParseAlertStates(top);
        _states = states.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var establishments = ParseEstablishments(top, localItemsByEstablishment);
        _establishments = establishments.ToDictionary(e => e.Id, StringComparer.Ordinal);

        var defaultState = ResolveDefault(top, "defaultAlertState", _states, states.FirstOrDefault(), "alert state");
        var defaultEstablishment = ResolveDefault(top, "defaultEstablishment", _establishments, establishments.FirstOrDefault(), "establishment");

        var rules = new List<RuleDefinition>();
        ParseRules(top.Sequence("rules", required: true), RuleScope.Always, rules);
        foreach (var (state, overlay) in _stateOverlays)
        {
            ParseRules(overlay, new RuleScope(state, false), rules);
        }

        var shutDownDescription = "";
        if (top.Mapping("shutDown") is { } shutDownNode)
        {
            var shutDown = new Section(this, shutDownNode, "shutDown");
            shutDown.Allow("description", "rules");
            shutDownDescription = shutDown.String("description") ?? "";
            ParseRules(shutDown.Sequence("rules"), new RuleScope(null, true), rules);
        }

        var limits = ParseLimits(top.Sequence("limits"));

        if (_errors.Count > 0 || defaultState is null || defaultEstablishment is null)
        {
            return null;
        }

        return new RuleDocument(name, find, suspect, _catalogue, [.. _flags.Values.OrderBy(f => f.Bit)], states, defaultState,
            shutDownDescription, establishments, defaultEstablishment, rules, limits);
    }

    private readonly List<(AlertState State, YamlSequenceNode Rules)> _stateOverlays = [];

    private bool RefusesAliases(string text)
    {
        // Aliases let a few lines expand into millions of nodes; a policy file never needs them.
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                {
                    Error((int)alias.Start.Line, "YAML aliases (*name) are not allowed in rule files");
                    return false;
                }
            }

            return true;
        }
        catch (YamlException ex)
        {
            Error((int)ex.Start.Line, "YAML error: " + StripPosition(ex.Message));
            return false;
        }
        catch (InvalidOperationException ex)
        {
            Error(LastLine(text), "YAML error: " + ex.Message);
            return false;
        }
    }

    private static int LastLine(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

    private (double Find, double Suspect) ParseDetection(YamlMappingNode? node)
    {
        if (node is null)
        {
            return (0.6, 0.25);
        }

        var section = new Section(this, node, "detection");
        section.Allow("findConfidence", "suspectConfidence");
        var find = section.Fraction("findConfidence") ?? 0.6;
        var suspect = section.Fraction("suspectConfidence") ?? 0.25;
        if (suspect > find)
        {
            Error(section.Line("suspectConfidence"), $"suspectConfidence {suspect} is above findConfidence {find}");
        }

        if (find <= 0)
        {
            Error(section.Line("findConfidence"), "findConfidence must be above 0, or every blank image would be a find");
        }

        return (find, suspect);
    }

    private ItemCatalogue ParseCatalogue(Section top, out Dictionary<string, List<CatalogueItem>> localItemsByEstablishment)
    {
        var items = new List<CatalogueItem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var localItems = new Dictionary<string, List<CatalogueItem>>(StringComparer.Ordinal);
        localItemsByEstablishment = localItems;

        void Add(YamlNode entry, string? establishment)
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "a catalogue item must be a mapping with id, name and list");
                return;
            }

            var section = new Section(this, map, "catalogue item");
            section.Allow("id", "name", "list", "detectedBy", "prohibited");
            var id = section.Id("id");
            var name = section.String("name", required: true);
            var list = section.Enum<ItemList>("list", required: true);
            var detectedBy = DetectionMethod.None;
            foreach (var (method, _) in section.EnumList<DetectionMethod>("detectedBy"))
            {
                detectedBy |= method;
            }

            var prohibited = section.Bool("prohibited") ?? establishment is null;
            if (establishment is not null && prohibited)
            {
                // An establishment's local item is prohibited there by being listed; "prohibited" would claim everywhere.
                Error(section.Line("prohibited"), $"local item {id} of establishment {establishment} cannot be prohibited everywhere");
            }

            if (id is null || name is null || list is null)
            {
                return;
            }

            if (ids.TryGetValue(id, out var firstLine))
            {
                Error(map.Start.Line, $"duplicate item id '{id}' (first defined on line {firstLine})");
                return;
            }

            if (items.Count == ItemCatalogue.MaxItems)
            {
                Error(map.Start.Line, $"the catalogue holds at most {ItemCatalogue.MaxItems} items");
                return;
            }

            ids[id] = (int)map.Start.Line;
            var item = new CatalogueItem(items.Count, id, name, list.Value, detectedBy, prohibited);
            items.Add(item);
            if (establishment is not null)
            {
                if (!localItems.TryGetValue(establishment, out var local))
                {
                    localItems[establishment] = local = [];
                }

                local.Add(item);
            }
        }

        foreach (var entry in top.Sequence("catalogue", required: true)?.Children ?? [])
        {
            Add(entry, null);
        }

        // Establishments may bring their own local items; they join the one catalogue.
        foreach (var entry in top.Sequence("establishments")?.Children ?? [])
        {
            if (entry is YamlMappingNode map && Section.Child(map, "localItems") is YamlSequenceNode localItemsNode
                && Section.Child(map, "id") is YamlScalarNode { Value: { } establishmentId })
            {
                foreach (var local in localItemsNode.Children)
                {
                    Add(local, establishmentId);
                }
            }
        }

        if (items.Count == 0 && top.Has("catalogue"))
        {
            Error(top.Line("catalogue"), "the catalogue is empty");
        }

        return new ItemCatalogue(items);
    }

    private Dictionary<string, PersonFlag> ParseFlags(YamlSequenceNode? node)
    {
        var flags = new Dictionary<string, PersonFlag>(StringComparer.Ordinal);
        foreach (var entry in node?.Children ?? [])
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "a flag must be a mapping with id and description");
                continue;
            }

            var section = new Section(this, map, "flag");
            section.Allow("id", "description");
            var id = section.Id("id");
            var description = section.String("description") ?? "";
            if (id is null)
            {
                continue;
            }

            if (flags.ContainsKey(id))
            {
                Error(map.Start.Line, $"duplicate flag id '{id}'");
                continue;
            }

            if (flags.Count == PersonFlags.Capacity)
            {
                Error(map.Start.Line, $"a rule set has at most {PersonFlags.Capacity} flags");
                continue;
            }

            flags[id] = new PersonFlag(flags.Count, id, description);
        }

        return flags;
    }

    private List<AlertState> ParseAlertStates(Section top)
    {
        var states = new List<AlertState>();
        var node = top.Sequence("alertStates", required: true);
        foreach (var entry in node?.Children ?? [])
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "an alert state must be a mapping with id, description and randomSearchRate");
                continue;
            }

            var section = new Section(this, map, "alert state");
            section.Allow("id", "description", "randomSearchRate", "rules");
            var id = section.Identifier("id");
            var description = section.String("description") ?? "";
            var rate = section.Fraction("randomSearchRate", required: true);
            if (id is null || rate is null)
            {
                continue;
            }

            if (states.Any(s => s.Id == id))
            {
                Error(map.Start.Line, $"duplicate alert state '{id}'");
                continue;
            }

            if (states.Count > 0 && rate < states[^1].RandomSearchRate)
            {
                // States are ordered lowest first; raising the state must never make a search less likely.
                Error(section.Line("randomSearchRate"),
                    $"alert state {id} has randomSearchRate {rate}, below {states[^1].Id}'s {states[^1].RandomSearchRate}: rates must not fall as the state rises");
            }

            var state = new AlertState(states.Count, id, description, rate.Value);
            states.Add(state);
            if (section.Sequence("rules") is { } overlay)
            {
                _stateOverlays.Add((state, overlay));
            }
        }

        if (node is not null && states.Count == 0 && node.Children.Count == 0)
        {
            Error(node.Start.Line, "at least one alert state is needed");
        }

        return states;
    }

    private List<Establishment> ParseEstablishments(Section top, Dictionary<string, List<CatalogueItem>> localItems)
    {
        var establishments = new List<Establishment>();
        var node = top.Sequence("establishments");
        if (node is null)
        {
            establishments.Add(new Establishment(0, "Default", "", 0, ItemSet.Empty, ItemSet.Empty));
            return establishments;
        }

        foreach (var entry in node.Children)
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "an establishment must be a mapping with an id");
                continue;
            }

            var section = new Section(this, map, "establishment");
            section.Allow("id", "description", "minimumRandomSearchRate", "prohibits", "permits", "localItems");
            var id = section.Identifier("id");
            var description = section.String("description") ?? "";
            var minimumRate = section.Fraction("minimumRandomSearchRate") ?? 0;
            var prohibits = ItemSet.Empty;
            foreach (var (item, _) in section.Items("prohibits", _catalogue))
            {
                prohibits = prohibits.With(item);
            }

            if (id is not null && localItems.TryGetValue(id, out var local))
            {
                foreach (var item in local)
                {
                    prohibits = prohibits.With(item);
                }
            }

            var permits = ItemSet.Empty;
            foreach (var (item, line) in section.Items("permits", _catalogue))
            {
                if (item.List == ItemList.A)
                {
                    Error(line, $"establishment {id} cannot permit {item.Id}: List A items are prohibited by law everywhere");
                    continue;
                }

                if (prohibits.Contains(item))
                {
                    Error(line, $"establishment {id} both prohibits and permits {item.Id}");
                    continue;
                }

                permits = permits.With(item);
            }

            if (id is null)
            {
                continue;
            }

            if (establishments.Any(e => e.Id == id))
            {
                Error(map.Start.Line, $"duplicate establishment '{id}'");
                continue;
            }

            if (establishments.Count == 64)
            {
                Error(map.Start.Line, "a rule set has at most 64 establishments");
                continue;
            }

            establishments.Add(new Establishment(establishments.Count, id, description, minimumRate, prohibits, permits));
        }

        if (establishments.Count == 0)
        {
            Error(node.Start.Line, "establishments is empty: remove it or name at least one");
        }

        return establishments;
    }

    private T? ResolveDefault<T>(Section top, string key, Dictionary<string, T> known, T? first, string what)
        where T : class
    {
        var id = top.String(key);
        if (id is null)
        {
            return first;
        }

        if (known.TryGetValue(id, out var value))
        {
            return value;
        }

        Error(top.Line(key), $"{key} '{id}' is not a known {what} ({string.Join(", ", known.Keys)})");
        return null;
    }

    private void ParseRules(YamlSequenceNode? node, RuleScope scope, List<RuleDefinition> rules)
    {
        foreach (var entry in node?.Children ?? [])
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "a rule must be a mapping with id, when and then");
                continue;
            }

            var line = (int)map.Start.Line;
            var section = new Section(this, map, "rule");
            section.Allow("id", "description", "when", "forEachItem", "then");
            var id = section.Id("id");
            if (id is not null && !ClaimRuleId(id, line))
            {
                id = null;
            }

            var when = ParseConditions(section.Mapping("when"));
            var forEach = section.Mapping("forEachItem") is { } itemNode ? ParseItemCondition(itemNode) : null;
            var thenNode = section.Mapping("then", required: true);
            var then = thenNode is null ? null : ParseActions(thenNode, perItem: section.Has("forEachItem"));
            if (id is null || when is null || then is null || (section.Has("forEachItem") && forEach is null))
            {
                continue;
            }

            rules.Add(new RuleDefinition(id, line, scope, when, forEach, then));
        }
    }

    private List<LimitDefinition> ParseLimits(YamlSequenceNode? node)
    {
        var limits = new List<LimitDefinition>();
        foreach (var entry in node?.Children ?? [])
        {
            if (entry is not YamlMappingNode map)
            {
                Error(entry.Start.Line, "a limit must be a mapping with id, when, replace, with and reason");
                continue;
            }

            var line = (int)map.Start.Line;
            var section = new Section(this, map, "limit");
            section.Allow("id", "description", "when", "replace", "with", "reason");
            var id = section.Id("id");
            if (id is not null && !ClaimRuleId(id, line))
            {
                id = null;
            }

            var when = ParseConditions(section.Mapping("when"));
            var replace = Searches.None;
            foreach (var (search, _) in section.SearchList("replace", required: true))
            {
                replace |= search;
            }

            if (section.IsEmptyList("replace"))
            {
                Error(section.Line("replace"), $"limit {id} replaces nothing: 'replace: []' names no search; list the searches never done on these people");
            }

            if (section.IsEmptyList("with"))
            {
                // Replacing a search with nothing would leave an alarm or a find with no search at all.
                Error(section.Line("with"), $"limit {id} replaces searches with nothing: 'with: []' would leave the person unsearched; name the search done instead");
            }

            var with = Searches.None;
            foreach (var (search, searchLine) in section.SearchList("with", required: true))
            {
                if (replace.Has(search))
                {
                    Error(searchLine, $"limit {id} replaces {search.Name()} with itself");
                }

                with |= search;
            }

            var reason = section.String("reason", required: true);
            if (id is null || when is null || reason is null || replace == Searches.None)
            {
                continue;
            }

            limits.Add(new LimitDefinition(id, line, when, replace, with, reason));
        }

        return limits;
    }

    private bool ClaimRuleId(string id, int line)
    {
        if (_ruleIds.TryGetValue(id, out var first))
        {
            Error(line, $"duplicate rule id '{id}' (first used on line {first})");
            return false;
        }

        _ruleIds[id] = line;
        return true;
    }

    private RuleConditions? ParseConditions(YamlMappingNode? node)
    {
        if (node is null)
        {
            return new RuleConditions([], null, null, [], [], [], null, null, null);
        }

        var errorsBefore = _errors.Count;
        var section = new Section(this, node, "when");
        section.Allow("category", "ageBelow", "ageAtLeast", "establishment", "flags", "withoutFlags", "metalAlarm",
            "dogIndication", "randomlySelected");

        // An absent "any of" condition holds for everyone; an empty one would be read the same way,
        // silently widening a rule its author meant to narrow.
        foreach (var key in new[] { "category", "establishment" })
        {
            if (section.IsEmptyList(key))
            {
                Error(section.Line(key), $"'{key}: []' names no {key}: an empty list would match every {key}; list at least one or remove the condition");
            }
        }

        var categories = section.EnumList<PersonCategory>("category").Select(c => c.Value).Distinct().ToList();
        var ageBelow = section.Int("ageBelow");
        var ageAtLeast = section.Int("ageAtLeast");
        foreach (var (key, age) in new[] { ("ageBelow", ageBelow), ("ageAtLeast", ageAtLeast) })
        {
            if (age is < 0 or > 130)
            {
                Error(section.Line(key), $"{key} {age} is not a human age (0 to 130)");
            }
        }

        if (ageBelow is not null && ageAtLeast is not null && ageBelow <= ageAtLeast)
        {
            Error(section.Line("ageBelow"), $"ageBelow {ageBelow} and ageAtLeast {ageAtLeast} can never both hold");
        }

        var establishments = section.Known("establishment", _establishments, "establishment");
        var flags = section.Known("flags", _flags, "flag");
        var withoutFlags = section.Known("withoutFlags", _flags, "flag");
        foreach (var both in flags.Intersect(withoutFlags))
        {
            Error(section.Line("withoutFlags"), $"flag {both.Id} is both required and excluded: the rule could never fire");
        }

        var conditions = new RuleConditions(categories, ageBelow, ageAtLeast, establishments, flags, withoutFlags,
            section.Bool("metalAlarm"), section.Bool("dogIndication"), section.Bool("randomlySelected"));
        return _errors.Count == errorsBefore ? conditions : null;
    }

    private ItemCondition? ParseItemCondition(YamlMappingNode node)
    {
        var errorsBefore = _errors.Count;
        var section = new Section(this, node, "forEachItem");
        section.Allow("lists", "items", "confidence", "unlessAuthorised");
        var lists = section.EnumList<ItemList>("lists").Select(l => l.Value).Distinct().ToList();
        var items = section.Items("items", _catalogue).Select(i => i.Item).Distinct().ToList();
        var band = section.String("confidence") switch
        {
            null or "find" => ConfidenceBand.Find,
            "suspect" => ConfidenceBand.Suspect,
            "any" => ConfidenceBand.Any,
            var other => Invalid(section.Line("confidence"), $"confidence '{other}' is not one of: find, suspect, any"),
        };
        var said = section.Bool("unlessAuthorised");
        var unlessAuthorised = said ?? true;
        if (lists.Count == 0 && items.Count == 0)
        {
            Error(node.Start.Line, "forEachItem needs lists or items, or it would match every detection");
        }

        // List A items cannot be authorised for anyone: a rule on them must not let an authorisation through.
        // (An unreadable unlessAuthorised value has been reported already.)
        var listA = items.Where(i => i.List == ItemList.A).Select(i => i.Id).ToList();
        if ((said ?? !section.Has("unlessAuthorised")) && (lists.Contains(ItemList.A) || listA.Count > 0))
        {
            var line = said is not null ? section.Line("unlessAuthorised")
                : lists.Contains(ItemList.A) ? section.Line("lists")
                : section.Line("items");
            var what = lists.Contains(ItemList.A) ? "List A items" : $"List A item{(listA.Count > 1 ? "s" : "")} {string.Join(", ", listA)}";
            Error(line, $"forEachItem matches {what} but lets an authorisation through (unlessAuthorised {(said is not null ? "is true" : "defaults to true")}): "
                + "List A items cannot be authorised for anyone; set unlessAuthorised: false");
        }

        return _errors.Count == errorsBefore ? new ItemCondition(lists, items, band, unlessAuthorised) : null;
    }

    private RuleActions? ParseActions(YamlMappingNode node, bool perItem)
    {
        var errorsBefore = _errors.Count;
        var section = new Section(this, node, "then");
        section.Allow("outcome", "searches", "notifySecurity", "surrender", "conditions", "reason");
        var outcome = section.Enum<Outcome>("outcome");
        var searches = Searches.None;
        foreach (var (search, line) in section.SearchList("searches"))
        {
            if (searches.Has(search))
            {
                Error(line, $"{search.Name()} is listed twice");
            }

            searches |= search;
        }

        var conditions = VerdictConditions.None;
        foreach (var (condition, _) in section.EnumList<VerdictConditions>("conditions"))
        {
            conditions |= condition;
        }

        var notify = section.Bool("notifySecurity") ?? false;
        var surrender = section.Bool("surrender") ?? false;
        var reason = section.String("reason", required: true);

        if (outcome == Outcome.Clear)
        {
            Error(section.Line("outcome"), "a rule cannot clear: rules only add searches or refuse, so no rule can undo another");
        }

        if (outcome == Outcome.Search && searches == Searches.None)
        {
            Error(section.Line("outcome"), "outcome Search names no search: list the searches required");
        }

        if (outcome == Outcome.Refuse && conditions.HasFlag(VerdictConditions.ClosedVisit))
        {
            Error(section.Line("conditions"), "contradictory actions: a refused person cannot have a closed visit");
        }

        if (surrender && !perItem)
        {
            Error(section.Line("surrender"), "surrender applies to items: use it in a rule with forEachItem");
        }

        if (reason is not null && !perItem && (reason.Contains("{item}", StringComparison.Ordinal) || reason.Contains("{list}", StringComparison.Ordinal)))
        {
            Error(section.Line("reason"), "{item} and {list} can only be used in a rule with forEachItem");
        }

        if (outcome is null && searches == Searches.None && conditions == VerdictConditions.None && !notify && !surrender && !perItem)
        {
            Error(node.Start.Line, "the rule does nothing: give an outcome, searches, conditions or notifySecurity");
        }

        if (_errors.Count != errorsBefore || reason is null)
        {
            return null;
        }

        var effective = outcome ?? (searches != Searches.None ? Outcome.Search : Outcome.Clear);
        return new RuleActions(effective, searches, notify, surrender, conditions, reason);
    }

    private ConfidenceBand Invalid(int line, string reason)
    {
        Error(line, reason);
        return ConfidenceBand.Find;
    }

    private void Error(long line, string reason)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(new RuleFileError(_file, (int)line, reason));
        }
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we give the line ourselves.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && marker > 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>Typed access to one mapping of the file, reporting problems against the parser.</summary>
    private sealed class Section(RuleFileParser parser, YamlMappingNode node, string what)
    {
        public static YamlNode? Child(YamlMappingNode map, string key)
        {
            foreach (var (k, v) in map.Children)
            {
                if (k is YamlScalarNode { Value: { } name } && name == key)
                {
                    return v;
                }
            }

            return null;
        }

        public void Allow(params string[] keys)
        {
            foreach (var (k, _) in node.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? "";
                if (!keys.Contains(name, StringComparer.Ordinal))
                {
                    parser.Error(k.Start.Line, $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", keys)})");
                }
            }
        }

        public bool Has(string key) => Child(node, key) is not null;

        /// <summary>True when <paramref name="key"/> is written as an empty list (`key: []`).</summary>
        public bool IsEmptyList(string key) => Child(node, key) is YamlSequenceNode { Children.Count: 0 };

        public int Line(string key)
        {
            foreach (var (k, _) in node.Children)
            {
                if (k is YamlScalarNode { Value: { } name } && name == key)
                {
                    return (int)k.Start.Line;
                }
            }

            return (int)node.Start.Line;
        }

        private YamlNode? Get(string key, bool required)
        {
            var value = Child(node, key);
            if (value is null && required)
            {
                parser.Error(node.Start.Line, $"{what} is missing '{key}'");
            }

            return value;
        }

        private string? Scalar(string key, bool required)
        {
            switch (Get(key, required))
            {
                case null:
                    return null;
                case YamlScalarNode { Value: { Length: > 0 } value }:
                    return value;
                case var other:
                    parser.Error(other.Start.Line, $"'{key}' in {what} must be a single value");
                    return null;
            }
        }

        public string? String(string key, bool required = false) => Scalar(key, required);

        /// <summary>A kebab-case id (catalogue items, flags, rules).</summary>
        public string? Id(string key)
        {
            var value = Scalar(key, required: true);
            if (value is not null && !IsKebab(value))
            {
                parser.Error(Line(key), $"id '{value}' must be kebab-case (lower-case letters, digits and single hyphens)");
                return null;
            }

            return value;
        }

        /// <summary>A PascalCase identifier (alert states, establishments).</summary>
        public string? Identifier(string key)
        {
            var value = Scalar(key, required: true);
            if (value is not null && (!char.IsAsciiLetterUpper(value[0]) || !value.All(char.IsAsciiLetterOrDigit)))
            {
                parser.Error(Line(key), $"'{value}' must be a PascalCase name (letters and digits, starting with a capital)");
                return null;
            }

            return value;
        }

        public int? Int(string key, bool required = false)
        {
            var value = Scalar(key, required);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
            {
                return result;
            }

            parser.Error(Line(key), $"'{key}' must be a whole number, not '{value}'");
            return null;
        }

        /// <summary>A number in [0, 1]: a rate or a confidence.</summary>
        public double? Fraction(string key, bool required = false)
        {
            var value = Scalar(key, required);
            if (value is null)
            {
                return null;
            }

            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) || double.IsNaN(result))
            {
                parser.Error(Line(key), $"'{key}' must be a number between 0 and 1, not '{value}'");
                return null;
            }

            if (result is < 0 or > 1)
            {
                parser.Error(Line(key), $"'{key}' {value} is out of range: it must be between 0 and 1");
                return null;
            }

            return result;
        }

        public bool? Bool(string key)
        {
            var value = Scalar(key, required: false);
            switch (value)
            {
                case null:
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    parser.Error(Line(key), $"'{key}' must be true or false, not '{value}'");
                    return null;
            }
        }

        public T? Enum<T>(string key, bool required = false)
            where T : struct, System.Enum
        {
            var value = Scalar(key, required);
            if (value is null)
            {
                return null;
            }

            if (TryEnum<T>(value, out var result))
            {
                return result;
            }

            parser.Error(Line(key), $"'{key}' {value} is not one of: {string.Join(", ", EnumNames<T>())}");
            return null;
        }

        public YamlMappingNode? Mapping(string key, bool required = false)
        {
            var value = Get(key, required);
            if (value is null or YamlMappingNode)
            {
                return (YamlMappingNode?)value;
            }

            parser.Error(value.Start.Line, $"'{key}' in {what} must be a mapping");
            return null;
        }

        public YamlSequenceNode? Sequence(string key, bool required = false)
        {
            var value = Get(key, required);
            if (value is null or YamlSequenceNode)
            {
                return (YamlSequenceNode?)value;
            }

            parser.Error(value.Start.Line, $"'{key}' in {what} must be a list");
            return null;
        }

        private IEnumerable<(string Value, int Line)> Strings(string key, bool required = false)
        {
            var value = Get(key, required);
            switch (value)
            {
                case null:
                    yield break;
                case YamlScalarNode { Value: { Length: > 0 } single }:
                    yield return (single, (int)value.Start.Line);
                    yield break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        if (child is YamlScalarNode { Value: { Length: > 0 } s })
                        {
                            yield return (s, (int)child.Start.Line);
                        }
                        else
                        {
                            parser.Error(child.Start.Line, $"'{key}' in {what} must be a list of names");
                        }
                    }

                    yield break;
                default:
                    parser.Error(value.Start.Line, $"'{key}' in {what} must be a name or a list of names");
                    yield break;
            }
        }

        public List<(T Value, int Line)> EnumList<T>(string key)
            where T : struct, System.Enum
        {
            var result = new List<(T, int)>();
            foreach (var (name, line) in Strings(key))
            {
                if (TryEnum<T>(name, out var value))
                {
                    result.Add((value, line));
                }
                else
                {
                    parser.Error(line, $"'{name}' in {key} is not one of: {string.Join(", ", EnumNames<T>())}");
                }
            }

            return result;
        }

        public List<(Searches Value, int Line)> SearchList(string key, bool required = false)
        {
            var result = new List<(Searches, int)>();
            foreach (var (name, line) in Strings(key, required))
            {
                if (SearchesExtensions.TryParse(name, out var search))
                {
                    result.Add((search, line));
                }
                else
                {
                    parser.Error(line, $"unknown search '{name}' (known: {string.Join(", ", SearchNames())})");
                }
            }

            return result;
        }

        public List<(CatalogueItem Item, int Line)> Items(string key, ItemCatalogue catalogue)
        {
            var result = new List<(CatalogueItem, int)>();
            foreach (var (id, line) in Strings(key))
            {
                if (catalogue.TryFind(id, out var item))
                {
                    result.Add((item, line));
                }
                else
                {
                    parser.Error(line, $"unknown item '{id}' in {key}: it is not in the catalogue");
                }
            }

            return result;
        }

        public List<T> Known<T>(string key, Dictionary<string, T> known, string kind)
        {
            var result = new List<T>();
            foreach (var (id, line) in Strings(key))
            {
                if (known.TryGetValue(id, out var value))
                {
                    result.Add(value);
                }
                else
                {
                    parser.Error(line, $"unknown {kind} '{id}' in {key} (known: {string.Join(", ", known.Keys)})");
                }
            }

            return result;
        }

        private static bool TryEnum<T>(string name, out T value)
            where T : struct, System.Enum
        {
            foreach (var candidate in System.Enum.GetValues<T>())
            {
                if (string.Equals(candidate.ToString(), name, StringComparison.Ordinal) && !IsNone(candidate))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static bool IsNone<T>(T value)
            where T : struct, System.Enum =>
            typeof(T).IsDefined(typeof(FlagsAttribute), false) && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0;

        private static IEnumerable<string> EnumNames<T>()
            where T : struct, System.Enum =>
            System.Enum.GetValues<T>().Where(v => !IsNone(v)).Select(v => v.ToString());

        private static List<string> SearchNames()
        {
            var names = new List<string>();
            foreach (var s in SearchesExtensions.All)
            {
                names.Add(s.Name());
            }

            return names;
        }

        private static bool IsKebab(string value) =>
            char.IsAsciiLetterLower(value[0])
            && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && !value.EndsWith('-')
            && !value.Contains("--", StringComparison.Ordinal);
    }
}
