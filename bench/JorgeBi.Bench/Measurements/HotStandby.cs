using Dapper;
using JorgeBi.Bench.Support;
using JorgeBi.Data.Postgres;
using JorgeBi.TestSupport;
using Npgsql;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// Dashboards on a real streaming replica: a hot standby taken from the bench cluster with
/// pg_basebackup, a second app instance whose dashboards read from it (ConnectionStrings:PostgresRead)
/// while it writes to the primary, the uncached dashboards measured on it, and the replica's
/// lag sampled while ingestion runs on the primary.
/// </summary>
public sealed class HotStandby(PostgresCluster primary, string database, BenchOptions options, Report report)
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(250);

    public async Task RunAsync(Func<string, string?, Task<AppProcess>> startApp)
    {
        var root = Path.Combine(Path.GetDirectoryName(primary.RootDirectory)!, "standby");
        await RemoveAsync(root);
        var started = DateTime.UtcNow;
        var standby = await primary.CreateStandbyAsync(root);
        await standby.StartAsync();
        var copied = DateTime.UtcNow - started;
        try
        {
            var standbyConnection = standby.ConnectionString(database);
            await using (var check = new NpgsqlConnection(standbyConnection))
            {
                var inRecovery = await check.ExecuteScalarAsync<bool>("select pg_is_in_recovery()");
                if (!inRecovery) throw new InvalidOperationException("The standby is not in recovery: it is not following the primary.");
            }
            report.Section("Hot standby",
                $"pg_basebackup -R -X stream from the bench cluster (port {primary.Port}) into `{root}`, started on port {standby.Port} " +
                $"as a hot standby ({copied.TotalSeconds:0} s to copy and start). A second app instance writes to the primary and reads dashboards " +
                "from the standby (`ConnectionStrings:PostgresRead`).");
            await using var app = await startApp("replica", standbyConnection);
            await new UncachedEndpoints(app, options, report).RunAsync("Uncached endpoints on the hot standby");
            await MeasureLagAsync(app);
        }
        finally
        {
            await standby.StopAsync();
            await RemoveAsync(root);
        }
    }

    private async Task MeasureLagAsync(AppProcess app)
    {
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var batches = new EventBatches(seed: 13);
        using var stop = new CancellationTokenSource();
        var sampling = SampleAsync(stop.Token);
        var ingest = await load.RunAsync("POST /api/events (100 per batch)", Ingestion.Connections, options.Warmup, options.Duration, () => batches.Post(100));
        await stop.CancelAsync();
        var samples = await sampling;
        var replay = samples.Select(s => s.ReplayLagMs).Order().ToList();
        var bytes = samples.Select(s => (double)s.BytesBehind).Order().ToList();
        report.Line($"Replica lag while the primary ingests {Report.Number(ingest.Count(202) * 100 / ingest.Seconds)} events/s " +
            $"(batches of 100, {Ingestion.Connections} connections through the replica-reading instance), {samples.Count} samples every {SampleEvery.TotalMilliseconds:0} ms " +
            "of `pg_stat_replication` on the primary:");
        report.Table(["", "p50", "p95", "max"],
        [
            ["replay_lag ms", Report.Ms(Stats.Percentile(replay, 0.5)), Report.Ms(Stats.Percentile(replay, 0.95)), Report.Ms(replay.LastOrDefault())],
            ["bytes of WAL not yet replayed", Report.Number(Stats.Percentile(bytes, 0.5)), Report.Number(Stats.Percentile(bytes, 0.95)), Report.Number(bytes.LastOrDefault())],
        ]);
    }

    private async Task<List<(double ReplayLagMs, long BytesBehind)>> SampleAsync(CancellationToken stop)
    {
        var samples = new List<(double, long)>();
        await using var conn = new NpgsqlConnection(primary.ConnectionString(database));
        await conn.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            var row = await conn.QuerySingleOrDefaultAsync<(double, long)>("""
                select coalesce(extract(epoch from replay_lag) * 1000, 0)::float8,
                       coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint
                from pg_stat_replication limit 1
                """);
            samples.Add(row);
            try { await Task.Delay(SampleEvery, stop); }
            catch (OperationCanceledException) { break; }
        }
        return samples;
    }

    private static async Task RemoveAsync(string root)
    {
        if (!Directory.Exists(root)) return;
        await new PostgresCluster(root).StopIfRunningAsync();
        Directory.Delete(root, recursive: true);
    }
}
