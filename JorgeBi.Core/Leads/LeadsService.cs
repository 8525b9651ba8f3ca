using JorgeBi.Core.Company;

namespace JorgeBi.Core.Leads;

/// <summary>The rows behind a number, and a lead's story in event order.</summary>
public sealed class LeadsService(ILeadsSource source)
{
    /// <summary>
    /// The rows of one location, or of several each over its own period (location_id=all):
    /// one list, sorted and paged as a whole, with the summary of the whole list.
    /// </summary>
    /// <exception cref="ArgumentException">The request breaks a rule of <see cref="LeadsRequest.Validate"/>; callers validate first to answer 400.</exception>
    public Task<LeadsResult> QueryAsync(IReadOnlyList<LocationPeriod> locations, LeadsRequest request, CancellationToken ct = default)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty)
        {
            throw new ArgumentException(string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), nameof(request));
        }
        return source.QueryAsync(locations, request, ct);
    }

    /// <summary>The lead's events in whichever of the locations knows it; empty when none does.</summary>
    public Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(IReadOnlyList<string> locationIds, string leadId, CancellationToken ct = default) =>
        source.LeadTimelineAsync(locationIds, leadId, ct);
}
