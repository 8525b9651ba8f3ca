using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.DrillDown;

/// <summary>Every row of a report for a period, streamed: an export of a year of leads never sits in memory.</summary>
public interface IExportSource
{
    /// <summary>The leads created in the period, oldest first.</summary>
    IAsyncEnumerable<LeadRow> LeadsAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>The deals closed in the period (the rows behind revenue), oldest first.</summary>
    IAsyncEnumerable<DealRow> DealsAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
