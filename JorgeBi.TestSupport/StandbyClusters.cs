using JorgeBi.Data.Postgres;

namespace JorgeBi.TestSupport;

public static class StandbyClusters
{
    /// <summary>
    /// A hot standby of the running <paramref name="primary"/> under <paramref name="standbyRoot"/>,
    /// not yet started: a base backup over the replication protocol (pg_basebackup -R), which
    /// writes standby.signal and primary_conninfo so the copy follows the primary once it runs.
    /// initdb's defaults already allow it (wal_level replica, a replication line for
    /// 127.0.0.1 in pg_hba.conf).
    /// </summary>
    public static async Task<PostgresCluster> CreateStandbyAsync(this PostgresCluster primary, string standbyRoot, CancellationToken ct = default)
    {
        if (!primary.IsRunning) throw new InvalidOperationException("Start the primary before taking a standby from it.");
        var standby = new PostgresCluster(standbyRoot);
        Directory.CreateDirectory(standby.RootDirectory);
        File.Copy(primary.PasswordFile, standby.PasswordFile, overwrite: true);
        // primary_conninfo names this file: the standby authenticates with it for as long as it runs.
        var passFile = Path.Combine(standby.RootDirectory, "primary.pgpass");
        var password = (await File.ReadAllTextAsync(primary.PasswordFile, ct)).Trim();
        await File.WriteAllTextAsync(passFile, $"127.0.0.1:{primary.Port}:*:{PostgresCluster.SuperUser}:{password}\n", ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(passFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await ProcessRunner.GiveToServiceUserAsync(standby.RootDirectory);
        var connection = $"host=127.0.0.1 port={primary.Port} user={PostgresCluster.SuperUser} passfile={passFile}";
        var (code, output) = await ProcessRunner.RunAsync(Path.Combine(PostgresBinaries.Require(), "pg_basebackup"),
            ["-d", connection, "-D", standby.DataDirectory, "-R", "-X", "stream", "-c", "fast"], ct);
        if (code != 0) throw new InvalidOperationException($"pg_basebackup failed (exit {code}): {output.Trim()}");
        return standby;
    }
}
