using System.Diagnostics;
using JorgeBi.Data.Postgres;

namespace JorgeBi.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, under a temp directory named
/// after this process. Clusters left behind by runs that died are stopped and removed first.
/// </summary>
public static class TestCluster
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "jorgebi-tests");
    private static readonly Lazy<Task<PostgresCluster>> Instance = new(StartAsync);

    public static Task<PostgresCluster> GetAsync() => Instance.Value;

    private static async Task<PostgresCluster> StartAsync()
    {
        await RemoveLeftoversAsync();
        var cluster = new PostgresCluster(Path.Combine(Root, Environment.ProcessId.ToString()), throwaway: true);
        await cluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            TryDelete(cluster.RootDirectory);
        };
        return cluster;
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
