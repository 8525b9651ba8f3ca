using JorgeBi.Core.Kpis;

namespace JorgeBi.MicroBench;

/// <summary>
/// The Core read interfaces over data made up in advance: every read returns a finished
/// task, so <see cref="ExecutiveKpiService"/> runs its assembly without any I/O.
/// </summary>
public sealed class InMemorySources(Period period) : IKpiSource, ITrendSource, ILocationSource
{
    private static readonly Period Month = MonthPace.CurrentMonth(SampleData.Location.LocalNow(SampleData.Now));

    // The three periods the service reads: the period, the one before it, and the current month.
    private readonly Dictionary<Period, KpiAggregates> _aggregates = new()
    {
        [period] = SampleData.Aggregates(period.Length.TotalDays, seed: 1),
        [period.Previous] = SampleData.Aggregates(period.Length.TotalDays, seed: 2),
        [Month] = SampleData.Aggregates(Month.Length.TotalDays, seed: 3),
    };

    private readonly IReadOnlyList<TrendBucket> _buckets = SampleData.Buckets(period, period.Grain);

    public Task<KpiAggregates> ReadAsync(LocationInfo location, Period p, CancellationToken ct = default) =>
        Task.FromResult(_aggregates[p]);

    public Task<IReadOnlyList<TrendBucket>> ReadAsync(LocationInfo location, Period p, TrendGrain grain, CancellationToken ct = default) =>
        Task.FromResult(_buckets);

    public Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default) =>
        Task.FromResult<LocationInfo?>(SampleData.Location);

    public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<LocationInfo>>([SampleData.Location]);
}

/// <summary>A clock stopped at <see cref="SampleData.Now"/>.</summary>
public sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => SampleData.Now;
}
