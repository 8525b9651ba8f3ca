namespace JorgeBi.Core.Kpis;

/// <summary>Reads the <see cref="KpiAggregates"/> of one location and period from a store.</summary>
public interface IKpiSource
{
    Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>
    /// The aggregates, where the store may leave out the latency histogram and its percentiles
    /// (empty and null): for a caller that reads the period's trend buckets anyway, whose
    /// histograms add up to the period's. Stores with a cheaper read without them override it.
    /// </summary>
    Task<KpiAggregates> ReadWithoutLatencyAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        ReadAsync(location, period, ct);

    /// <summary>Only the commission earned in the period; stores with a cheaper read override it.</summary>
    async Task<decimal> ReadCommissionAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        (await ReadAsync(location, period, ct)).Commission;
}
