using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Freshness;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// The common path of a BI read: validate the query, resolve location and period, answer
/// from the cache or compute, and say which in the X-Cache header. A hit is served as the
/// JSON bytes made for the first hit of that entry.
/// </summary>
public sealed class BiAnswer(BiScopeResolver scopes, ApiCache cache, IDataAsOfSource freshness, IOptions<JsonOptions> json)
{
    public async Task<Results<SerializedOk<T>, ValidationProblem, ProblemHttpResult>> GetAsync<T>(
        HttpContext http, string endpoint, BiQuery query, QueryErrors errors, string parameters,
        Func<BiScope, CancellationToken, Task<T>> compute, IReadOnlyList<string>? timeframes = null, Func<T, bool, T>? markHit = null,
        bool combines = false)
        where T : IHasDataAsOf<T>
    {
        var ct = http.RequestAborted;
        var force = errors.Flag("force_refresh", query.ForceRefresh, false);
        var resolved = await ScopeAsync(http.User, query, errors, ct, timeframes, combines);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        var (answer, hit) = await CachedAsync(endpoint, scope, parameters, Fresh(compute), force, ct);
        http.Response.Headers["X-Cache"] = hit ? "hit" : "miss";
        var body = hit
            ? answer.HitJson ??= Serialize(markHit is null ? answer.Value : markHit(answer.Value, true))
            : Serialize(markHit is null ? answer.Value : markHit(answer.Value, false));
        return new SerializedOk<T>(body);
    }

    private byte[] Serialize<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)json.Value.SerializerOptions.GetTypeInfo(typeof(T)));

    /// <summary>The cached answer for a resolved scope; warm-cache fills the same keys.</summary>
    public Task<(CachedAnswer<T> Answer, bool Hit)> CachedAsync<T>(
        string endpoint, BiScope scope, string parameters, Func<BiScope, CancellationToken, Task<T>> compute, bool force, CancellationToken ct) =>
        cache.GetOrCreateAsync(endpoint, scope.LocationId, scope.CacheKey + "|" + parameters, token => compute(scope, token), force, ct);

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
    public Func<BiScope, CancellationToken, Task<T>> Fresh<T>(Func<BiScope, CancellationToken, Task<T>> compute) where T : IHasDataAsOf<T> =>
        async (scope, ct) =>
        {
            var asOf = await freshness.GetAsync(ct);
            return (await compute(scope, ct)).WithDataAsOf(asOf);
        };

    /// <summary>A location that does not exist, or that the caller may not see: the two answer alike.</summary>
    public static ProblemHttpResult UnknownLocation(string? locationId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown location",
            detail: $"No location '{locationId ?? "default"}'.");

    /// <summary>The location and period alone, for endpoints whose answers are not cached.</summary>
    /// <param name="combines">The endpoint answers for all locations at once; otherwise "all" is a 422.</param>
    public async Task<ResolvedScope> ScopeAsync(
        ClaimsPrincipal user, BiQuery query, QueryErrors errors, CancellationToken ct, IReadOnlyList<string>? timeframes = null, bool combines = false)
    {
        var scope = await scopes.ResolveAsync(user, errors, query.LocationId, query.Timeframe, query.From, query.To, timeframes, ct, combines);
        if (errors.Any) return new(null, TypedResults.ValidationProblem(errors.ToDictionary()), null);
        if (scope is null && CompanyLocations.IsAll(query.LocationId)) return new(null, null, CompanyLocations.NotCombined());
        return scope is null ? new(null, null, UnknownLocation(query.LocationId)) : new(scope, null, null);
    }
}

/// <summary>A resolved scope, or why there is none: invalid parameters, an unknown location, or "all" where locations are not combined.</summary>
public sealed record ResolvedScope(BiScope? Scope, ValidationProblem? Invalid, ProblemHttpResult? Missing);
