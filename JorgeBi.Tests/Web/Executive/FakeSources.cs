using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Web.Executive;

/// <summary>
/// Where and when the page tests stand: the default location, and "now" on Wednesday
/// 2026-06-17 10:30 in Los Angeles, so the default 30 days are [May 18, Jun 17 10:00).
/// </summary>
public static class PageScene
{
    public static readonly LocationInfo Location = new("default", "Default", "America/Los_Angeles", 0.06m, 150_000m);

    public static readonly DateTimeOffset Now = new(2026, 6, 17, 10, 30, 0, TimeSpan.FromHours(-7));

    /// <summary>The period of the default timeframe at <see cref="Now"/>.</summary>
    public static readonly Period DefaultPeriod = Timeframes.Resolve(Timeframes.Default, Location.LocalNow(Now));
}

/// <summary>
/// Hand-made aggregates for the page's services: the real Core services run on them, so the
/// numbers a test expects follow from these records by <see cref="KpiCalculator"/>.
/// </summary>
public sealed class FakeKpiSource(Period current, KpiAggregates now, KpiAggregates before, KpiAggregates month) : IKpiSource
{
    public Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        Task.FromResult(period == current ? now : period == current.Previous ? before : month);
}

public sealed class FakeTrendSource(IReadOnlyList<TrendBucket> buckets) : ITrendSource
{
    public Task<IReadOnlyList<TrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default) =>
        Task.FromResult(buckets);
}

public sealed class FakeLocationSource(params LocationInfo[] locations) : ILocationSource
{
    public Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default) =>
        Task.FromResult(locations.FirstOrDefault(l => l.LocationId == locationId));

    public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<LocationInfo>>(locations);
}

public sealed class FakeFunnelSource(FunnelCounts cohort, DealStagesEntered entered) : IFunnelSource
{
    public Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) => Task.FromResult(cohort);

    public Task<DealStagesEntered> ReadStagesEnteredAsync(LocationInfo location, Period period, CancellationToken ct = default) => Task.FromResult(entered);
}

public sealed class FakeInsightSource(IReadOnlyList<BotStats> bots) : IInsightSource
{
    public Task<IReadOnlyList<BotStats>> ReadBotStatsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        Task.FromResult(bots);

    public Task<IReadOnlyList<SourceConversion>> ReadSourceConversionsAsync(LocationInfo location, Period cohort, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SourceConversion>>([]);
}

/// <summary>Hand-made speed-to-lead distributions per location: whole seconds, their milliseconds and the exact values in each.</summary>
public sealed class FakeSpeedToLead(IReadOnlyDictionary<string, double[]>? speeds = null) : ISpeedToLeadSource
{
    private double[] Of(LocationInfo location) => speeds?.GetValueOrDefault(location.LocationId) ?? [];

    public Task<IReadOnlyList<SpeedSecondCount>> ReadSecondsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SpeedSecondCount>>(Of(location).GroupBy(s => (long)Math.Floor(s)).Select(g => new SpeedSecondCount(g.Key, g.Count())).ToList());

    public Task<IReadOnlyList<SpeedMillisecondCount>> ReadMillisecondsAsync(LocationInfo location, Period period, long second, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SpeedMillisecondCount>>(Of(location).Where(s => (long)Math.Floor(s) == second)
            .GroupBy(Millisecond).Select(g => new SpeedMillisecondCount(g.Key, g.Count())).ToList());

    public Task<IReadOnlyList<double>> ReadSmallestAsync(LocationInfo location, Period period, long second, int millisecond, int count, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<double>>(Of(location).Where(s => (long)Math.Floor(s) == second && Millisecond(s) == millisecond).Order().Take(count).ToList());

    private static int Millisecond(double seconds) => (int)(Math.Floor(seconds * 1000) - Math.Floor(seconds) * 1000);
}
