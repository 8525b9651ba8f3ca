using JorgeBi.Data.Postgres;
using Npgsql;

namespace JorgeBi.Data.Backup;

/// <summary>
/// pg_dump and pg_restore against the database of a connection string. The connection
/// reaches them through libpq's PG* environment variables, the password included: never an
/// argument, which other users of the machine can read in the process list.
/// </summary>
internal static class PgDumpTools
{
    /// <summary>Writes a custom-format dump of the database as of <paramref name="snapshot"/> (from pg_export_snapshot).</summary>
    public static async Task DumpAsync(string connectionString, string snapshot, string file, CancellationToken ct)
    {
        string[] args = ["--format=custom", "--no-unlogged-table-data", $"--snapshot={snapshot}", $"--file={file}", "--no-password"];
        var (code, output) = await ProcessRunner.RunClientAsync(PostgresBinaries.RequireClient("pg_dump"), args, Environment(connectionString), ct: ct);
        if (code != 0) throw new BackupException($"pg_dump failed (exit {code}): {Tail(output)}");
    }

    /// <summary>
    /// Restores a custom-format dump read from <paramref name="dump"/> in one transaction:
    /// it is all restored or nothing is. Owners and grants of the source are not carried over.
    /// </summary>
    public static async Task RestoreAsync(string connectionString, Stream dump, CancellationToken ct)
    {
        // Without --dbname pg_restore prints SQL instead of restoring; libpq's default database is the user's name.
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var database = b.Database ?? b.Username ?? throw new BackupException("The connection string names no database.");
        string[] args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--no-password", $"--dbname={database}"];
        var (code, output) = await ProcessRunner.RunClientAsync(PostgresBinaries.RequireClient("pg_restore"), args, Environment(connectionString), dump, ct);
        if (code != 0) throw new BackupException($"pg_restore failed (exit {code}); nothing was restored: {Tail(output)}");
    }

    private static Dictionary<string, string> Environment(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var env = new Dictionary<string, string>
        {
            ["PGHOST"] = b.Host ?? "localhost",
            ["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGSSLMODE"] = b.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
            ["PGAPPNAME"] = "jorgebi-backup",
        };
        if (!string.IsNullOrEmpty(b.Database)) env["PGDATABASE"] = b.Database;
        if (!string.IsNullOrEmpty(b.Username)) env["PGUSER"] = b.Username;
        if (!string.IsNullOrEmpty(b.Password)) env["PGPASSWORD"] = b.Password;
        if (!string.IsNullOrEmpty(b.Passfile)) env["PGPASSFILE"] = b.Passfile;
        if (!string.IsNullOrEmpty(b.RootCertificate)) env["PGSSLROOTCERT"] = b.RootCertificate;
        return env;
    }

    // The end of the output says what failed; the start is often a long list of what worked.
    private static string Tail(string output)
    {
        var text = output.Trim();
        return text.Length <= 2000 ? text : "…" + text[^2000..];
    }
}
