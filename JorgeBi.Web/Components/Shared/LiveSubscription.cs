using JorgeBi.Core.Live;

namespace JorgeBi.Web.Components.Shared;

/// <summary>
/// A page's subscription to "the numbers of the location on screen changed" (any location's,
/// when all are shown together). It follows the location filter as it changes, and the page
/// refreshes in place (no skeletons).
/// Pages start it after their first render and dispose it with themselves.
/// </summary>
public static class LiveSubscription
{
    public static IDisposable Start(LiveUpdates updates, DashboardFilters filters, Func<Task> refresh) =>
        updates.Subscribe(LiveUpdates.AllLocations, change => filters.Shows(change.LocationId) ? refresh() : Task.CompletedTask);
}
