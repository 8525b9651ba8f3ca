using JorgeBi.Core.Events;
using JorgeBi.Core.Realtime;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace JorgeBi.Web.Live;

/// <summary>
/// The live hub for external consumers (API key with bi:read). A client joins a location's
/// group and gets its real-time snapshot at once; then "metrics" on every change and an
/// "event" message per new event. Messages go to a location's group only, and a key joins only
/// the groups of locations it may see: another location is refused as unknown.
/// </summary>
[Authorize(Policy = ApiPolicies.BiRead)]
public sealed class MetricsHub(RealtimeMetricsService realtime) : Hub
{
    public const string Path = "/hubs/metrics";

    public static string Group(string locationId) => "location:" + locationId;

    /// <summary>Joins a location; returns its current snapshot. Unknown or malformed ids are refused.</summary>
    public async Task<RealtimeMetrics> JoinLocation(string locationId)
    {
        if (!EventValidator.LocationIdPattern().IsMatch(locationId ?? "")) throw new HubException($"location_id: {EventValidator.LocationIdRule}");
        var visible = Context.User is { } user && LocationAccess.MaySee(user, locationId!);
        var snapshot = (visible ? await realtime.GetAsync(locationId!, Context.ConnectionAborted) : null)
            ?? throw new HubException($"Unknown location '{locationId}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(locationId!), Context.ConnectionAborted);
        return snapshot;
    }

    public Task LeaveLocation(string locationId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(locationId ?? ""));
}
