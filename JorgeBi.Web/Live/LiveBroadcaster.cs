using JorgeBi.Core.Freshness;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Resilience;
using Microsoft.AspNetCore.SignalR;

namespace JorgeBi.Web.Live;

/// <summary>
/// Sends each (coalesced) change to the hub groups that hear it: the new snapshot and the
/// new events. The cached answers were dropped before (<see cref="LiveCacheInvalidation"/>).
/// A change nobody on this instance listens to is read for no one.
/// </summary>
public sealed class LiveBroadcaster(
    LiveUpdates updates, IHubContext<MetricsHub> hub, LocationHubGroups locationGroups, CompanyHubGroups companyGroups, LiveMetricsService live,
    EventSummaryQueries events, IDataAsOfSource freshness, ILocationSource locations, ILogger<LiveBroadcaster> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken ct)
    {
        _subscription = updates.Subscribe(LiveUpdates.AllLocations, OnChangeAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task OnChangeAsync(LiveChange change)
    {
        var heard = locationGroups.IsHeard(change.LocationId);
        // Connections that joined "all" with a grant including this location hear their own combined snapshot.
        var companies = companyGroups.Hearing(change.LocationId);
        if (!heard && companies.Count == 0) return;
        try
        {
            var snapshot = heard ? await live.GetAsync(change.LocationId) : null;
            if (snapshot is not null) await hub.Clients.Group(MetricsHub.Group(change.LocationId)).SendAsync("metrics", snapshot);
            foreach (var grant in companies)
            {
                var members = grant.Filter(await locations.ListAsync(), l => l.LocationId);
                await hub.Clients.Group(CompanyHubGroups.Group(grant)).SendAsync("metrics", await live.GetAsync(members));
            }
            // The events came with this change, so the snapshot read after it includes them.
            var asOf = snapshot?.DataAsOf ?? await freshness.GetAsync();
            var listeners = hub.Clients.Groups([MetricsHub.Group(change.LocationId), .. companies.Select(CompanyHubGroups.Group)]);
            foreach (var e in await events.AfterAsync(change.LocationId, change.AfterSeq, change.MaxSeq))
            {
                await listeners.SendAsync("event", e.WithDataAsOf(asOf));
            }
        }
        catch (Exception e) when (DatabaseOutage.IsUnavailable(e))
        {
            logger.LogWarning("Live update of {Location} skipped: database unavailable", change.LocationId);
        }
    }
}
