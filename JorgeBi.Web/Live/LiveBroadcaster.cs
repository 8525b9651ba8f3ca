using JorgeBi.Core.Analytics;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Live;
using JorgeBi.Core.Realtime;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Resilience;
using Microsoft.AspNetCore.SignalR;

namespace JorgeBi.Web.Live;

/// <summary>
/// Turns each (coalesced) change into what its consumers need: cached answers of the
/// location (and after a settings change the cached locations) dropped before anyone reloads, and hub groups sent the new snapshot and the
/// new events.
/// </summary>
/// <remarks>
/// Hosted services are all constructed before the first one starts, so the database-backed
/// services are resolved in <see cref="StartAsync"/>, after the database lifetime started.
/// </remarks>
public sealed class LiveBroadcaster(
    LiveUpdates updates, ApiCache cache, IHubContext<MetricsHub> hub, CompanyHubGroups companyGroups, IServiceProvider services,
    ILogger<LiveBroadcaster> logger) : IHostedService
{
    private IDisposable? _subscription;
    private RealtimeMetricsService _realtime = null!;
    private EventSummaryQueries _events = null!;
    private IDataAsOfSource _freshness = null!;
    private ILocationSource _locations = null!;

    public Task StartAsync(CancellationToken ct)
    {
        _realtime = services.GetRequiredService<RealtimeMetricsService>();
        _events = services.GetRequiredService<EventSummaryQueries>();
        _freshness = services.GetRequiredService<IDataAsOfSource>();
        _locations = services.GetRequiredService<ILocationSource>();
        var locations = services.GetRequiredService<LocationCache>();
        updates.BeforeDelivery = change =>
        {
            // A zone, rate or target changed elsewhere (another instance, the command line).
            if (change.Kinds.Contains(SettingsStore.SettingsKind)) locations.Invalidate();
            return cache.InvalidateLocationAsync(change.LocationId);
        };
        _subscription = updates.Subscribe(LiveUpdates.AllLocations, OnChangeAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        _subscription?.Dispose();
        updates.BeforeDelivery = null;
        return Task.CompletedTask;
    }

    private async Task OnChangeAsync(LiveChange change)
    {
        var group = hub.Clients.Group(MetricsHub.Group(change.LocationId));
        try
        {
            var snapshot = await _realtime.GetAsync(change.LocationId);
            if (snapshot is not null) await group.SendAsync("metrics", snapshot);
            // Connections that joined "all" with a grant including this location hear their own combined snapshot.
            var companies = companyGroups.Hearing(change.LocationId);
            foreach (var grant in companies)
            {
                var members = grant.Filter(await _locations.ListAsync(), l => l.LocationId);
                await hub.Clients.Group(CompanyHubGroups.Group(grant)).SendAsync("metrics", await _realtime.GetAsync(members));
            }
            // The events came with this change, so the snapshot read after it includes them.
            var asOf = snapshot?.DataAsOf ?? await _freshness.GetAsync();
            var listeners = hub.Clients.Groups([MetricsHub.Group(change.LocationId), .. companies.Select(CompanyHubGroups.Group)]);
            foreach (var e in await _events.AfterAsync(change.LocationId, change.AfterSeq, change.MaxSeq))
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
