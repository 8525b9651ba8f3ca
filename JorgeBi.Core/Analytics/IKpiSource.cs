namespace JorgeBi.Core.Analytics;

/// <summary>Reads the <see cref="KpiAggregates"/> of one location and period from a store.</summary>
public interface IKpiSource
{
    Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
