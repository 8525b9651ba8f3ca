using JorgeBi.Core.Kpis;

namespace JorgeBi.Data.Kpis;

/// <summary>
/// Every BI request looks its location up, and locations hardly change (the first event
/// naming one adds it), so they are kept in memory for <see cref="Lifetime"/> instead of
/// read per request. An id the snapshot lacks is looked up at once, so a new location
/// never waits. A settings change drops the snapshot at once (<see cref="Invalidate"/>, on
/// every instance through the change feed); the lifetime bounds anything else, such as a
/// change made with SQL.
/// </summary>
public sealed class LocationCache(LocationQueries queries, TimeProvider clock) : ILocationSource
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<LocationInfo> All, IReadOnlyDictionary<string, LocationInfo> ById, DateTimeOffset LoadedAt);

    public async Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default)
    {
        if ((await CurrentAsync(ct)).ById.TryGetValue(locationId, out var location)) return location;
        location = await queries.FindAsync(locationId, ct);
        if (location is not null) _snapshot = null;
        return location;
    }

    public void Invalidate() => _snapshot = null;

    /// <summary>
    /// Drops the snapshot when it lacks <paramref name="locationId"/>: a location whose events
    /// the change feed reports before the list knew it (its first events, or a row added with
    /// SQL) is in every list from then on, not only after the lifetime.
    /// </summary>
    public void InvalidateIfUnknown(string locationId)
    {
        if (_snapshot is { } loaded && !loaded.ById.ContainsKey(locationId)) _snapshot = null;
    }

    public async Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) => (await CurrentAsync(ct)).All;

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } fresh && now - fresh.LoadedAt < Lifetime) return fresh;
        var all = await queries.ListAsync(ct);
        var loaded = new Snapshot(all, all.ToDictionary(l => l.LocationId, StringComparer.Ordinal), now);
        _snapshot = loaded;
        return loaded;
    }
}
