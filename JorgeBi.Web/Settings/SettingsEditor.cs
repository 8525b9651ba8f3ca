using JorgeBi.Core.Settings;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Answers;

namespace JorgeBi.Web.Settings;

/// <summary>
/// Saves settings for the settings page and the API. The change feed tells every instance
/// after about 100 ms; this instance drops its cached locations and answers at once, so the
/// caller's next read (the executive page after a new target) already shows the new values.
/// </summary>
public sealed class SettingsEditor(SettingsStore store, LocationCache locations, ApiCache cache)
{
    public async Task<SaveResult<LocationSettings>> SaveLocationAsync(
        string locationId, LocationChange change, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var result = await store.SaveLocationAsync(locationId, change, actor, remoteIp, ct);
        if (result.Saved is not null) await DropCachedAsync([locationId], ct);
        return result;
    }

    public async Task<SaveResult<BotSettings>> SaveBotAsync(
        string botId, BotChange change, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var result = await store.SaveBotAsync(botId, change, actor, remoteIp, ct);
        if (result.Saved is not null) await DropCachedOfAllAsync(ct);
        return result;
    }

    public async Task<SaveResult<SourceSettings>> SaveSourceAsync(
        string sourceId, string? name, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var result = await store.SaveSourceAsync(sourceId, name, actor, remoteIp, ct);
        if (result.Saved is not null) await DropCachedOfAllAsync(ct);
        return result;
    }

    private async Task DropCachedOfAllAsync(CancellationToken ct) =>
        await DropCachedAsync((await store.ListLocationsAsync(ct)).Select(l => l.LocationId), ct);

    private async Task DropCachedAsync(IEnumerable<string> locationIds, CancellationToken ct)
    {
        locations.Invalidate();
        foreach (var id in locationIds) await cache.InvalidateLocationAsync(id, ct);
    }
}
