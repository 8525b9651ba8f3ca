using System.Text.Json;
using JorgeBi.Core.Events;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Admin;

public sealed record CacheAnalytics(long Hits, long Misses, double HitRate, int Entries, IReadOnlyList<CacheEndpointStats> ByEndpoint);

public sealed record AggregationRequest
{
    public string? LocationId { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}

public sealed record AggregationResult(string LocationId, long RowsTouched, double Seconds);

public sealed record WarmCacheRequest
{
    public string? LocationId { get; init; }
    public string[]? Timeframes { get; init; }
}

public sealed record WarmCacheResult(string LocationId, int Precomputed, IReadOnlyList<string> Endpoints, IReadOnlyList<string> Timeframes);

public static class AdminApi
{
    private static readonly JsonSerializerOptions BodyOptions = JsonBody.Options(maxDepth: 8);

    /// <summary>Maps onto the admin part of the BI group (<see cref="BiApi"/>), which carries the admin scope and the rate limit.</summary>
    internal static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder admin)
    {
        admin.WithTags("Admin");
        admin.MapGet("/cache-analytics", GetCacheAnalytics)
            .WithName("GetCacheAnalytics")
            .WithSummary("Cache hits, misses, hit rate and entries, by endpoint");
        admin.MapPost("/trigger-aggregation", PostTriggerAggregation)
            .WithName("TriggerAggregation")
            .WithSummary("Rebuild a location's rollups and snapshots from its facts")
            .WithDescription("Rebuilds the whole history of the location: distinct counts and lead/deal snapshots span periods, so a partial rebuild could not be exact. `from`/`to` are validated but do not narrow the rebuild.")
            .Accepts<AggregationRequest>("application/json")
            .WithBodyConventions();
        admin.MapPost("/warm-cache", PostWarmCache)
            .WithName("WarmCache")
            .WithSummary("Precompute the dashboard, bot and revenue answers for the given timeframes (default: all)")
            .Accepts<WarmCacheRequest>("application/json")
            .WithBodyConventions();
        return admin;
    }

    private static Ok<CacheAnalytics> GetCacheAnalytics(ApiCache cache)
    {
        var stats = cache.Statistics();
        long hits = stats.Sum(s => s.Hits), misses = stats.Sum(s => s.Misses);
        return TypedResults.Ok(new CacheAnalytics(hits, misses, hits + misses == 0 ? 0 : (double)hits / (hits + misses), cache.Entries, stats));
    }

    private static async Task<Results<Ok<AggregationResult>, ValidationProblem, ProblemHttpResult>> PostTriggerAggregation(
        HttpRequest http, LocationAccess locations, EventStore store, ApiCache cache, AuditLog audit, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<AggregationRequest>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var body = read.Body!;
        var errors = new QueryErrors();
        var locationId = errors.LocationId(body.LocationId);
        var from = errors.Date("from", body.From);
        var to = errors.Date("to", body.To);
        if (from > to) errors.Add("from", "Must not be after to.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (CompanyLocations.IsAll(locationId)) return ApiAnswer.NotCombined();
        if (await locations.FindAsync(http.HttpContext.User, locationId, ct) is null) return ApiAnswer.UnknownLocation(locationId);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var rows = await store.RebuildRollupsAsync(locationId, ct);
        await cache.InvalidateLocationAsync(locationId, ct);
        await audit.WriteAsync(AuditCaller.Actor(http), "rollups.rebuild", locationId, remoteIp: AuditCaller.RemoteIp(http), ct: ct);
        return TypedResults.Ok(new AggregationResult(locationId, rows, Math.Round(started.Elapsed.TotalSeconds, 3)));
    }

    private static async Task<Results<Ok<WarmCacheResult>, ValidationProblem, ProblemHttpResult>> PostWarmCache(
        HttpRequest http, BiScopeResolver scopes, BiAnswer answer, BiReads reads, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<WarmCacheRequest>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var errors = new QueryErrors();
        var timeframes = errors.List("timeframes", read.Body!.Timeframes is { } t ? string.Join(",", t) : null, Timeframes.All);
        // The options the endpoints default to, so a plain request finds the warmed answers.
        var kpis = reads.DashboardKpis(comparisons: true, trends: true);
        var bots = reads.BotPerformance(alerts: true);
        var revenue = reads.RevenueIntelligence(new RevenueRequest(read.Body.LocationId ?? ""));
        foreach (var timeframe in timeframes)
        {
            var scope = await scopes.ResolveAsync(http.HttpContext.User, errors, read.Body.LocationId, timeframe, null, null, null, ct);
            if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
            if (CompanyLocations.IsAll(read.Body.LocationId)) return ApiAnswer.NotCombined();
            if (scope is null) return ApiAnswer.UnknownLocation(read.Body.LocationId);
            await answer.CachedAsync(kpis, scope, force: true, ct);
            await answer.CachedAsync(bots, scope, force: true, ct);
            await answer.CachedAsync(revenue, scope, force: true, ct);
        }
        string[] endpoints = [kpis.Endpoint, bots.Endpoint, revenue.Endpoint];
        var location = read.Body.LocationId ?? Domain.DefaultLocation;
        return TypedResults.Ok(new WarmCacheResult(location, endpoints.Length * timeframes.Count, endpoints, timeframes));
    }
}
