using System.Diagnostics;
using JorgeBi.Data.Postgres;

namespace JorgeBi.E2E.Support;

/// <summary>
/// A throwaway PostgreSQL cluster under a temp directory named after this process. Clusters
/// left behind by runs that died are stopped and removed first; this one is removed on dispose.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "jorgebi-e2e");

    private ThrowawayCluster(PostgresCluster cluster) => Cluster = cluster;

    public PostgresCluster Cluster { get; }

    public static async Task<ThrowawayCluster> StartAsync()
    {
        await RemoveLeftoversAsync();
        var cluster = new PostgresCluster(Path.Combine(Root, Environment.ProcessId.ToString()), throwaway: true);
        await cluster.StartAsync();
        return new ThrowawayCluster(cluster);
    }

    /// <summary>A new, empty database; the app migrates it when it starts.</summary>
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

    private static async Task RemoveLeftoversAsync()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var dir in Directory.GetDirectories(Root))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && IsAlive(pid)) continue;
            await using (var leftover = new PostgresCluster(dir, throwaway: true))
            {
                await leftover.StopIfRunningAsync();
            }
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
