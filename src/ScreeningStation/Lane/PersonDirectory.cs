using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Screening.Rules;
using Screening.Rules.Model;

namespace Screening.Station.Lane;

/// <summary>One card holder in the directory file.</summary>
public sealed record CardHolder(
    string Card,
    PersonCategory Category,
    string Reference,
    int? AgeYears = null,
    IReadOnlyList<string>? Flags = null,
    IReadOnlyList<string>? AuthorisedItems = null,
    bool Lost = false);

/// <summary>
/// Who holds which card: <c>DATA/people.json</c>, <c>{ "cards": [ { "card": "12:34567", "category":
/// "Staff", "reference": "S-100", "flags": [], "authorisedItems": [], "lost": false } ] }</c>. The card
/// key is the Wiegand facility code and card number (<c>facility:number</c>). A card marked lost still
/// identifies its holder, so the rules can refuse it by name and security can be told who it was.
/// The running lane watches the file (<see cref="Watch"/>): a card reported lost in it refuses from its
/// next read, without a restart.
/// </summary>
public sealed class PersonDirectory : IDisposable
{
    public const string FileName = "people.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    private volatile FrozenDictionary<string, CardHolder> _byCard;
    private SettledFileWatcher? _watcher;
    private readonly Lock _reloading = new();

    public PersonDirectory(IEnumerable<CardHolder> holders)
    {
        var byCard = new Dictionary<string, CardHolder>(StringComparer.Ordinal);
        foreach (var holder in holders)
        {
            if (!byCard.TryAdd(holder.Card, holder))
            {
                throw new InvalidDataException($"card {holder.Card} is listed twice in the directory");
            }
        }

        _byCard = byCard.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _byCard.Count;

    public static string CardKey(int facility, long number) => $"{facility}:{number}";

    /// <summary>Reads the directory file. Throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static PersonDirectory Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var document = JsonSerializer.Deserialize<DirectoryFile>(file, Json) ?? throw new InvalidDataException("the file is empty");
            foreach (var holder in document.Cards)
            {
                if (string.IsNullOrWhiteSpace(holder.Card) || string.IsNullOrWhiteSpace(holder.Reference))
                {
                    throw new InvalidDataException("every entry needs a card and a reference");
                }
            }

            return new PersonDirectory(document.Cards);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Keeps the directory in step with its file: each settled change is read and, when it is valid,
    /// replaces every holder at once (a card marked lost is refused from its next read). A file that
    /// cannot be read is refused with its reason and the last good directory stays in force.
    /// </summary>
    public void Watch(string path, TimeProvider time, Action<int> reloaded, Action<string> refused)
    {
        ArgumentNullException.ThrowIfNull(reloaded);
        ArgumentNullException.ThrowIfNull(refused);
        _watcher?.Dispose();
        _watcher = new SettledFileWatcher(
            path,
            TimeSpan.FromMilliseconds(200),
            time,
            () =>
            {
                // One reload at a time, so a slow read can never put an older file back after a newer one.
                lock (_reloading)
                {
                    try
                    {
                        _byCard = Load(path)._byCard;
                        reloaded(_byCard.Count);
                    }
                    catch (InvalidDataException ex)
                    {
                        refused(ex.Message);
                    }
                }
            },
            problem => refused($"{path}: watching the file failed and was restarted ({problem.Message}); it was read again"));
    }

    public void Dispose() => _watcher?.Dispose();

    public void Save(string path)
    {
        var document = new DirectoryFile([.. _byCard.Values.OrderBy(h => h.Card, StringComparer.Ordinal)]);
        AtomicFile.Write(path, file => JsonSerializer.Serialize(file, document, Json));
    }

    /// <summary>The holder of a card, or null when the card is not in the directory.</summary>
    public CardHolder? Find(string card) => _byCard.GetValueOrDefault(card);

    public IEnumerable<CardHolder> Holders => _byCard.Values;

    /// <summary>A made-up directory for the simulated lane: staff, contractors, visitors, a lost card.</summary>
    public static PersonDirectory Demo()
    {
        var holders = new List<CardHolder>();
        for (var i = 1; i <= 40; i++)
        {
            holders.Add(new CardHolder(CardKey(12, 1000 + i), PersonCategory.Staff, $"S-{i:000}", 25 + (i % 35)));
        }

        for (var i = 1; i <= 10; i++)
        {
            holders.Add(new CardHolder(CardKey(12, 2000 + i), PersonCategory.Contractor, $"C-{i:000}", 30 + i, AuthorisedItems: ["tool"]));
        }

        for (var i = 1; i <= 5; i++)
        {
            holders.Add(new CardHolder(CardKey(12, 3000 + i), PersonCategory.OfficialVisitor, $"OV-{i:000}", 45));
        }

        holders.Add(new CardHolder(CardKey(12, 1999), PersonCategory.Staff, "S-999", 50, Lost: true));
        holders.Add(new CardHolder(CardKey(12, 1998), PersonCategory.Staff, "S-998", 33, Flags: ["medical-exemption"]));
        return new PersonDirectory(holders);
    }

    private sealed record DirectoryFile(IReadOnlyList<CardHolder> Cards);
}
