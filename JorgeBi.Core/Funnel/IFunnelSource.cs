using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Funnel;

/// <summary>Reads the funnel's counts of one location and period.</summary>
public interface IFunnelSource
{
    /// <summary>The cohort of the leads created in the period, followed to its end.</summary>
    Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>The deals that entered each open pipeline stage in the period.</summary>
    Task<DealStagesEntered> ReadStagesEnteredAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
