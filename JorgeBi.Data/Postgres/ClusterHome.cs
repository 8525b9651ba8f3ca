using System.Security.Cryptography;
using System.Text;

namespace JorgeBi.Data.Postgres;

/// <summary>
/// Where a cluster's files live. When this process is root the server runs as the
/// <c>postgres</c> user, which must be able to enter every folder above its data; a
/// repository cloned under <c>/root</c> or any other mode-700 folder is out of its reach.
/// Such a cluster lives under <see cref="FallbackRoot"/> instead, in a folder named after
/// the configured path: the same configuration always finds the same data, and no folder of
/// the user's has its permissions widened.
/// </summary>
internal static class ClusterHome
{
    public const string FallbackRoot = "/var/lib/jorgebi";

    public static string Resolve(string configured)
    {
        var full = FullPath(configured);
        if (!ProcessRunner.IsRoot || ProcessRunner.ServiceUserCanEnter(DeepestExisting(full))) return full;
        return Path.Combine(FallbackRoot, Name(full));
    }

    /// <summary>True when the cluster of <paramref name="configured"/> lives elsewhere (at <paramref name="resolved"/>).</summary>
    public static bool WasMoved(string configured, string resolved) => FullPath(configured) != resolved;

    private static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>The configured directory itself when it exists: an earlier run may have made it.</summary>
    private static string DeepestExisting(string path)
    {
        var dir = path;
        while (!Directory.Exists(dir)) dir = Path.GetDirectoryName(dir) ?? Path.GetPathRoot(path)!;
        return dir;
    }

    private static string Name(string fullPath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)))[..16];
}
