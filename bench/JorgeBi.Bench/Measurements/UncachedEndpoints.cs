using System.Globalization;
using JorgeBi.Bench.Support;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// The KPI endpoints recomputed on every request (force_refresh=true skips the cache read)
/// for 24 hours, 30 days, a year and a three-year custom range.
/// </summary>
public sealed class UncachedEndpoints(AppProcess app, BenchOptions options, Report report)
{
    /// <summary>
    /// Four readers at once on the two cores measure the queue as much as the answer; one reader
    /// measures the answer itself, as a page opened on a period nobody read since the last event.
    /// </summary>
    public static readonly int[] ConnectionCounts = [1, 4];

    /// <summary>The endpoint the target is set for; the others are measured for the record.</summary>
    public const string Targeted = "dashboard-kpis";

    private static readonly string[] Endpoints = [Targeted, "bot-performance", "revenue-intelligence"];

    public static IReadOnlyList<string> Periods()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddYears(-3).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ["timeframe=24h", "timeframe=30d", "timeframe=1y", $"from={from}&to={today:yyyy-MM-dd}"];
    }

    /// <returns>The highest p95 of <see cref="Targeted"/> over the periods, ms, by number of connections.</returns>
    public async Task<IReadOnlyDictionary<int, double>> RunAsync(string title)
    {
        report.Section(title,
            $"`force_refresh=true` on every request, {string.Join(" and ", ConnectionCounts)} connections, {options.WarmupSeconds} s warm-up then {options.Seconds} s measured per row. " +
            $"Baseline: `{LoadTable.BaselinePath}` at {ConnectionCounts[^1]} connections.");
        if (File.Exists(options.IngestedMarker))
        {
            report.Line($"**Not the seeded data alone:** ingestion runs posted events into this database (the first at {File.ReadAllText(options.IngestedMarker).Trim()} UTC), " +
                "and every period ending on their days reads them. For figures of the seeded data, move `bench/.data/<scale>` away and run again (it reseeds).");
        }
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var baseline = await load.RunAsync(LoadTable.BaselinePath, ConnectionCounts[^1], options.Warmup, options.Duration, () => LoadTable.Get(LoadTable.BaselinePath));
        var rows = new List<IReadOnlyList<string>> { LoadTable.Row(baseline, baseline) };
        var targeted = new List<(int Connections, LoadResult Result)>();
        foreach (var period in Periods())
        {
            foreach (var endpoint in Endpoints)
            {
                var path = $"/api/bi/{endpoint}?{period}&force_refresh=true";
                foreach (var connections in ConnectionCounts)
                {
                    var result = await load.RunAsync(path, connections, options.Warmup, options.Duration, () => LoadTable.Get(path));
                    if (endpoint == Targeted) targeted.Add((connections, result));
                    rows.Add(LoadTable.Row(result, baseline));
                }
            }
        }
        report.Table(LoadTable.Headers, rows);
        return targeted.GroupBy(r => r.Connections).ToDictionary(g => g.Key, g => g.Max(r => r.Result.P95));
    }
}
