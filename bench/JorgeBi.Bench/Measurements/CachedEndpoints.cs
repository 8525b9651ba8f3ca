using JorgeBi.Bench.Support;

namespace JorgeBi.Bench.Measurements;

/// <summary>The dashboard endpoints answered from the cache, at 1, 20 and 50 connections, each beside the baseline.</summary>
public sealed class CachedEndpoints(AppProcess app, BenchOptions options, Report report)
{
    private static readonly string[] Paths =
    [
        "/api/bi/dashboard-kpis?timeframe=30d",
        "/api/bi/bot-performance?timeframe=30d",
        "/api/bi/revenue-intelligence?timeframe=30d",
        "/api/bi/real-time-metrics",
    ];

    private static readonly int[] ConnectionCounts = [1, 20, 50];

    public async Task RunAsync()
    {
        report.Section("Cached endpoints",
            $"Closed-loop load, {options.WarmupSeconds} s warm-up then {options.Seconds} s measured per row; the warm-up fills the cache. " +
            $"Baseline: `{LoadTable.BaselinePath}` at the same connection count, measured just before.");
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var rows = new List<IReadOnlyList<string>>();
        var at50 = new List<(LoadResult Result, LoadResult Baseline)>();
        foreach (var connections in ConnectionCounts)
        {
            var baseline = await load.RunAsync(LoadTable.BaselinePath, connections, options.Warmup, options.Duration, () => LoadTable.Get(LoadTable.BaselinePath));
            rows.Add(LoadTable.Row(baseline, baseline));
            foreach (var path in Paths)
            {
                var result = await load.RunAsync(path, connections, options.Warmup, options.Duration, () => LoadTable.Get(path));
                rows.Add(LoadTable.Row(result, baseline));
                if (connections == 50) at50.Add((result, baseline));
            }
        }
        report.Table(LoadTable.Headers, rows);

        var kpis = at50.Where(x => !x.Result.Name.Contains("real-time", StringComparison.Ordinal)).ToList();
        var worstRatio = kpis.MinBy(x => x.Result.Rps / x.Baseline.Rps);
        report.Target("Cached KPI endpoints >= 50 % of the baseline's requests/s at 50 connections",
            kpis.All(x => x.Result.Rps >= 0.5 * x.Baseline.Rps), $"lowest {Report.Ratio(worstRatio.Result.Rps / worstRatio.Baseline.Rps)}, {worstRatio.Result.Name}");
        var slowest = kpis.MinBy(x => x.Result.Rps).Result;
        report.Target("Cached KPI endpoints >= 10,000 requests/s at 50 connections",
            kpis.All(x => x.Result.Rps >= 10_000), $"lowest {Report.Number(slowest.Rps)}/s, {slowest.Name}");
        var worstP95 = kpis.MaxBy(x => x.Result.P95).Result;
        report.Target("Cached KPI endpoints p95 <= 5 ms at 50 connections",
            kpis.All(x => x.Result.P95 <= 5), $"highest {Report.Ms(worstP95.P95)} ms, {worstP95.Name}");
        var errors = at50.Sum(x => x.Result.Errors);
        if (errors > 0) report.Line($"Errors at 50 connections: {errors}.");
    }
}
