using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.DrillDown;

/// <summary>The rows behind a number, and a lead's story in event order.</summary>
public sealed class DrillDownService(IDrillDownSource source)
{
    /// <exception cref="ArgumentException">The request breaks a rule of <see cref="DrillDownRequest.Validate"/>; callers validate first to answer 400.</exception>
    public Task<DrillDownResult> QueryAsync(LocationInfo location, Period period, DrillDownRequest request, CancellationToken ct = default)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty)
        {
            throw new ArgumentException(string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), nameof(request));
        }
        return source.QueryAsync(location, period, request, ct);
    }

    public Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(string locationId, string leadId, CancellationToken ct = default) =>
        source.LeadTimelineAsync(locationId, leadId, ct);
}
