using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JorgeBi.Core.Freshness;
using JorgeBi.Web.Answers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// The common path of a BI read over HTTP: validate the query, resolve location and period,
/// answer from the cache or compute, and say which in the X-Cache header. A hit is served as
/// the JSON bytes made for the first hit of that entry.
/// </summary>
public sealed class ApiAnswer(BiScopeResolver scopes, BiAnswer answers, IOptions<JsonOptions> json)
{
    public async Task<Results<SerializedOk<T>, ValidationProblem, ProblemHttpResult>> GetAsync<T>(
        HttpContext http, BiRead<T> read, BiQuery query, QueryErrors errors,
        IReadOnlyList<string>? timeframes = null, Func<T, bool, T>? markHit = null, bool combines = false)
        where T : IHasDataAsOf<T>
    {
        var ct = http.RequestAborted;
        var force = errors.Flag("force_refresh", query.ForceRefresh, false);
        var resolved = await ScopeAsync(http.User, query, errors, ct, timeframes, combines);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var (answer, hit) = await answers.CachedAsync(read, resolved.Scope!, force, ct);
        http.Response.Headers["X-Cache"] = hit ? "hit" : "miss";
        var body = hit
            ? answer.HitJson ??= Serialize(markHit is null ? answer.Value : markHit(answer.Value, true))
            : Serialize(markHit is null ? answer.Value : markHit(answer.Value, false));
        return new SerializedOk<T>(body);
    }

    private byte[] Serialize<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)json.Value.SerializerOptions.GetTypeInfo(typeof(T)));

    /// <summary>The location and period alone, for endpoints whose answers are not cached.</summary>
    /// <param name="combines">The endpoint answers for all locations at once; otherwise "all" is a 422.</param>
    public async Task<ResolvedScope> ScopeAsync(
        ClaimsPrincipal user, BiQuery query, QueryErrors errors, CancellationToken ct, IReadOnlyList<string>? timeframes = null, bool combines = false)
    {
        var scope = await scopes.ResolveAsync(user, errors, query.LocationId, query.Timeframe, query.From, query.To, timeframes, ct, combines);
        if (errors.Any) return new(null, TypedResults.ValidationProblem(errors.ToDictionary()), null);
        if (scope is null && CompanyLocations.IsAll(query.LocationId)) return new(null, null, NotCombined());
        return scope is null ? new(null, null, UnknownLocation(query.LocationId)) : new(scope, null, null);
    }

    /// <summary>A location that does not exist, or that the caller may not see: the two answer alike.</summary>
    public static ProblemHttpResult UnknownLocation(string? locationId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown location",
            detail: $"No location '{locationId ?? "default"}'.");

    /// <summary>The 422 of an endpoint that does not combine locations, naming location_id.</summary>
    public static ProblemHttpResult NotCombined() =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["location_id"] = [NotCombinedMessage],
        })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "All locations cannot be combined here",
            Detail = NotCombinedMessage,
            Type = ApiProblem.TypeFor(StatusCodes.Status422UnprocessableEntity),
        });

    public const string NotCombinedMessage = "This answer is given for one location at a time: name a location instead of 'all'.";
}

/// <summary>A resolved scope, or why there is none: invalid parameters, an unknown location, or "all" where locations are not combined.</summary>
public sealed record ResolvedScope(BiScope? Scope, ValidationProblem? Invalid, ProblemHttpResult? Missing);
