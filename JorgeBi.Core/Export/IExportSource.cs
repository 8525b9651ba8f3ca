using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;

namespace JorgeBi.Core.Export;

/// <summary>
/// Every row of a report over each location's own period, as one list, streamed: an export of
/// a year of leads never sits in memory.
/// </summary>
public interface IExportSource
{
    /// <summary>The leads created in the period, oldest first.</summary>
    IAsyncEnumerable<LeadRow> LeadsAsync(IReadOnlyList<LocationPeriod> locations, CancellationToken ct = default);

    /// <summary>The deals closed in the period (the rows behind revenue), oldest first.</summary>
    IAsyncEnumerable<DealRow> DealsAsync(IReadOnlyList<LocationPeriod> locations, CancellationToken ct = default);
}
