using JorgeBi.Core.Company;

namespace JorgeBi.Core.Leads;

/// <summary>Reads the rows behind the numbers: one page of a drill-down, and a lead's timeline.</summary>
public interface ILeadsSource
{
    /// <summary>
    /// Runs a request that has passed <see cref="LeadsRequest.Validate"/> over each location
    /// in its own period, as one list (one location, or all of them for location_id=all).
    /// </summary>
    Task<LeadsResult> QueryAsync(IReadOnlyList<LocationPeriod> locations, LeadsRequest request, CancellationToken ct = default);

    /// <summary>The events of the lead in any of the locations, oldest first; empty when none of them knows it.</summary>
    Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(IReadOnlyList<string> locationIds, string leadId, CancellationToken ct = default);
}
