using JorgeBi.Core.Analytics;
using JorgeBi.Core.Company;
using JorgeBi.Core.Realtime;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Dashboard;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bi/dashboard-kpis", GetDashboardKpis)
            .WithName("GetDashboardKpis")
            .WithSummary("Every KPI of the period with the previous period, % change, trend points, target status and the commission summary")
            .WithTags("Dashboard")
            .WithBiReadConventions();
        app.MapGet("/api/bi/real-time-metrics", GetRealTimeMetrics)
            .WithName("GetRealTimeMetrics")
            .WithSummary("Live counters: today and the last 5 minutes, active conversations, events per minute, last event")
            .WithTags("Dashboard")
            .WithBiReadConventions();
        return app;
    }

    private static async Task<Results<SerializedOk<ExecutiveKpis>, ValidationProblem, ProblemHttpResult>> GetDashboardKpis(
        [AsParameters] BiQuery query,
        [FromQuery(Name = "include_comparisons")] string? includeComparisons,
        [FromQuery(Name = "include_trends")] string? includeTrends,
        HttpContext http, BiAnswer answer, ExecutiveKpiService kpis, CompanyKpiService company)
    {
        var errors = new QueryErrors();
        var comparisons = errors.Flag("include_comparisons", includeComparisons, true);
        var trends = errors.Flag("include_trends", includeTrends, true);
        return await answer.GetAsync(http, Endpoint, query, errors, Parameters(comparisons, trends), Compute(kpis, company, comparisons, trends),
            markHit: (value, hit) => value with { CacheHit = hit }, combines: true);
    }

    internal const string Endpoint = "dashboard-kpis";

    internal static string Parameters(bool comparisons, bool trends) => $"comparisons={comparisons}&trends={trends}";

    internal static Func<BiScope, CancellationToken, Task<ExecutiveKpis>> Compute(
        ExecutiveKpiService kpis, CompanyKpiService company, bool comparisons, bool trends) =>
        async (scope, ct) =>
        {
            var result = scope.Company is { } members
                ? await company.GetAsync(members, trends, ct)
                : await kpis.GetAsync(scope.Location, scope.Period, trends, ct);
            return comparisons ? result : result with { Comparisons = new Dictionary<string, double?>() };
        };

    internal const string RealtimeEndpoint = "real-time-metrics";

    /// <summary>
    /// The last five minutes slide with the clock, so a cached snapshot lives a few seconds
    /// even when no event lands; a landing event drops it at once, like every BI answer.
    /// </summary>
    internal static readonly TimeSpan RealtimeExpiration = TimeSpan.FromSeconds(5);

    private static async Task<Results<Ok<RealtimeMetrics>, ValidationProblem, ProblemHttpResult>> GetRealTimeMetrics(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "components")] string? components,
        [FromQuery(Name = "force_refresh")] string? forceRefresh,
        HttpContext http, BiAnswer answer, ApiCache cache, RealtimeMetricsService realtime)
    {
        var errors = new QueryErrors();
        errors.List("components", components, RealtimeComponents.All);
        var force = errors.Flag("force_refresh", forceRefresh, false);
        // Live is always today and now: only the location is resolved, and for all locations each one's own today.
        var resolved = await answer.ScopeAsync(http.User, new BiQuery(locationId, null, null, null, forceRefresh), errors, http.RequestAborted, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        var (cached, hit) = await cache.GetOrCreateAsync(RealtimeEndpoint, scope.LocationId, RealtimeKey(scope),
            token => realtime.GetAsync(scope.Locations, token), force, http.RequestAborted, RealtimeExpiration);
        http.Response.Headers["X-Cache"] = hit ? "hit" : "miss";
        return TypedResults.Ok(cached.Value);
    }

    /// <summary>"All" differs by caller (the locations each may see), so its entry names them.</summary>
    private static string RealtimeKey(BiScope scope) => scope.Company is null ? "" : string.Join(',', scope.Locations.Select(l => l.LocationId));
}
