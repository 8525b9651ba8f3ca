using JorgeBi.Core.Freshness;
using JorgeBi.Core.Insights;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Insights;

public static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bi/predictive-insights", GetInsights)
            .WithName("GetPredictiveInsights")
            .WithSummary("Short, checkable findings with their evidence and a suggested action")
            .WithTags("Insights")
            .WithBiReadConventions();
        app.MapGet("/api/bi/anomaly-detection", GetAnomalies)
            .WithName("GetAnomalyDetection")
            .WithSummary("Daily KPI values outside their robust band (median +/- k x MAD of the trailing 28 days; k from sensitivity)")
            .WithTags("Insights")
            .WithBiReadConventions();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<Insight>>, ValidationProblem, ProblemHttpResult>> GetInsights(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "insight_types")] string? insightTypes,
        [FromQuery(Name = "confidence_threshold")] string? confidenceThreshold,
        [FromQuery(Name = "limit")] string? limit,
        HttpContext http, InsightService insights, IDataAsOfSource freshness, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var id = LocationAccess.RequestedId(http.User, errors, locationId);
        var types = errors.List("insight_types", insightTypes, InsightTypes.All);
        var threshold = errors.Number("confidence_threshold", confidenceThreshold, 0, 1, 0);
        var max = errors.Integer("limit", limit, 1, 100, 10);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (CompanyLocations.IsAll(id)) return CompanyLocations.NotCombined();
        if (!LocationAccess.MaySee(http.User, id)) return BiAnswer.UnknownLocation(id);
        DataAsOfHeader.Set(http.Response, await freshness.GetAsync(ct));
        var found = await insights.ListAsync(id, [.. types], threshold, max, ct);
        return found is null ? BiAnswer.UnknownLocation(id) : TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<AnomalyReport>, ValidationProblem, ProblemHttpResult>> GetAnomalies(
        [FromQuery(Name = "location_id")] string? locationId,
        [FromQuery(Name = "timeframe")] string? timeframe,
        [FromQuery(Name = "sensitivity")] string? sensitivity,
        HttpContext http, AnomalyService anomalies, IDataAsOfSource freshness, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var id = LocationAccess.RequestedId(http.User, errors, locationId);
        var window = errors.OneOf("timeframe", timeframe, AnomalyService.Timeframes, "7d")!;
        var k = errors.Number("sensitivity", sensitivity, 0.1, 1.0, 0.5);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (CompanyLocations.IsAll(id)) return CompanyLocations.NotCombined();
        if (!LocationAccess.MaySee(http.User, id)) return BiAnswer.UnknownLocation(id);
        var asOf = await freshness.GetAsync(ct);
        var report = await anomalies.DetectAsync(id, window, k, ct);
        return report is null ? BiAnswer.UnknownLocation(id) : TypedResults.Ok(report.WithDataAsOf(asOf));
    }
}
