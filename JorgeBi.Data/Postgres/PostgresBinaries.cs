namespace JorgeBi.Data.Postgres;

/// <summary>Finds the PostgreSQL programs (initdb, pg_ctl, pg_dump, pg_restore) on this machine.</summary>
public static class PostgresBinaries
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found: install them (Debian: apt-get install postgresql) or set ConnectionStrings:Postgres.";

    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The directory holding initdb and pg_ctl: PATH first, then the newest /usr/lib/postgresql/*/bin.</summary>
    public static string? Find()
    {
        var fromPath = PathDirectories().FirstOrDefault(HasServer);
        if (fromPath is not null) return ResolveLinks(fromPath);
        return VersionedDirectories().FirstOrDefault(HasServer);
    }

    public static string Require() => Find() ?? throw new InvalidOperationException(InstallHint);

    /// <summary>
    /// A client program such as pg_dump: the newest /usr/lib/postgresql/*/bin first (a newer
    /// pg_dump reads older servers, not the reverse), then PATH.
    /// </summary>
    public static string RequireClient(string name) =>
        VersionedDirectories().Concat(PathDirectories()).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} was not found: install the PostgreSQL client programs (Debian: apt-get install postgresql-client).");

    private static IEnumerable<string> PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Debian's /usr/lib/postgresql/N/bin, newest N first.</summary>
    private static IEnumerable<string> VersionedDirectories() =>
        !Directory.Exists(DebianRoot)
            ? []
            : Directory.GetDirectories(DebianRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"));

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    // Debian's wrappers on PATH are links into /usr/lib/postgresql/N/bin; pg_ctl must be
    // run from there so it finds the matching postgres binary.
    private static string ResolveLinks(string dir)
    {
        var target = new FileInfo(Path.Combine(dir, "pg_ctl")).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? dir : Path.GetDirectoryName(target.FullName)!;
    }
}
