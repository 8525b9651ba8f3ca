using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace JorgeBi.Web.Answers;

public sealed record CacheEndpointStats(string Endpoint, long Hits, long Misses, double HitRate);

/// <summary>
/// Answers cached per (endpoint, parameters) in HybridCache, which also collapses
/// concurrent misses for one key into a single computation. A committed event for a location
/// drops all of its answers at once: the key names the location's generation, counted up by
/// each drop. A computation that began before the drop may have read the numbers without the
/// event, so a read after the drop must neither join it nor find what it stores when it ends.
/// A drop removes the keys of the older generations, and an answer that ends after a drop is
/// removed at once: under a steady stream of events each drop would otherwise leave a dead
/// copy of every key read, for the entries' whole lifetime.
/// </summary>
public sealed class ApiCache(HybridCache cache)
{
    private static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    private readonly ConcurrentDictionary<string, Counter> _stats = new();
    private readonly ConcurrentDictionary<string, (string LocationId, long Generation)> _keys = new();
    private readonly ConcurrentDictionary<string, long> _generations = new();

    /// <summary>The cached answer, or a fresh one; <c>Hit</c> says which.</summary>
    /// <param name="expiration">Shorter than the default for answers that age with the clock, not only with new events.</param>
    public async Task<(CachedAnswer<T> Answer, bool Hit)> GetOrCreateAsync<T>(
        string endpoint, string locationId, string parameters, Func<CancellationToken, Task<T>> compute, bool forceRefresh, CancellationToken ct,
        TimeSpan? expiration = null)
    {
        var generation = _generations.GetValueOrDefault(locationId);
        var key = $"{endpoint}|{locationId}|{generation}|{parameters}";
        var computed = false;
        var flags = forceRefresh ? HybridCacheEntryFlags.DisableLocalCacheRead | HybridCacheEntryFlags.DisableDistributedCacheRead : HybridCacheEntryFlags.None;
        var box = await cache.GetOrCreateAsync(key, async token =>
        {
            computed = true;
            return new CachedAnswer<T>(await compute(token));
        }, new HybridCacheEntryOptions
        {
            Expiration = expiration ?? EntryOptions.Expiration,
            LocalCacheExpiration = expiration ?? EntryOptions.LocalCacheExpiration,
            Flags = flags,
        }, cancellationToken: ct);
        // Dropped meanwhile: no read asks for this generation again.
        if (_generations.GetValueOrDefault(locationId) == generation) _keys.TryAdd(key, (locationId, generation));
        else await cache.RemoveAsync(key, ct);
        var counter = _stats.GetOrAdd(endpoint, _ => new Counter());
        if (computed) Interlocked.Increment(ref counter.Misses); else Interlocked.Increment(ref counter.Hits);
        return (box, !computed);
    }

    /// <summary>Drops the answers of a location, and of all locations together (location_id=all), which hold its numbers too.</summary>
    public async Task InvalidateLocationAsync(string locationId, CancellationToken ct = default)
    {
        // First the generations, so no read from here on joins or finds an answer computed before.
        var ids = new[] { locationId, CompanyLocations.All }.Distinct().ToList();
        foreach (var id in ids) _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
        var older = _keys.Where(k => ids.Contains(k.Value.LocationId) && k.Value.Generation < _generations[k.Value.LocationId]).Select(k => k.Key).ToList();
        foreach (var key in older) _keys.TryRemove(key, out _);
        await cache.RemoveAsync(older, ct);
    }

    public IReadOnlyList<CacheEndpointStats> Statistics() =>
        _stats.OrderBy(s => s.Key).Select(s =>
        {
            long hits = Interlocked.Read(ref s.Value.Hits), misses = Interlocked.Read(ref s.Value.Misses);
            return new CacheEndpointStats(s.Key, hits, misses, hits + misses == 0 ? 0 : (double)hits / (hits + misses));
        }).ToList();

    /// <summary>Keys of the current generations (an upper bound: entries also expire).</summary>
    public int Entries => _keys.Count;

    private sealed class Counter
    {
        public long Hits;
        public long Misses;
    }
}
