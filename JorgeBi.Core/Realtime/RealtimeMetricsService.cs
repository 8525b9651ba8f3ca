using JorgeBi.Core.Analytics;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Realtime;

/// <summary>
/// Live counters: today from the rollups (today's local hour buckets), the last five minutes
/// and the activity figures straight from the facts and the event log.
/// </summary>
public sealed class RealtimeMetricsService(
    ITrendSource trends, IRealtimeSource recent, ILocationSource locations, IDataAsOfSource freshness, TimeProvider clock)
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ActiveConversationWindow = TimeSpan.FromMinutes(30);

    /// <summary>Null for an unknown location.</summary>
    public async Task<RealtimeMetrics?> GetAsync(string locationId, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;
        // Read before the numbers: they hold at least every event up to it.
        var asOf = await freshness.GetAsync(ct);
        var now = clock.GetUtcNow();
        var today = location.LocalNow(now).Date;
        var day = new Period(today, today.AddDays(1));

        var todayBuckets = await trends.ReadAsync(location, day, TrendGrain.Day, ct);
        var activity = await recent.ReadAsync(locationId, now - RecentWindow, now, now - ActiveConversationWindow, ct);
        return new RealtimeMetrics(
            LiveCounters.From(todayBuckets.SingleOrDefault()?.Aggregates ?? new KpiAggregates()),
            LiveCounters.From(activity.Window),
            activity.ActiveConversations,
            activity.EventsReceived / RecentWindow.TotalMinutes,
            activity.LastEventAt,
            now).WithDataAsOf(asOf);
    }
}
