using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace JorgeBi.Data.Postgres;

/// <summary>
/// A PostgreSQL cluster this process owns: created on first start under
/// <see cref="RootDirectory"/>, started on a free loopback port (TCP only, password
/// authentication), reused by later starts, adopted when a crashed run left it running,
/// and started again after a crash left a stale pid file. The root directory is the given
/// one unless the server's user cannot reach it (see <see cref="ClusterHome"/>).
/// </summary>
public sealed class PostgresCluster(string rootDirectory, ClusterSettings? settings = null) : IAsyncDisposable
{
    internal const string SuperUser = "postgres";
    private readonly string _binaries = PostgresBinaries.Require();
    private readonly ClusterSettings _settings = settings ?? ClusterSettings.Default;

    public string RootDirectory { get; } = ClusterHome.Resolve(rootDirectory);
    public string DataDirectory => Path.Combine(RootDirectory, "pgdata");
    private string LogFile => Path.Combine(RootDirectory, "postgres.log");
    internal string PasswordFile => Path.Combine(RootDirectory, "superuser.password");
    private string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    public int Port { get; private set; }
    public bool IsRunning => Port != 0;

    /// <summary>
    /// True when this instance started the server; false when it adopted one already running
    /// (another app instance, or a command run beside the app), which it then leaves running.
    /// </summary>
    public bool StartedHere { get; private set; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = File.ReadAllText(PasswordFile).Trim(),
        Database = database,
    }.ConnectionString;

    /// <summary>Starts (or adopts) the server; <paramref name="port"/> pins the port, e.g. to come back where clients expect it.</summary>
    public async Task StartAsync(int? port = null, CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) await InitAsync(ct);
        if (await TryAdoptRunningAsync(ct))
        {
            StartedHere = false;
            return;
        }
        // pg_ctl status said "not running": any pid file left is from a crash.
        if (File.Exists(PidFile)) File.Delete(PidFile);
        Port = port ?? FreePort();
        var options = string.Join(' ', [$"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", .. _settings.ServerSettings.Select(s => $"-c {s}")]);
        var (code, output) = await PgCtlAsync(ct, "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start");
        if (code != 0)
        {
            Port = 0;
            throw new InvalidOperationException($"PostgreSQL did not start (pg_ctl exit {code}): {output.Trim()} See {LogFile}.");
        }
        StartedHere = true;
    }

    /// <summary>Stops the server if this instance started it; an adopted one keeps running.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (IsRunning && StartedHere) await PgCtlAsync(ct, "-D", DataDirectory, "-m", "fast", "-w", "stop");
        Port = 0;
        StartedHere = false;
    }

    /// <summary>Stops a server left running by an earlier process (adopting it first).</summary>
    public async Task StopIfRunningAsync(CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) return;
        var (code, _) = await PgCtlAsync(ct, "-D", DataDirectory, "status");
        if (code == 0) await PgCtlAsync(ct, "-D", DataDirectory, "-m", "immediate", "-w", "stop");
    }

    /// <summary>True while a server process runs on this data directory, whoever started it.</summary>
    public async Task<bool> IsServerAliveAsync(CancellationToken ct = default) =>
        (await PgCtlAsync(ct, "-D", DataDirectory, "status")).ExitCode == 0;

    /// <summary>Creates the database unless it exists; true when it was created.</summary>
    public async Task<bool> CreateDatabaseIfMissingAsync(string database, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", conn) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is not null) return false;
        // Identifiers cannot be parameters; the name is quoted by Npgsql's rules.
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", conn);
        await create.ExecuteNonQueryAsync(ct);
        return true;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task InitAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(RootDirectory);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, password, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // initdb reads the password from a file the service user can read; it is removed at once.
        var initPassword = Path.Combine(RootDirectory, "initdb.pw");
        await File.WriteAllTextAsync(initPassword, password, ct);
        await ProcessRunner.GiveToServiceUserAsync(RootDirectory);
        try
        {
            List<string> args = ["-D", DataDirectory, "-U", SuperUser, "-A", "scram-sha-256", "--pwfile", initPassword, "-E", "UTF8", "--no-locale", .. _settings.InitdbArguments];
            var (code, output) = await ProcessRunner.RunAsync(Path.Combine(_binaries, "initdb"), args, ct);
            if (code != 0) throw new InvalidOperationException($"initdb failed (exit {code}): {output.Trim()}");
        }
        finally
        {
            File.Delete(initPassword);
        }
    }

    private async Task<bool> TryAdoptRunningAsync(CancellationToken ct)
    {
        var (code, _) = await PgCtlAsync(ct, "-D", DataDirectory, "status");
        if (code != 0 || !File.Exists(PidFile)) return false;
        // Line 4 of postmaster.pid is the port the running server listens on.
        var lines = await File.ReadAllLinesAsync(PidFile, ct);
        if (lines.Length < 4 || !int.TryParse(lines[3], out var port)) return false;
        Port = port;
        if (await CanConnectAsync(ct)) return true;
        Port = 0;
        return false;
    }

    private async Task<bool> CanConnectAsync(CancellationToken ct)
    {
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Timeout = 5 }.ConnectionString;
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private Task<(int ExitCode, string Output)> PgCtlAsync(CancellationToken ct, params string[] args) =>
        ProcessRunner.RunAsync(Path.Combine(_binaries, "pg_ctl"), args, ct);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
