using JorgeBi.Core.Events;
using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace JorgeBi.Web.Live;

/// <summary>
/// The live hub for external consumers (API key with bi:read). A client joins a location's
/// group and gets its real-time snapshot at once; then "metrics" on every change and an
/// "event" message per new event. Messages go to a location's group only, and a key joins only
/// the groups of locations it may see: another location is refused as unknown. Joining "all"
/// is joining every location the key may see as one: the combined snapshot (as
/// real-time-metrics?location_id=all answers it) on a change of any of them, and each of their
/// events, which name their location.
/// </summary>
[Authorize(Policy = ApiPolicies.BiRead)]
public sealed class MetricsHub(LiveMetricsService live, CompanyLocations company, CompanyHubGroups companyGroups, LocationHubGroups locationGroups) : Hub
{
    public const string Path = "/hubs/metrics";

    public static string Group(string locationId) => "location:" + locationId;

    /// <summary>Joins a location, or "all"; returns its current snapshot. Unknown or malformed ids are refused.</summary>
    public async Task<LiveMetrics> JoinLocation(string locationId)
    {
        var user = Context.User ?? throw new HubException($"Unknown location '{locationId}'.");
        if (CompanyLocations.IsAll(locationId)) return await JoinCompanyAsync(user);
        if (!EventValidator.LocationIdPattern().IsMatch(locationId ?? "")) throw new HubException($"location_id: {EventValidator.LocationIdRule}");
        var snapshot = (LocationAccess.MaySee(user, locationId!) ? await live.GetAsync(locationId!, Context.ConnectionAborted) : null)
            ?? throw new HubException($"Unknown location '{locationId}'.");
        // Listed before the group is joined, as for "all": a change from now on is read for it.
        locationGroups.Join(Context.ConnectionId, locationId!);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(locationId!), Context.ConnectionAborted);
        return snapshot;
    }

    public async Task LeaveLocation(string locationId)
    {
        if (CompanyLocations.IsAll(locationId))
        {
            companyGroups.Leave(Context.ConnectionId);
            if (Context.User is { } user) await Groups.RemoveFromGroupAsync(Context.ConnectionId, CompanyHubGroups.Group(LocationAccess.GrantOf(user)));
            return;
        }
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(locationId ?? ""));
        locationGroups.Leave(Context.ConnectionId, locationId ?? "");
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        companyGroups.Leave(Context.ConnectionId);
        locationGroups.LeaveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task<LiveMetrics> JoinCompanyAsync(System.Security.Claims.ClaimsPrincipal user)
    {
        var grant = LocationAccess.GrantOf(user);
        var snapshot = await live.GetAsync(await company.ListAsync(user, Context.ConnectionAborted), Context.ConnectionAborted);
        // Listed before the group is joined: a change from now on finds the grant and sends it the snapshot.
        companyGroups.Join(Context.ConnectionId, grant);
        await Groups.AddToGroupAsync(Context.ConnectionId, CompanyHubGroups.Group(grant), Context.ConnectionAborted);
        return snapshot;
    }
}
