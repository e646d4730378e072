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

    // Indexed by ((state level * establishments) + establishment index) * 2 + (shut down ? 1 : 0).
    private readonly CompiledRule[][] _tables;
    private readonly CompiledLimit[] _limits;

    private RuleSet(RuleDocument document, string hash, string source)
    {
        _document = document;
        Hash = hash;
        Source = source;
        Rules = document.Rules;
        Limits = document.Limits;
        Flags = document.Flags;
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
            screening.MetalAlarm,
            screening.DogIndication,
            selected);

        var table = _tables[(((state.Level * _document.Establishments.Count) + establishment.Index) * 2) + (screening.ShutDown ? 1 : 0)];
        var detections = screening.Detections;
        var find = (float)_document.FindConfidence;
        var suspect = (float)_document.SuspectConfidence;

        foreach (var rule in table)
        {
            if (!rule.Test.Holds(in person))
            {
                continue;
            }

            if (rule.Items is not { } items)
            {
                rule.Apply(verdict, rule.Reason);
                continue;
            }

            foreach (var detection in detections)
            {
                var index = detection.Item.Index;
                var confidence = detection.Confidence;
                if (!items.Contains(index) || confidence < suspect)
                {
                    continue;
                }

                var isFind = confidence >= find;
                if ((isFind ? !rule.InFindBand : !rule.InSuspectBand)
                    || (rule.UnlessAuthorised && screening.AuthorisedItems.Contains(index)))
                {
                    continue;
                }

                rule.Apply(verdict, rule.ReasonByItem[index]);
                verdict.Flag(detection.Item, confidence, suspected: !isFind, rule.Surrender);
            }
        }

        foreach (var limit in _limits)
        {
            if ((verdict.Searches & limit.Replace) != 0 && limit.Test.Holds(in person))
            {
                verdict.Replace(limit.Replace, limit.With);
                verdict.AddFired(limit.Id);
                verdict.AddReason(limit.Reason);
            }
        }

        verdict.Complete();
    }

    private static CompiledRule[][] Compile(RuleDocument document)
    {
        var states = document.AlertStates.Count;
        var establishments = document.Establishments.Count;
        var tables = new CompiledRule[states * establishments * 2][];

        foreach (var establishment in document.Establishments)
        {
            // One compiled form per rule and establishment: which items count depends on what is prohibited there.
            var compiled = document.Rules
                .Where(r => r.When.Establishments.Count == 0 || r.When.Establishments.Contains(establishment))
                .Select(r => new CompiledRule(r, document.Catalogue, establishment))
                .ToList();

            foreach (var state in document.AlertStates)
            {
                for (var shutDown = 0; shutDown < 2; shutDown++)
                {
                    tables[(((state.Level * establishments) + establishment.Index) * 2) + shutDown] =
                    [
                        .. compiled.Where(c =>
                            (c.Definition.Scope.FromState is null || c.Definition.Scope.FromState.Level <= state.Level)
                            && (!c.Definition.Scope.ShutDownOnly || shutDown == 1)),
                    ];
                }
            }
        }

        return tables;
    }

    private static string HashOf(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>What the rules test about the person, reduced to integers once per decision.</summary>
    private readonly record struct PersonFacts(uint CategoryBit, int Age, ulong Flags, bool MetalAlarm, bool Dog, bool Selected);

    /// <summary>A rule's or limit's person conditions as masks; a zero mask or -1 means "any".</summary>
    private readonly struct PersonTest
    {
        private readonly uint _categories;
        private readonly int _ageBelow;
        private readonly int _ageAtLeast;
        private readonly ulong _flagsAll;
        private readonly ulong _flagsNone;
        private readonly sbyte _metalAlarm;
        private readonly sbyte _dog;
        private readonly sbyte _selected;

        public PersonTest(RuleConditions when)
        {
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

            _metalAlarm = Tri(when.MetalAlarm);
            _dog = Tri(when.DogIndication);
            _selected = Tri(when.RandomlySelected);
        }

        public bool Holds(in PersonFacts person) =>
            (_categories == 0 || (_categories & person.CategoryBit) != 0)
            // An unknown age (-1) satisfies neither age test: a child is protected only when known to be one.
            && (_ageBelow < 0 || (person.Age >= 0 && person.Age < _ageBelow))
            && (_ageAtLeast < 0 || person.Age >= _ageAtLeast)
            && (person.Flags & _flagsAll) == _flagsAll
            && (person.Flags & _flagsNone) == 0
            && Matches(_metalAlarm, person.MetalAlarm)
            && Matches(_dog, person.Dog)
            && Matches(_selected, person.Selected);

        private static sbyte Tri(bool? value) => value switch { null => -1, true => 1, false => 0 };

        private static bool Matches(sbyte wanted, bool actual) => wanted < 0 || (wanted == 1) == actual;
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
                InFindBand = each.Confidence is ConfidenceBand.Find or ConfidenceBand.Any;
                InSuspectBand = each.Confidence is ConfidenceBand.Suspect or ConfidenceBand.Any;
                UnlessAuthorised = each.UnlessAuthorised;
            }
        }

        public RuleDefinition Definition { get; }

        public string Id { get; }

        public PersonTest Test { get; }

        public ItemSet? Items { get; }

        public bool InFindBand { get; }

        public bool InSuspectBand { get; }

        public bool UnlessAuthorised { get; }

        public Outcome Outcome { get; }

        public Searches Searches { get; }

        public VerdictConditions Conditions { get; }

        public bool Notify { get; }

        public bool Surrender { get; }

        public string Reason { get; }

        /// <summary>The reason with {item} and {list} filled in, by catalogue index.</summary>
        public string[] ReasonByItem { get; }

        public void Apply(Verdict verdict, string reason)
        {
            verdict.Tighten(Outcome);
            verdict.Require(Searches);
            verdict.Attach(Conditions);
            if (Notify)
            {
                verdict.Notify();
            }

            verdict.AddFired(Id);
            verdict.AddReason(reason);
        }
    }

    private sealed class CompiledLimit(LimitDefinition definition)
    {
        public string Id { get; } = definition.Id;

        public PersonTest Test { get; } = new(definition.When);

        public Searches Replace { get; } = definition.Replace;

        public Searches With { get; } = definition.With;

        public string Reason { get; } = definition.Reason;
    }
}
