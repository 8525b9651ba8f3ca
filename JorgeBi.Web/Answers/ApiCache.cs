using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace JorgeBi.Web.Answers;

public sealed record CacheEndpointStats(string Endpoint, long Hits, long Misses, double HitRate);

/// <summary>
/// Answers cached per (endpoint, parameters) in HybridCache, which also collapses
/// concurrent misses for one key into a single computation. Every entry is tagged with its
/// location so a committed event for that location drops them all at once. The key also names
/// the location's generation, counted up by each drop: a computation that began before the drop
/// may have read the numbers without the event, and a read after the drop must neither join it
/// nor find what it stores when it ends.
/// </summary>
public sealed class ApiCache(HybridCache cache)
{
    private static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    private readonly ConcurrentDictionary<string, Counter> _stats = new();
    private readonly ConcurrentDictionary<string, string> _keyLocations = new();
    private readonly ConcurrentDictionary<string, long> _generations = new();

    /// <summary>The cached answer, or a fresh one; <c>Hit</c> says which.</summary>
    /// <param name="expiration">Shorter than the default for answers that age with the clock, not only with new events.</param>
    public async Task<(CachedAnswer<T> Answer, bool Hit)> GetOrCreateAsync<T>(
        string endpoint, string locationId, string parameters, Func<CancellationToken, Task<T>> compute, bool forceRefresh, CancellationToken ct,
        TimeSpan? expiration = null)
    {
        var key = $"{endpoint}|{locationId}|{_generations.GetValueOrDefault(locationId)}|{parameters}";
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
        },
        [LocationTag(locationId)], ct);
        _keyLocations.TryAdd(key, locationId);
        var counter = _stats.GetOrAdd(endpoint, _ => new Counter());
        if (computed) Interlocked.Increment(ref counter.Misses); else Interlocked.Increment(ref counter.Hits);
        return (box, !computed);
    }

    /// <summary>Drops the answers of a location, and of all locations together (location_id=all), which hold its numbers too.</summary>
    public async Task InvalidateLocationAsync(string locationId, CancellationToken ct = default)
    {
        // First the generations, so no read from here on joins or finds an answer computed before.
        foreach (var id in new[] { locationId, CompanyLocations.All }.Distinct()) _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
        await cache.RemoveByTagAsync([LocationTag(locationId), LocationTag(CompanyLocations.All)], ct);
        foreach (var (key, id) in _keyLocations)
            if (id == locationId || id == CompanyLocations.All) _keyLocations.TryRemove(key, out _);
    }

    public IReadOnlyList<CacheEndpointStats> Statistics() =>
        _stats.OrderBy(s => s.Key).Select(s =>
        {
            long hits = Interlocked.Read(ref s.Value.Hits), misses = Interlocked.Read(ref s.Value.Misses);
            return new CacheEndpointStats(s.Key, hits, misses, hits + misses == 0 ? 0 : (double)hits / (hits + misses));
        }).ToList();

    /// <summary>Keys cached since their location was last invalidated (an upper bound: entries also expire).</summary>
    public int Entries => _keyLocations.Count;

    private static string LocationTag(string locationId) => "location:" + locationId;

    private sealed class Counter
    {
        public long Hits;
        public long Misses;
    }
}
