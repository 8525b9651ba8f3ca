using System.Diagnostics;

using JorgeBi.Data.Postgres;

namespace JorgeBi.TestSupport;

/// <summary>
/// A throwaway cluster for a test run, under a temp directory named after this process
/// (fsync off). Clusters left behind by runs that died are stopped and removed first; this
/// one is stopped and removed on dispose.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private ThrowawayCluster(PostgresCluster cluster) => Cluster = cluster;

    public PostgresCluster Cluster { get; }

    /// <summary>Durability off: a test's data need not survive a power cut, and fsync costs minutes per run.</summary>
    public static ClusterSettings Settings { get; } = new(["fsync=off", "synchronous_commit=off", "full_page_writes=off"], ["--no-sync"]);

    /// <param name="purpose">Names the parent temp directory, e.g. "jorgebi-tests".</param>
    public static async Task<ThrowawayCluster> StartAsync(string purpose)
    {
        var root = Path.Combine(Path.GetTempPath(), purpose);
        await RemoveLeftoversAsync(root);
        var cluster = new PostgresCluster(Path.Combine(root, Environment.ProcessId.ToString()), Settings);
        await cluster.StartAsync();
        return new ThrowawayCluster(cluster);
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await Cluster.CreateDatabaseIfMissingAsync(name);
        return Cluster.ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAsync();
        TryDelete(Cluster.RootDirectory);
    }

    private static async Task RemoveLeftoversAsync(string root)
    {
        if (!Directory.Exists(root)) return;
        foreach (var dir in Directory.GetDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && IsAlive(pid)) continue;
            await new PostgresCluster(dir, Settings).StopIfRunningAsync();
            TryDelete(dir);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
