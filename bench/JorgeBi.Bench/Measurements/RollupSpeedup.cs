using System.Diagnostics;
using JorgeBi.Bench.Support;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// The same KPI aggregates over one year from the rollups (what the app reads) and from a
/// raw scan of the facts (FactKpiQueries), timed in-process on the bench database.
/// </summary>
public sealed class RollupSpeedup(BenchDatabase database, Report report)
{
    private const int RawRuns = 3;
    private const int RollupRuns = 20;

    public async Task RunAsync()
    {
        var location = await database.LocationAsync();
        var period = BenchDatabase.LastYear(location);
        var (rollup, rollupMs) = await TimeAsync(new KpiQueries(database.DataSource), location, period, RollupRuns);
        var (raw, rawMs) = await TimeAsync(new FactKpiQueries(database.DataSource), location, period, RawRuns);
        var speedup = rawMs / rollupMs;
        report.Section("Rollups vs raw scans",
            $"KPI aggregates of `{location.LocationId}` for {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd} (one year), " +
            $"median of {RollupRuns} rollup reads and {RawRuns} raw scans after one unrecorded read of each (warm cache).");
        report.Table(["source", "median ms", "total leads", "deals closed", "revenue", "conversations"],
        [
            Row("rollups (KpiQueries)", rollupMs, rollup),
            Row("raw scan of the facts (FactKpiQueries)", rawMs, raw),
        ]);
        var same = raw.TotalLeads == rollup.TotalLeads && raw.DealsClosed == rollup.DealsClosed && raw.Revenue == rollup.Revenue && raw.Conversations == rollup.Conversations;
        report.Line($"Speed-up: **{speedup:0.0}x**; the two agree on these totals: {(same ? "yes" : "NO")}.");
        report.Target("Rollups >= 50x faster than raw scans over one year", speedup >= 50, $"{speedup:0.0}x");
    }

    private static async Task<(KpiAggregates Result, double MedianMs)> TimeAsync(IKpiSource source, LocationInfo location, Period period, int runs)
    {
        var result = await source.ReadAsync(location, period);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = await source.ReadAsync(location, period);
            times.Add(Stats.Elapsed(started));
        }
        return (result, Stats.Median(times));
    }

    private static IReadOnlyList<string> Row(string name, double ms, KpiAggregates k) =>
        [name, Report.Ms(ms), Report.Number(k.TotalLeads), Report.Number(k.DealsClosed), Report.Number((double)k.Revenue), Report.Number(k.Conversations)];
}
