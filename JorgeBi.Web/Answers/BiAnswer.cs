using JorgeBi.Core.Freshness;

namespace JorgeBi.Web.Answers;

/// <summary>
/// BI answers for a resolved scope, from the cache or computed, for the API and the pages alike.
/// Every entry is dropped when an event for its location lands (see <see cref="ApiCache"/>).
/// </summary>
public sealed class BiAnswer(ApiCache cache, IDataAsOfSource freshness)
{
    /// <summary>The cached answer of a read for a scope, saying how fresh its data is; warm-cache fills the same keys.</summary>
    public Task<(CachedAnswer<T> Answer, bool Hit)> CachedAsync<T>(BiRead<T> read, BiScope scope, bool force, CancellationToken ct)
        where T : IHasDataAsOf<T> =>
        cache.GetOrCreateAsync(read.Endpoint, scope.LocationId, scope.CacheKey + "|" + read.Parameters, token => Fresh(read.Compute)(scope, token), force, ct);

    /// <summary>
    /// What a page shows for a scope, cached like the API's answers and dropped with them when
    /// an event for the location lands. The interactive render that follows the prerender finds
    /// the answer there and shows it at once, instead of swapping the prerendered page for
    /// skeletons and computing it again.
    /// </summary>
    /// <param name="force">Computes anew and replaces the cached answer, for an explicit refresh.</param>
    /// <param name="expiration">Shorter than the default for answers that age with the clock, not only with new events.</param>
    public async Task<T> ForPageAsync<T>(string page, BiScope scope, string parameters, Func<BiScope, CancellationToken, Task<T>> compute,
        bool force = false, TimeSpan? expiration = null) =>
        (await cache.GetOrCreateAsync("page:" + page, scope.LocationId, scope.CacheKey + "|" + parameters,
            token => compute(scope, token), force, default, expiration)).Answer.Value;

    /// <summary>
    /// The computation, with its answer saying how fresh its data is. The position is read
    /// before the numbers, so the answer holds at least every event up to it.
    /// </summary>
    private Func<BiScope, CancellationToken, Task<T>> Fresh<T>(Func<BiScope, CancellationToken, Task<T>> compute) where T : IHasDataAsOf<T> =>
        async (scope, ct) =>
        {
            var asOf = await freshness.GetAsync(ct);
            return (await compute(scope, ct)).WithDataAsOf(asOf);
        };
}
