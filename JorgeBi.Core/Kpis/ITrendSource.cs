namespace JorgeBi.Core.Kpis;

/// <summary>
/// Reads the <see cref="KpiAggregates"/> of every bucket of a period at a grain, in one pass
/// per family of rollups. Buckets follow <see cref="TrendBuckets"/>: calendar hours, days,
/// ISO weeks (Monday) or months, the first clipped to the period's start. Buckets without
/// any data may be left out.
/// </summary>
public interface ITrendSource
{
    Task<IReadOnlyList<TrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default);
}
