using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Live;

/// <summary>The live counters over HTTP; the metrics hub pushes the same snapshot.</summary>
public static class LiveApi
{
    private const string Endpoint = "real-time-metrics";

    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapLiveApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/real-time-metrics", GetRealTimeMetrics)
            .WithName("GetRealTimeMetrics")
            .WithSummary("Live counters: today and the last 5 minutes, active conversations, events per minute, last event")
            .WithTags("Live");
        return reads;
    }

    private static async Task<Results<Ok<LiveMetrics>, ValidationProblem, ProblemHttpResult>> GetRealTimeMetrics(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "components")] string? components,
        [FromQuery(Name = "force_refresh")] string? forceRefresh,
        HttpContext http, ApiAnswer answer, ApiCache cache, LiveMetricsService live)
    {
        var errors = new QueryErrors();
        errors.List("components", components, LiveComponents.All);
        var force = errors.Flag("force_refresh", forceRefresh, false);
        // Live is always today and now: only the location is resolved, and for all locations each one's own today.
        var resolved = await answer.ScopeAsync(http.User, new BiQuery(locationId, null, null, null, forceRefresh), errors, http.RequestAborted, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        var (cached, hit) = await cache.GetOrCreateAsync(Endpoint, scope.LocationId, LiveKey(scope),
            token => live.GetAsync(scope.Locations, token), force, http.RequestAborted, BiReads.LiveExpiration);
        http.Response.Headers["X-Cache"] = hit ? "hit" : "miss";
        return TypedResults.Ok(cached.Value);
    }

    /// <summary>"All" differs by caller (the locations each may see), so its entry names them.</summary>
    private static string LiveKey(BiScope scope) => scope.Company is null ? "" : string.Join(',', scope.Locations.Select(l => l.LocationId));
}
