using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Funnel;

/// <summary>Reads the <see cref="FunnelCounts"/> of the leads created in one location and period.</summary>
public interface IFunnelSource
{
    Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
