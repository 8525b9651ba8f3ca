using JorgeBi.Core.Company;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Insights;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Insights;

public static class InsightsApi
{
    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapInsightsApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/predictive-insights", GetInsights)
            .WithName("GetPredictiveInsights")
            .WithSummary("Short, checkable findings with their evidence and a suggested action")
            .WithTags("Insights");
        reads.MapGet("/anomaly-detection", GetAnomalies)
            .WithName("GetAnomalyDetection")
            .WithSummary("Daily KPI values outside their robust band (median +/- k x MAD of the trailing 28 days; k from sensitivity)")
            .WithTags("Insights");
        return reads;
    }

    private static async Task<Results<Ok<IReadOnlyList<Insight>>, ValidationProblem, ProblemHttpResult>> GetInsights(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "insight_types")] string? insightTypes,
        [FromQuery(Name = "confidence_threshold")] string? confidenceThreshold,
        [FromQuery(Name = "limit")] string? limit,
        HttpContext http, ApiAnswer answer, InsightService insights, IDataAsOfSource freshness, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var types = errors.List("insight_types", insightTypes, InsightTypes.All);
        var threshold = errors.Number("confidence_threshold", confidenceThreshold, 0, 1, 0);
        var max = errors.Integer("limit", limit, 1, 100, 10);
        var resolved = await answer.ScopeAsync(http.User, LocationOnly(locationId), errors, ct, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        DataAsOfHeader.Set(http.Response, await freshness.GetAsync(ct));
        // Insights are findings about one office: for all locations, each office's, titled with it.
        var found = scope.Company is { } members
            ? await CompanyInsights.ListAsync(insights, members, [.. types], threshold, max, ct)
            : await insights.ListAsync(scope.Location.LocationId, [.. types], threshold, max, ct);
        return found is null ? ApiAnswer.UnknownLocation(scope.Location.LocationId) : TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<AnomalyReport>, ValidationProblem, ProblemHttpResult>> GetAnomalies(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "timeframe")] string? timeframe,
        [FromQuery(Name = "sensitivity")] string? sensitivity,
        HttpContext http, ApiAnswer answer, AnomalyService anomalies, IDataAsOfSource freshness, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var window = errors.OneOf("timeframe", timeframe, AnomalyService.Timeframes, "7d")!;
        var k = errors.Number("sensitivity", sensitivity, 0.1, 1.0, 0.5);
        var resolved = await answer.ScopeAsync(http.User, LocationOnly(locationId), errors, ct, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var asOf = await freshness.GetAsync(ct);
        // For all locations: the company's own anomalies, on its combined daily series (see AnomalyService).
        var report = await anomalies.DetectAsync(resolved.Scope!.Locations, window, k, ct);
        return TypedResults.Ok(report.WithDataAsOf(asOf));
    }

    /// <summary>The location alone: these endpoints read their own windows, not the common timeframe.</summary>
    private static BiQuery LocationOnly(string? locationId) => new(locationId, null, null, null, null);
}
