using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Screening.Station.Accounts;

/// <summary>What an account may do.</summary>
public enum Role
{
    /// <summary>Works the lane: records searches and outcomes.</summary>
    SearchOfficer,

    /// <summary>Sets the state of alert and owns the rules.</summary>
    SecurityManager,

    /// <summary>Reads the search log and reports, changes nothing.</summary>
    Auditor,
}

/// <summary>An account that cannot be created or used, naming why.</summary>
public sealed class AccountException(string message) : Exception(message)
{
    public AccountException()
        : this("account error")
    {
    }

    public AccountException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>
/// The officers who may use the lane's tools and console: <c>DATA/accounts.json</c>, each with a role
/// and a PBKDF2-SHA256 password hash (210,000 iterations, 16-byte random salt). There is no default
/// account and no default password: the first one is created with <c>screening accounts add</c>.
/// </summary>
public sealed class AccountStore(string dataDirectory)
{
    public const string FileName = "accounts.json";
    public const int MinimumPasswordLength = 12;
    private const int Iterations = 210_000;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    // Replaced whole (never changed in place), so readers on any thread see one consistent list.
    private volatile CachedFile? _cache;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDirectory), FileName);

    public IReadOnlyList<Account> All() => [.. Read()];

    /// <summary>Adds an account. Throws <see cref="AccountException"/> for a taken name, a bad name or a weak password.</summary>
    public Account Add(string name, Role role, string password)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new AccountException("an account name is 1 to 64 letters, digits, '-', '_' or '.'");
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new AccountException($"the password must be at least {MinimumPasswordLength} characters");
        }

        var accounts = Read().ToList();
        if (accounts.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new AccountException($"an account named '{name}' already exists");
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        var account = new Account(name, role, Convert.ToBase64String(salt), Convert.ToBase64String(Hash(password, salt)), DateTimeOffset.UtcNow);
        accounts.Add(account);
        Write(accounts);
        return account;
    }

    /// <summary>Removes an account; its console sessions end at their next request.</summary>
    public Account Remove(string name)
    {
        var accounts = Read().ToList();
        var account = Find(accounts, name);
        accounts.Remove(account);
        Write(accounts);
        return account;
    }

    /// <summary>Gives an account another role; its console sessions end (they were signed in with the old one).</summary>
    public Account SetRole(string name, Role role)
    {
        var accounts = Read().ToList();
        var account = Find(accounts, name);
        var changed = account with { Role = role };
        accounts[accounts.IndexOf(account)] = changed;
        Write(accounts);
        return changed;
    }

    /// <summary>Sets a new password (new salt); the account's console sessions end.</summary>
    public Account SetPassword(string name, string password)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw new AccountException($"the password must be at least {MinimumPasswordLength} characters");
        }

        var accounts = Read().ToList();
        var account = Find(accounts, name);
        var salt = RandomNumberGenerator.GetBytes(16);
        var changed = account with { Salt = Convert.ToBase64String(salt), PasswordHash = Convert.ToBase64String(Hash(password, salt)) };
        accounts[accounts.IndexOf(account)] = changed;
        Write(accounts);
        return changed;
    }

    private static Account Find(List<Account> accounts, string name) =>
        accounts.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new AccountException($"there is no account named '{name}'");

    /// <summary>The account if the name and password match, else null (the same work either way).</summary>
    public Account? SignIn(string name, string password)
    {
        var account = Read().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        var salt = account is null ? new byte[16] : Convert.FromBase64String(account.Salt);
        var hash = Hash(password, salt);
        return account is not null && CryptographicOperations.FixedTimeEquals(hash, Convert.FromBase64String(account.PasswordHash)) ? account : null;
    }

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);

    private List<Account> Read()
    {
        var file = new FileInfo(Path);
        if (!file.Exists)
        {
            return [];
        }

        // The console checks the account on every request: the parsed file is kept until it changes.
        if (_cache is { } cached && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Accounts;
        }

        try
        {
            var accounts = JsonSerializer.Deserialize<List<Account>>(File.ReadAllText(Path), Json) ?? [];
            _cache = new CachedFile(file.LastWriteTimeUtc, file.Length, accounts);
            return accounts;
        }
        catch (JsonException ex)
        {
            throw new AccountException($"{Path}: not a readable accounts file ({ex.Message})");
        }
    }

    private sealed record CachedFile(DateTime Written, long Length, List<Account> Accounts);

    private void Write(List<Account> accounts)
    {
        // Readable by its owner only: the hashes are not secrets in clear, but nobody else needs them.
        AtomicFile.Write(Path, file => JsonSerializer.Serialize(file, accounts, Json), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}

/// <summary>One account as stored (never the password itself).</summary>
public sealed record Account(string Name, Role Role, string Salt, string PasswordHash, DateTimeOffset Created);
