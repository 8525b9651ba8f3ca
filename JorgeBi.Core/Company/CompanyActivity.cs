using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;

namespace JorgeBi.Core.Company;

/// <summary>
/// The live page's feed and event rate for one location or several together: the latest
/// arrivals of all of them merged newest first (each event names its location), and the events
/// received in each minute added up over them (minutes are the same instants everywhere).
/// </summary>
public static class CompanyActivity
{
    public static async Task<IReadOnlyList<FeedEvent>> LatestAsync(IEventFeedSource feed, IReadOnlyList<LocationInfo> members, int limit, CancellationToken ct = default)
    {
        var lists = await Task.WhenAll(members.Select(m => feed.LatestAsync(m.LocationId, limit, ct)));
        return lists.SelectMany(l => l).OrderByDescending(e => e.ReceivedAt).Take(limit).ToList();
    }

    public static async Task<IReadOnlyList<EventRatePoint>> PerMinuteAsync(
        IEventRateSource rate, IReadOnlyList<LocationInfo> members, DateTimeOffset until, int minutes, CancellationToken ct = default)
    {
        var series = await Task.WhenAll(members.Select(m => rate.PerMinuteAsync(m.LocationId, until, minutes, ct)));
        return series.SelectMany(s => s)
            .GroupBy(p => p.Minute)
            .OrderBy(g => g.Key)
            .Select(g => new EventRatePoint(g.Key, g.Sum(p => p.Events)))
            .ToList();
    }
}
