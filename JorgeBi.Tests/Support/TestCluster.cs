using JorgeBi.Data.Postgres;
using JorgeBi.TestSupport;

namespace JorgeBi.Tests.Support;

/// <summary>One throwaway PostgreSQL cluster for the whole test run, removed when the run ends.</summary>
public static class TestCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Instance = new(StartAsync);

    public static Task<PostgresCluster> GetAsync() => Instance.Value;

    private static async Task<PostgresCluster> StartAsync()
    {
        var throwaway = await ThrowawayCluster.StartAsync("jorgebi-tests");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => throwaway.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return throwaway.Cluster;
    }
}
