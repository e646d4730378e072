using System.Text.Json;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;

namespace Screening.Rules.Contract;

/// <summary>A case that cannot be decided, naming the field that is wrong (`detections[1].item`).</summary>
public sealed class CaseException : Exception
{
    public CaseException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    public CaseException()
        : this("case", "invalid")
    {
    }

    public CaseException(string message)
        : this("case", message)
    {
    }

    public CaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "case";
        Problem = message;
    }

    public string Field { get; } = "case";

    public string Problem { get; } = "";
}

/// <summary>
/// Reads DESIGN.md's decision-contract JSON into a <see cref="ScreeningCase"/> for one rule set.
/// Strict about values (an unknown item, flag or state is an error, because guessing could clear
/// someone), lenient about extra fields (recorded as warnings, so annotated case files still read).
/// </summary>
public static class CaseReader
{
    /// <summary>A case is a few hundred bytes; this keeps a hostile input from costing memory.</summary>
    public const int MaxCaseBytes = 1 << 20;

    /// <summary>More detections than any bag holds is a scanner fault, not a bag.</summary>
    public const int MaxDetections = 512;

    private static readonly string[] TopLevel =
        ["establishment", "alertState", "shutDown", "person", "metalDetector", "detections", "dogIndication", "randomDraw"];

    private static readonly string[] PersonFields = ["category", "reference", "ageYears", "authorisedItems", "flags"];

    public static ScreeningCase Read(string json, RuleSet rules) => Read(json, rules, out _);

    /// <summary>Parses one case. Throws <see cref="CaseException"/> naming the field at fault.</summary>
    public static ScreeningCase Read(string json, RuleSet rules, out IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(rules);
        if (json.Length > MaxCaseBytes)
        {
            throw new CaseException("case", $"larger than {MaxCaseBytes} bytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new CaseException("case", $"not valid JSON ({ex.Message})");
        }

        using (document)
        {
            var notes = new List<string>();
            var result = Read(document.RootElement, rules, notes);
            warnings = notes;
            return result;
        }
    }

    private static ScreeningCase Read(JsonElement root, RuleSet rules, List<string> warnings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CaseException("case", "must be a JSON object");
        }

        WarnUnknown(root, TopLevel, "", warnings);
        var screening = new ScreeningCase(rules);

        if (Optional(root, "establishment", JsonValueKind.String) is { } establishmentId)
        {
            screening.Establishment = rules.TryFindEstablishment(establishmentId.GetString()!, out var establishment)
                ? establishment
                : throw new CaseException("establishment", $"unknown establishment '{establishmentId.GetString()}' (known: {string.Join(", ", rules.Establishments.Select(e => e.Id))})");
        }

        if (Optional(root, "alertState", JsonValueKind.String) is { } stateId)
        {
            screening.AlertState = rules.TryFindAlertState(stateId.GetString()!, out var state)
                ? state
                : throw new CaseException("alertState", $"unknown state of alert '{stateId.GetString()}' (known: {string.Join(", ", rules.AlertStates.Select(s => s.Id))})");
        }

        screening.ShutDown = OptionalBool(root, "shutDown") ?? false;
        screening.DogIndication = OptionalBool(root, "dogIndication") ?? false;

        if (!root.TryGetProperty("person", out var person) || person.ValueKind == JsonValueKind.Null)
        {
            throw new CaseException("person", "required");
        }

        ReadPerson(person, rules, screening, warnings);

        if (Optional(root, "metalDetector", JsonValueKind.Object) is { } detector)
        {
            WarnUnknown(detector, ["alarm", "zones"], "metalDetector.", warnings);
            var alarm = OptionalBool(detector, "alarm", "metalDetector.alarm");
            var zones = Strings(detector, "zones", "metalDetector.zones");

            // The arch names zones only when it alarms: zones with no alarm is a reading we cannot
            // trust either way, and an unsure controller keeps the turnstile locked.
            if (alarm != true && zones.Count > 0)
            {
                throw new CaseException("metalDetector.alarm",
                    $"{(alarm is null ? "missing" : "false")}, yet zones [{string.Join(", ", zones)}] are reported: the arch names zones only when it alarms, so the reading contradicts itself");
            }

            screening.MetalAlarm = alarm ?? false;
            screening.MetalZones = zones;
        }

        if (Optional(root, "detections", JsonValueKind.Array) is { } detections)
        {
            screening.Detections = ReadDetections(detections, rules.Catalogue, warnings);
        }

        if (root.TryGetProperty("randomDraw", out var draw) && draw.ValueKind != JsonValueKind.Null)
        {
            if (draw.ValueKind != JsonValueKind.Number || !draw.TryGetDouble(out var value))
            {
                throw new CaseException("randomDraw", "must be a number in [0, 1)");
            }

            screening.RandomDraw = value is >= 0 and < 1
                ? value
                : throw new CaseException("randomDraw", $"{draw.GetRawText()} is outside [0, 1)");
        }

        return screening;
    }

    private static void ReadPerson(JsonElement person, RuleSet rules, ScreeningCase screening, List<string> warnings)
    {
        if (person.ValueKind != JsonValueKind.Object)
        {
            throw new CaseException("person", "must be an object");
        }

        WarnUnknown(person, PersonFields, "person.", warnings);
        var category = Optional(person, "category", JsonValueKind.String, "person.category")
            ?? throw new CaseException("person.category", $"required (one of {string.Join(", ", Enum.GetNames<PersonCategory>())})");
        // Exact names only: Enum.TryParse would also take "3" or "Staff, Contractor" and make a category of it.
        screening.Category = Enum.GetNames<PersonCategory>().Contains(category.GetString(), StringComparer.Ordinal)
            ? Enum.Parse<PersonCategory>(category.GetString()!)
            : throw new CaseException("person.category", $"unknown category '{category.GetString()}' (one of {string.Join(", ", Enum.GetNames<PersonCategory>())})");

        screening.Reference = Optional(person, "reference", JsonValueKind.String, "person.reference")?.GetString();

        if (person.TryGetProperty("ageYears", out var age) && age.ValueKind != JsonValueKind.Null)
        {
            if (age.ValueKind != JsonValueKind.Number || !age.TryGetInt32(out var years))
            {
                throw new CaseException("person.ageYears", "must be a whole number of years");
            }

            screening.AgeYears = years is >= 0 and <= 130 ? years : throw new CaseException("person.ageYears", $"{years} is not a human age");
        }

        var authorised = ItemSet.Empty;
        var items = Strings(person, "authorisedItems", "person.authorisedItems");
        for (var i = 0; i < items.Count; i++)
        {
            if (!rules.Catalogue.TryFind(items[i], out var item))
            {
                throw new CaseException($"person.authorisedItems[{i}]", $"unknown item '{items[i]}': it is not in the catalogue");
            }

            // The law prohibits List A items everywhere: no tool list or prescription can cover one.
            authorised = item.List != ItemList.A
                ? authorised.With(item)
                : throw new CaseException($"person.authorisedItems[{i}]", $"'{items[i]}' is a List A item: List A items cannot be authorised for anyone");
        }

        screening.AuthorisedItems = authorised;

        var flags = PersonFlags.None;
        var flagIds = Strings(person, "flags", "person.flags");
        for (var i = 0; i < flagIds.Count; i++)
        {
            flags = rules.TryFindFlag(flagIds[i], out var flag)
                ? flags.With(flag)
                : throw new CaseException($"person.flags[{i}]", $"unknown flag '{flagIds[i]}' (known: {string.Join(", ", rules.Flags.Select(f => f.Id))})");
        }

        screening.Flags = flags;
    }

    private static Detection[] ReadDetections(JsonElement array, ItemCatalogue catalogue, List<string> warnings)
    {
        var count = array.GetArrayLength();
        if (count > MaxDetections)
        {
            throw new CaseException("detections", $"{count} detections is more than the {MaxDetections} a bag can hold");
        }

        var result = new Detection[count];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var field = $"detections[{i}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new CaseException(field, "must be an object with item and confidence");
            }

            WarnUnknown(element, ["item", "confidence", "box"], field + ".", warnings);
            var id = Optional(element, "item", JsonValueKind.String, field + ".item")?.GetString()
                ?? throw new CaseException(field + ".item", "required");
            if (!catalogue.TryFind(id, out var item))
            {
                throw new CaseException(field + ".item", $"unknown item '{id}': it is not in the catalogue");
            }

            var confidence = 1.0;
            if (element.TryGetProperty("confidence", out var c) && c.ValueKind != JsonValueKind.Null)
            {
                if (c.ValueKind != JsonValueKind.Number || !c.TryGetDouble(out confidence) || confidence is < 0 or > 1)
                {
                    throw new CaseException(field + ".confidence", "must be a number between 0 and 1");
                }
            }
            else
            {
                // A detection without a confidence is someone's statement that the item is there.
                warnings.Add($"{field}.confidence missing: taken as 1.0");
            }

            result[i++] = new Detection(item, (float)confidence);
        }

        return result;
    }

    private static JsonElement? Optional(JsonElement parent, string name, JsonValueKind kind, string? field = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind
            ? value
            : throw new CaseException(field ?? name, $"must be {Describe(kind)}, not {Describe(value.ValueKind)}");
    }

    private static bool? OptionalBool(JsonElement parent, string name, string? field = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new CaseException(field ?? name, $"must be true or false, not {Describe(value.ValueKind)}"),
        };
    }

    private static List<string> Strings(JsonElement parent, string name, string field)
    {
        var result = new List<string>();
        if (Optional(parent, name, JsonValueKind.Array, field) is not { } array)
        {
            return result;
        }

        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(element.GetString()))
            {
                throw new CaseException($"{field}[{i}]", "must be a non-empty string");
            }

            result.Add(element.GetString()!);
            i++;
        }

        return result;
    }

    /// <summary>
    /// An unknown field that looks like a misspelt known one (`dogIndicaton`, `flag`, `MetalDetector`)
    /// is an error: ignoring it could clear someone. Anything else (`description`, `expected`) is an
    /// annotation, ignored with a warning.
    /// </summary>
    private static void WarnUnknown(JsonElement element, string[] known, string prefix, List<string> warnings)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (known.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var meant = known.FirstOrDefault(k => LooksLike(property.Name, k));
            if (meant is not null)
            {
                throw new CaseException(prefix + property.Name, $"unknown field; did you mean '{prefix}{meant}'?");
            }

            warnings.Add($"{prefix}{property.Name}: unknown field, ignored");
        }
    }

    private static bool LooksLike(string name, string known)
    {
        var a = name.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var b = known.ToLowerInvariant();
        if (a == b || (a.Length >= 3 && (b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal))))
        {
            return true;
        }

        return Math.Abs(a.Length - b.Length) <= 2 && EditDistance(a, b) <= Math.Max(1, Math.Min(2, b.Length / 4));
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
