using System.Security.Cryptography;
using System.Text;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;
using Screening.Rules.RuleFile;

namespace Screening.Rules;

/// <summary>
/// A validated rule file compiled for deciding. Compilation resolves every condition into masks and
/// precomputes, for each (alert state, establishment, shut-down) combination, the exact list of rules
/// that can apply there, with every reason text already written. <see cref="Evaluate"/> then only
/// compares integers and copies references: no allocation, no reflection, no string work.
/// Immutable and safe to share between threads; each thread brings its own <see cref="Verdict"/>.
/// </summary>
public sealed class RuleSet
{
    private const string DefaultResource = "Screening.Rules.default.rules.yaml";

    private readonly RuleDocument _document;

    // One table per (state, establishment, shut-down, category): see TableIndex.
    private readonly RuleTable[] _tables;
    private readonly int _establishmentCount;
    private readonly PersonSignature _signature;
    private readonly CompiledLimit[] _limits;

    private RuleSet(RuleDocument document, string hash, string source)
    {
        _document = document;
        Hash = hash;
        Source = source;
        Rules = document.Rules;
        Limits = document.Limits;
        Flags = document.Flags;
        _establishmentCount = document.Establishments.Count;
        _signature = new PersonSignature(document.Rules.Where(r => r.ForEachItem is null).Select(r => r.When).ToList());
        _tables = Compile(document);
        _limits = [.. document.Limits.Select(l => new CompiledLimit(l))];
    }

    /// <summary>Where the rules came from: a file path, or "built-in default".</summary>
    public string Source { get; }

    /// <summary>`sha256:` and the hex SHA-256 of the file's bytes; every verdict carries it for replay.</summary>
    public string Hash { get; }

    public string Name => _document.Name;

    public ItemCatalogue Catalogue => _document.Catalogue;

    /// <summary>States of alert, lowest first.</summary>
    public IReadOnlyList<AlertState> AlertStates => _document.AlertStates;

    public AlertState DefaultAlertState => _document.DefaultAlertState;

    public string ShutDownDescription => _document.ShutDownDescription;

    public IReadOnlyList<Establishment> Establishments => _document.Establishments;

    public Establishment DefaultEstablishment => _document.DefaultEstablishment;

    public IReadOnlyList<PersonFlag> Flags { get; }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public IReadOnlyList<LimitDefinition> Limits { get; }

    /// <summary>A detection at or above this confidence counts as the item being there.</summary>
    public double FindConfidence => _document.FindConfidence;

    /// <summary>Detections below this confidence are recorded but decide nothing.</summary>
    public double SuspectConfidence => _document.SuspectConfidence;

    /// <summary>Parses, validates and compiles rule-file text. Throws <see cref="RuleFileException"/> with every problem.</summary>
    public static RuleSet Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var document = RuleFileParser.Parse(yaml, source);
        return new RuleSet(document, HashOf(Encoding.UTF8.GetBytes(yaml)), source);
    }

    /// <summary>Reads and compiles a rule file. Throws <see cref="RuleFileException"/> naming the file, line and reason.</summary>
    public static RuleSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > RuleFileParser.MaxFileBytes)
            {
                throw new RuleFileException([new RuleFileError(path, 0, $"the file is larger than {RuleFileParser.MaxFileBytes} bytes")]);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleFileException([new RuleFileError(path, 0, $"cannot read the file: {ex.Message}")]);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RuleFileException([new RuleFileError(path, 0, "the file is not UTF-8 text")]);
        }

        var document = RuleFileParser.Parse(text.TrimStart('\uFEFF'), path);
        return new RuleSet(document, HashOf(bytes), path);
    }

    /// <summary>The rule set shipped with the product (src/Rules/default.rules.yaml).</summary>
    public static RuleSet LoadDefault()
    {
        var bytes = Encoding.UTF8.GetBytes(DefaultRulesText);
        return new RuleSet(RuleFileParser.Parse(DefaultRulesText, "built-in default"), HashOf(bytes), "built-in default");
    }

    /// <summary>The text of the shipped default rule file, for `screening rules show-default` and editing.</summary>
    public static string DefaultRulesText
    {
        get
        {
            using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream(DefaultResource)
                ?? throw new InvalidOperationException($"the default rule file resource {DefaultResource} is missing from the build");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    /// <summary>
    /// What a prison would expect any gate policy to say and this one does not: a reported lost card
    /// that is not refused, a metal-detector alarm that needs no search, a medical exemption with no
    /// alternative search, a List A find that is not refused. The file is still valid (the security
    /// manager owns the policy); `rules check` and the lane say these out loud.
    /// </summary>
    public IReadOnlyList<string> SafetyWarnings()
    {
        var warnings = new List<string>();
        var always = Rules.Where(r => r.Scope == RuleScope.Always && r.When.Categories.Count == 0 && r.When.Establishments.Count == 0).ToList();

        if (TryFindFlag("lost-card", out var lost)
            && !always.Any(r => r.ForEachItem is null && r.Then.Outcome == Outcome.Refuse && r.When.Flags.Contains(lost) && r.When.Flags.Count == 1
                && r.When.MetalAlarm is null && r.When.DogIndication is null && r.When.RandomlySelected is null && r.When.AgeBelow is null && r.When.AgeAtLeast is null))
        {
            warnings.Add("no rule refuses everyone whose card is reported lost (flag lost-card): such a card could open the turnstile");
        }

        if (!always.Any(r => r.ForEachItem is null && r.When.MetalAlarm == true && r.Then.Searches != Searches.None && r.When.Flags.Count == 0
                && r.When.DogIndication is null && r.When.RandomlySelected is null && r.When.AgeBelow is null && r.When.AgeAtLeast is null))
        {
            warnings.Add("no rule requires a search on every metal-detector alarm: an alarm could clear");
        }

        if (TryFindFlag("medical-exemption", out var medical)
            && !always.Any(r => r.ForEachItem is null && r.When.Flags.Contains(medical) && r.Then.Searches != Searches.None && r.When.Flags.Count == 1))
        {
            warnings.Add("no rule searches a person with a medical exemption from the arch (flag medical-exemption): they could pass unsearched");
        }

        if (!always.Any(r => r.ForEachItem is { } each && each.Lists.Contains(ItemList.A) && each.Confidence != ConfidenceBand.Suspect
                && r.Then.Outcome == Outcome.Refuse && IsUnconditional(r.When)))
        {
            warnings.Add("no rule refuses everyone when a List A item is found");
        }

        return warnings;
    }

    private static bool IsUnconditional(RuleConditions when) =>
        when.Categories.Count == 0 && when.AgeBelow is null && when.AgeAtLeast is null && when.Establishments.Count == 0
        && when.Flags.Count == 0 && when.WithoutFlags.Count == 0 && when.MetalAlarm is null && when.DogIndication is null
        && when.RandomlySelected is null;

    public bool TryFindAlertState(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AlertState? state)
    {
        state = _document.AlertStates.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return state is not null;
    }

    public bool TryFindEstablishment(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Establishment? establishment)
    {
        establishment = _document.Establishments.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
        return establishment is not null;
    }

    public bool TryFindFlag(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PersonFlag? flag)
    {
        flag = Flags.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        return flag is not null;
    }

    /// <summary>
    /// Decides one screening into <paramref name="verdict"/>, overwriting what it held. Allocates
    /// nothing once the verdict's buffers have grown to the largest case seen.
    /// </summary>
    public void Evaluate(ScreeningCase screening, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(verdict);
        if (!ReferenceEquals(screening.RuleSet, this))
        {
            throw new ArgumentException("the case was built against another rule set; rebuild it after a reload", nameof(screening));
        }

        var state = screening.AlertState ?? _document.DefaultAlertState;
        var establishment = screening.Establishment ?? _document.DefaultEstablishment;
        var rate = Math.Max(state.RandomSearchRate, establishment.MinimumRandomSearchRate);

        // A rate of 1 selects everyone, draw or not; otherwise only a draw below the rate selects.
        var selected = rate >= 1.0 || (screening.RandomDraw is { } draw && draw < rate);
        verdict.Reset(Hash, state, establishment, selected);

        var person = new PersonFacts(
            1u << (int)screening.Category,
            screening.AgeYears ?? -1,
            screening.Flags.Mask,
            PersonFacts.Of(screening.MetalAlarm, screening.DogIndication, selected));

        var table = _tables[TableIndex(state.Level, establishment.Index, screening.ShutDown, screening.Category)];

        // Rules about the person, in file order: their combined effect was worked out at compile time
        // for every combination of the facts they read, so this is one lookup.
        if (table.Effects is { } effects)
        {
            effects[_signature.Of(in person)].ApplyTo(verdict);
        }
        else
        {
            foreach (var rule in table.PersonRules)
            {
                if (rule.Test.Holds(in person))
                {
                    // A person rule fires at most once per decision, so its id and reason need no duplicate check.
                    rule.Apply(verdict, rule.Reason, unique: true);
                }
            }
        }

        // Each detection goes straight to the item rules that can match its item and confidence band here.
        var find = (float)_document.FindConfidence;
        var suspect = (float)_document.SuspectConfidence;
        foreach (var detection in screening.Detections)
        {
            var confidence = detection.Confidence;
            if (confidence < suspect)
            {
                continue;
            }

            var isFind = confidence >= find;
            var index = detection.Item.Index;
            var authorised = screening.AuthorisedItems.Contains(index);
            foreach (var rule in (isFind ? table.FindRulesByItem : table.SuspectRulesByItem)[index])
            {
                if ((authorised && rule.UnlessAuthorised) || !rule.Test.Holds(in person))
                {
                    continue;
                }

                rule.Apply(verdict, rule.ReasonByItem[index], unique: false);
                verdict.Flag(detection.Item, confidence, suspected: !isFind, rule.Surrender);
            }
        }

        foreach (var limit in _limits)
        {
            if ((verdict.Searches & limit.Replace) != 0 && limit.Test.Holds(in person))
            {
                verdict.Replace(limit.Replace, limit.With);
                verdict.AddFired(limit.Id, unique: true);
                verdict.AddReason(limit.Reason, unique: true);
            }
        }

        verdict.Complete();
    }

    private static readonly int Categories = Enum.GetValues<PersonCategory>().Length;

    private int TableIndex(int stateLevel, int establishmentIndex, bool shutDown, PersonCategory category) =>
        (((((stateLevel * _establishmentCount) + establishmentIndex) * 2) + (shutDown ? 1 : 0)) * Categories) + (int)category;

    private RuleTable[] Compile(RuleDocument document)
    {
        var tables = new RuleTable[document.AlertStates.Count * document.Establishments.Count * 2 * Categories];
        var shared = new Interner();
        var byItems = new Dictionary<(string, ItemSet), CompiledRule>();
        foreach (var establishment in document.Establishments)
        {
            // A compiled rule depends on the establishment only through which items count there; rules
            // counting the same items are one object, so the tables below share their arrays.
            var compiled = document.Rules
                .Where(r => r.When.Establishments.Count == 0 || r.When.Establishments.Contains(establishment))
                .Select(r =>
                {
                    var rule = new CompiledRule(r, document.Catalogue, establishment);
                    return byItems.TryGetValue((r.Id, rule.Items), out var same) ? same : byItems[(r.Id, rule.Items)] = rule;
                })
                .ToList();

            foreach (var state in document.AlertStates)
            {
                foreach (var shutDown in (ReadOnlySpan<bool>)[false, true])
                {
                    foreach (var category in Enum.GetValues<PersonCategory>())
                    {
                        var applicable = compiled.Where(c =>
                            (c.Definition.Scope.FromState is null || c.Definition.Scope.FromState.Level <= state.Level)
                            && (!c.Definition.Scope.ShutDownOnly || shutDown)
                            && (c.Definition.When.Categories.Count == 0 || c.Definition.When.Categories.Contains(category)))
                            .ToList();
                        tables[TableIndex(state.Level, establishment.Index, shutDown, category)] =
                            new RuleTable(applicable, document.Catalogue.Count, _signature, category, shared);
                    }
                }
            }
        }

        return tables;
    }

    private static string HashOf(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// What the rules test about the person, reduced to integers once per decision. <see cref="Facts"/>
    /// holds each yes/no fact twice (it holds, it does not hold) so one mask compare tests any mix.
    /// </summary>
    private readonly record struct PersonFacts(uint CategoryBit, int Age, ulong Flags, uint Facts)
    {
        public const uint MetalAlarm = 1, NoMetalAlarm = 2, Dog = 4, NoDog = 8, Selected = 16, NotSelected = 32;

        public static uint Of(bool metalAlarm, bool dog, bool selected) =>
            (metalAlarm ? MetalAlarm : NoMetalAlarm) | (dog ? Dog : NoDog) | (selected ? Selected : NotSelected);
    }

    /// <summary>A rule's or limit's person conditions as masks; an absent condition is a mask that always passes.</summary>
    private readonly struct PersonTest
    {
        private readonly uint _categories;
        private readonly int _ageBelow;
        private readonly int _ageAtLeast;
        private readonly ulong _flagsAll;
        private readonly ulong _flagsNone;
        private readonly uint _factsAll;

        public PersonTest(RuleConditions when)
        {
            _categories = when.Categories.Count == 0 ? uint.MaxValue : 0;
            foreach (var category in when.Categories)
            {
                _categories |= 1u << (int)category;
            }

            _ageBelow = when.AgeBelow ?? -1;
            _ageAtLeast = when.AgeAtLeast ?? -1;
            foreach (var flag in when.Flags)
            {
                _flagsAll |= 1UL << flag.Bit;
            }

            foreach (var flag in when.WithoutFlags)
            {
                _flagsNone |= 1UL << flag.Bit;
            }

            _factsAll = Fact(when.MetalAlarm, PersonFacts.MetalAlarm, PersonFacts.NoMetalAlarm)
                | Fact(when.DogIndication, PersonFacts.Dog, PersonFacts.NoDog)
                | Fact(when.RandomlySelected, PersonFacts.Selected, PersonFacts.NotSelected);
        }

        /// <remarks>
        /// Non-short-circuit <c>&amp;</c> and <c>|</c> on purpose: the facts of random people are random, so
        /// a chain of branches mispredicts; this way each rule costs one branch, almost always "no".
        /// An unknown age (-1) satisfies neither age test: a child is protected only when known to be one.
        /// </remarks>
        public bool Holds(in PersonFacts person) =>
            ((_categories & person.CategoryBit) != 0)
            & ((person.Flags & _flagsAll) == _flagsAll)
            & ((person.Flags & _flagsNone) == 0)
            & ((person.Facts & _factsAll) == _factsAll)
            & ((_ageBelow < 0) | ((uint)person.Age < (uint)_ageBelow))
            & ((_ageAtLeast < 0) | (person.Age >= _ageAtLeast));

        private static uint Fact(bool? wanted, uint yes, uint no) => wanted switch { null => 0, true => yes, false => no };
    }

    private sealed class CompiledRule
    {
        public CompiledRule(RuleDefinition definition, ItemCatalogue catalogue, Establishment establishment)
        {
            Definition = definition;
            Id = definition.Id;
            Test = new PersonTest(definition.When);
            var then = definition.Then;
            Outcome = then.Outcome;
            Searches = then.Searches;
            Conditions = then.Conditions;
            Notify = then.NotifySecurity;
            Surrender = then.Surrender;
            Reason = then.Reason;
            ReasonByItem = [];

            if (definition.ForEachItem is { } each)
            {
                var items = ItemSet.Empty;
                ReasonByItem = new string[catalogue.Count];
                foreach (var item in catalogue.Items)
                {
                    var listed = each.Lists.Contains(item.List) || each.Items.Contains(item);

                    // A List A item is unlawful everywhere; other items count only where this establishment prohibits them.
                    if (listed && (item.List == ItemList.A || establishment.IsProhibited(item)))
                    {
                        items = items.With(item);
                    }

                    ReasonByItem[item.Index] = then.Reason
                        .Replace("{item}", item.Name, StringComparison.Ordinal)
                        .Replace("{list}", item.List == ItemList.Local ? "local list" : "List " + item.ListLabel, StringComparison.Ordinal);
                }

                Items = items;
                PerItem = true;
                InFindBand = each.Confidence is ConfidenceBand.Find or ConfidenceBand.Any;
                InSuspectBand = each.Confidence is ConfidenceBand.Suspect or ConfidenceBand.Any;
                UnlessAuthorised = each.UnlessAuthorised;
            }
        }

        // Fields, not properties: the decision loop reads them millions of times and PersonTest is a
        // 40-byte struct that a property would copy on every read.
        public readonly RuleDefinition Definition;
        public readonly string Id;
        public readonly PersonTest Test;
        public readonly ItemSet Items;
        public readonly bool PerItem;
        public readonly bool InFindBand;
        public readonly bool InSuspectBand;
        public readonly bool UnlessAuthorised;
        public readonly Outcome Outcome;
        public readonly Searches Searches;
        public readonly VerdictConditions Conditions;
        public readonly bool Notify;
        public readonly bool Surrender;
        public readonly string Reason;

        /// <summary>The reason with {item} and {list} filled in, by catalogue index.</summary>
        public readonly string[] ReasonByItem;

        public void Apply(Verdict verdict, string reason, bool unique)
        {
            verdict.Tighten(Outcome);
            verdict.Require(Searches);
            verdict.Attach(Conditions);
            if (Notify)
            {
                verdict.Notify();
            }

            verdict.AddFired(Id, unique);
            verdict.AddReason(reason, unique);
        }
    }

    /// <summary>The rules that can apply to one (state, establishment, shut-down, category).</summary>
    private sealed class RuleTable
    {
        public RuleTable(List<CompiledRule> applicable, int items, PersonSignature signature, PersonCategory category, Interner shared)
        {
            PersonRules = shared.Rules([.. applicable.Where(r => !r.PerItem)]);
            if (signature.Count > 0)
            {
                var effects = new PersonEffect[signature.Count];
                for (var s = 0; s < signature.Count; s++)
                {
                    var person = signature.Representative(s, category);
                    effects[s] = shared.Effect(new PersonEffect(PersonRules.Where(r => r.Test.Holds(in person)).ToList()));
                }

                Effects = shared.Effects(effects);
            }
            FindRulesByItem = new CompiledRule[items][];
            SuspectRulesByItem = new CompiledRule[items][];
            for (var item = 0; item < items; item++)
            {
                FindRulesByItem[item] = shared.Rules([.. applicable.Where(r => r.PerItem && r.InFindBand && r.Items.Contains(item))]);
                SuspectRulesByItem[item] = shared.Rules([.. applicable.Where(r => r.PerItem && r.InSuspectBand && r.Items.Contains(item))]);
            }

            FindRulesByItem = shared.Tables(FindRulesByItem);
            SuspectRulesByItem = shared.Tables(SuspectRulesByItem);
        }

        public readonly CompiledRule[] PersonRules;

        /// <summary>The person rules' combined effect by <see cref="PersonSignature"/>; null when there are too many combinations.</summary>
        public readonly PersonEffect[]? Effects;
        public readonly CompiledRule[][] FindRulesByItem;
        public readonly CompiledRule[][] SuspectRulesByItem;
    }

    /// <summary>
    /// Hands out one instance per distinct array, so the hundreds of tables (states × establishments ×
    /// shut-down × categories) share a working set small enough to stay in the CPU cache.
    /// </summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, CompiledRule[]> _rules = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CompiledRule[][]> _tables = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PersonEffect> _effect = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PersonEffect[]> _effects = new(StringComparer.Ordinal);
        private readonly Dictionary<object, int> _serials = new(ReferenceEqualityComparer.Instance);

        public CompiledRule[] Rules(CompiledRule[] rules) => Once(_rules, Key(rules), rules);

        public CompiledRule[][] Tables(CompiledRule[][] tables) => Once(_tables, Key(tables), tables);

        public PersonEffect Effect(PersonEffect effect) => Once(_effect, effect.Key, effect);

        public PersonEffect[] Effects(PersonEffect[] effects) => Once(_effects, Key(effects), effects);

        private string Key(object[] parts) => string.Join(",", parts.Select(Serial));

        private int Serial(object instance)
        {
            if (!_serials.TryGetValue(instance, out var serial))
            {
                _serials[instance] = serial = _serials.Count;
            }

            return serial;
        }

        private static T Once<T>(Dictionary<string, T> seen, string key, T value) =>
            seen.TryGetValue(key, out var same) ? same : seen[key] = value;
    }

    /// <summary>
    /// Numbers every combination of the facts person rules read: the flags they name, metal alarm,
    /// dog, random selection, and the age band between the ages they compare with. Two people with
    /// the same number get the same result from every person rule.
    /// </summary>
    private sealed class PersonSignature
    {
        // More combinations than this and the tables cost more memory than the loop costs time.
        private const int MaxCombinations = 4096;

        private readonly int[] _flagBits;
        private readonly int[] _ages;

        public PersonSignature(List<RuleConditions> conditions)
        {
            _flagBits = [.. conditions.SelectMany(c => c.Flags.Concat(c.WithoutFlags)).Select(f => f.Bit).Distinct().Order()];
            _ages = [.. conditions.SelectMany(c => new[] { c.AgeBelow, c.AgeAtLeast }).OfType<int>().Distinct().Order()];
            var count = (1L << (_flagBits.Length + 3)) * (_ages.Length + 2);
            Count = _flagBits.Length > 20 || count > MaxCombinations ? 0 : (int)count;
        }

        /// <summary>How many combinations; 0 when the rules read too many facts to tabulate.</summary>
        public int Count { get; }

        public int Of(in PersonFacts person)
        {
            var bits = 0;
            for (var i = 0; i < _flagBits.Length; i++)
            {
                bits |= (int)((person.Flags >> _flagBits[i]) & 1) << i;
            }

            var facts = person.Facts;
            bits |= (int)(facts & PersonFacts.MetalAlarm) << _flagBits.Length;
            bits |= (int)((facts & PersonFacts.Dog) >> 2) << (_flagBits.Length + 1);
            bits |= (int)((facts & PersonFacts.Selected) >> 4) << (_flagBits.Length + 2);

            // Band 0: age unknown; band 1: below the first age compared with; band i+1: from _ages[i-1].
            var band = 0;
            if (person.Age >= 0)
            {
                band = 1;
                while (band - 1 < _ages.Length && person.Age >= _ages[band - 1])
                {
                    band++;
                }
            }

            return (bits * (_ages.Length + 2)) + band;
        }

        /// <summary>A person with the given combination, for working out its effect at compile time.</summary>
        public PersonFacts Representative(int signature, PersonCategory category)
        {
            var band = signature % (_ages.Length + 2);
            var bits = signature / (_ages.Length + 2);
            ulong flags = 0;
            for (var i = 0; i < _flagBits.Length; i++)
            {
                flags |= (ulong)((bits >> i) & 1) << _flagBits[i];
            }

            var age = band switch { 0 => -1, 1 => 0, _ => _ages[band - 2] };
            var facts = PersonFacts.Of(
                metalAlarm: ((bits >> _flagBits.Length) & 1) != 0,
                dog: ((bits >> (_flagBits.Length + 1)) & 1) != 0,
                selected: ((bits >> (_flagBits.Length + 2)) & 1) != 0);
            return new PersonFacts(1u << (int)category, age, flags, facts);
        }
    }

    /// <summary>What a set of fired person rules does to a verdict, combined once at compile time.</summary>
    private sealed class PersonEffect
    {
        private readonly Outcome _outcome;
        private readonly Searches _searches;
        private readonly VerdictConditions _conditions;
        private readonly bool _notify;
        private readonly string[] _fired;
        private readonly string[] _reasons;

        public PersonEffect(List<CompiledRule> fired)
        {
            foreach (var rule in fired)
            {
                _outcome = rule.Outcome > _outcome ? rule.Outcome : _outcome;
                _searches |= rule.Searches;
                _conditions |= rule.Conditions;
                _notify |= rule.Notify;
            }

            _fired = [.. fired.Select(r => r.Id)];
            _reasons = [.. fired.Select(r => r.Reason)];
            Key = string.Join("\n", _fired);
        }

        public string Key { get; }

        public void ApplyTo(Verdict verdict) => verdict.Apply(_outcome, _searches, _conditions, _notify, _fired, _reasons);
    }

    private sealed class CompiledLimit(LimitDefinition definition)
    {
        public string Id { get; } = definition.Id;

        public readonly PersonTest Test = new(definition.When);

        public Searches Replace { get; } = definition.Replace;

        public Searches With { get; } = definition.With;

        public string Reason { get; } = definition.Reason;
    }
}
