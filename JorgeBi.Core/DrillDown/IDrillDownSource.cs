using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.DrillDown;

/// <summary>Reads the rows behind the numbers: one page of a drill-down, and a lead's timeline.</summary>
public interface IDrillDownSource
{
    /// <summary>Runs a request that has passed <see cref="DrillDownRequest.Validate"/>.</summary>
    Task<DrillDownResult> QueryAsync(LocationInfo location, Period period, DrillDownRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(string locationId, string leadId, CancellationToken ct = default);
}
