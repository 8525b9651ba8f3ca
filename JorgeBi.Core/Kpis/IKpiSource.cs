namespace JorgeBi.Core.Kpis;

/// <summary>Reads the <see cref="KpiAggregates"/> of one location and period from a store.</summary>
public interface IKpiSource
{
    Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>Only the commission earned in the period; stores with a cheaper read override it.</summary>
    async Task<decimal> ReadCommissionAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        (await ReadAsync(location, period, ct)).Commission;
}
