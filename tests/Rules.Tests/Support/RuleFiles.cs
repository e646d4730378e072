using System.Security.Cryptography;
using System.Text;

namespace Screening.Rules.Tests.Support;

/// <summary>Variations of the shipped default file, and where in them a change was made.</summary>
internal static class RuleFiles
{
    public static string Default { get; } = RuleSet.DefaultRulesText.ReplaceLineEndings("\n");

    /// <summary>Replaces the only occurrence of <paramref name="find"/>; fails loudly if the default file changed under the test.</summary>
    public static string Replacing(string find, string with, string? text = null)
    {
        var source = text ?? Default;
        var at = source.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || source.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"the default file no longer has exactly one '{find}'");
        }

        return string.Concat(source.AsSpan(0, at), with, source.AsSpan(at + find.Length));
    }

    /// <summary>The 1-based line on which <paramref name="marker"/> first appears.</summary>
    public static int LineOf(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{marker}' is not in the text");
        }

        return 1 + text.AsSpan(0, at).Count('\n');
    }

    /// <summary>The 1-based line on which <paramref name="marker"/> appears for the <paramref name="nth"/> time (1 = first).</summary>
    public static int LineOf(string text, string marker, int nth)
    {
        var at = -1;
        for (var i = 0; i < nth; i++)
        {
            at = text.IndexOf(marker, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"'{marker}' is not in the text {nth} times");
            }
        }

        return 1 + text.AsSpan(0, at).Count('\n');
    }

    public static string Sha256Of(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Of(string text) => Sha256Of(Encoding.UTF8.GetBytes(text));

    /// <summary>A scratch folder deleted at the end of the test.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rules-tests-" + Guid.NewGuid().ToString("N"));

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A watcher may still hold the folder for a moment; the OS cleans /tmp.
            }
        }
    }
}
