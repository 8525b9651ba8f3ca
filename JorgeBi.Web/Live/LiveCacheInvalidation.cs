using JorgeBi.Core.Live;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Answers;

namespace JorgeBi.Web.Live;

/// <summary>Drops the answers cached for a changed location (and the cached locations after a settings change, or when they lack the changed one) before anyone reloads.</summary>
public sealed class LiveCacheInvalidation(ApiCache cache, LocationCache locations) : ILiveCacheInvalidation
{
    public Task InvalidateAsync(LiveChange change)
    {
        // A zone, rate or target changed elsewhere (another instance, the command line).
        if (change.Kinds.Contains(SettingsStore.SettingsKind)) locations.Invalidate();
        else locations.InvalidateIfUnknown(change.LocationId);
        return cache.InvalidateLocationAsync(change.LocationId);
    }
}
