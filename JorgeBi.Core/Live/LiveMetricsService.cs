using JorgeBi.Core.Company;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Live;

/// <summary>
/// Live counters: today from the rollups (today's local hour buckets), the last five minutes
/// and the activity figures straight from the facts and the event log.
/// </summary>
public sealed class LiveMetricsService(
    ITrendSource trends, ILiveSource recent, ILocationSource locations, IDataAsOfSource freshness, TimeProvider clock)
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ActiveConversationWindow = TimeSpan.FromMinutes(30);

    /// <summary>Null for an unknown location.</summary>
    public async Task<LiveMetrics?> GetAsync(string locationId, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        return location is null ? null : await GetAsync([location], ct);
    }

    /// <summary>
    /// The live counters of several locations as one (location_id=all): "today" is each
    /// location's own local day so far, combined like every company number (sums, the success
    /// rate of the summed counts, p95 of the merged histograms); the last minutes are the same
    /// instants everywhere, so they are read over all the locations' facts at once (p95 of all
    /// their interactions together); the last event is the latest of any.
    /// </summary>
    public async Task<LiveMetrics> GetAsync(IReadOnlyList<LocationInfo> members, CancellationToken ct = default)
    {
        // Read before the numbers: they hold at least every event up to it.
        var asOf = await freshness.GetAsync(ct);
        var now = clock.GetUtcNow();
        var days = await Task.WhenAll(members.Select(async l => (l, await TodayAsync(l, now, ct))));
        var activity = await recent.ReadAsync([.. members.Select(m => m.LocationId)], now - RecentWindow, now, now - ActiveConversationWindow, ct);
        return new LiveMetrics(
            LiveCounters.From(CompanyAggregates.Combine(days)),
            LiveCounters.From(activity.Window),
            activity.ActiveConversations,
            activity.EventsReceived / RecentWindow.TotalMinutes,
            activity.LastEventAt,
            now).WithDataAsOf(asOf);
    }

    private async Task<KpiAggregates> TodayAsync(LocationInfo location, DateTimeOffset now, CancellationToken ct)
    {
        var today = location.LocalNow(now).Date;
        var buckets = await trends.ReadAsync(location, new Period(today, today.AddDays(1)), TrendGrain.Day, ct);
        return buckets.SingleOrDefault()?.Aggregates ?? new KpiAggregates();
    }
}
