using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JorgeBi.Tests.Security;

/// <summary>The repository holds no secret: no private key, no literal database password in settings, no API key.</summary>
public sealed partial class CommittedSecretsTests
{
    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    // A literal value after Password= (a connection string); an empty one or a placeholder such as ${X} is no secret.
    [GeneratedRegex(@"Password\s*=\s*(?!\$\{)[^;""\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralPassword();

    // ApiKeyStore's format: "jbi_" and 32 random bytes in unpadded base64url.
    [GeneratedRegex("jbi_[A-Za-z0-9_-]{43}")]
    private static partial Regex ApiKey();

    [Fact]
    public void TrackedFiles_HoldNoSecrets()
    {
        var files = TrackedFiles();
        Assert.Contains("README.md", files);

        var found = files.SelectMany(f => Secrets(f, ReadText(f))).ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void Scanner_RecognisesEachKindOfSecret()
    {
        var key = "jbi_" + new string('A', 43);
        var pem = "-----BEGIN " + "RSA PRIVATE KEY-----";

        Assert.Single(Secrets("notes.txt", $"token: {key}"));
        Assert.Single(Secrets("deploy/key.pem", pem));
        Assert.Single(Secrets("JorgeBi.Web/appsettings.Production.json", """{"ConnectionStrings":{"Postgres":"Host=db;Password=hunter2hunter2"}}"""));
        Assert.Empty(Secrets("JorgeBi.Web/appsettings.json", """{"ConnectionStrings":{"Postgres":"Host=db;Password="}}"""));
    }

    private static IEnumerable<string> Secrets(string file, string? text)
    {
        if (text is null) yield break;
        if (PrivateKey().IsMatch(text)) yield return $"{file}: private key block";
        if (ApiKey().IsMatch(text)) yield return $"{file}: API key";
        if (Path.GetFileName(file).StartsWith("appsettings", StringComparison.Ordinal) && file.EndsWith(".json", StringComparison.Ordinal) && LiteralPassword().IsMatch(text))
        {
            yield return $"{file}: literal Password=";
        }
    }

    /// <summary>The files git tracks; without git (an exported tree), every file outside build output.</summary>
    private static IReadOnlyList<string> TrackedFiles()
    {
        try
        {
            var git = Process.Start(new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var listing = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0) return listing.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine: fall through to the walk.
        }
        return Directory.EnumerateFiles(RepositoryRoot.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Where(f => !RepositoryRoot.IsBuildOutput(f) && !f.StartsWith(".data", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The file's text, or null for a binary file (a NUL byte in its first 8 KB) or one that is gone.</summary>
    private static string? ReadText(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, file);
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0) ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }
}
