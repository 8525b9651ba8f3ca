using JorgeBi.Core.Company;
using JorgeBi.Core.Revenue;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Revenue;

public static class RevenueApi
{
    public static IEndpointRouteBuilder MapRevenueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bi/revenue-intelligence", GetRevenueIntelligence)
            .WithName("GetRevenueIntelligence")
            .WithSummary("Revenue and commission over time, breakdown by source, bot or agent, cost per lead and ROI, and the commission forecast with 80 %/95 % intervals and its backtest")
            .WithTags("Revenue")
            .WithBiReadConventions();
        return app;
    }

    private static Task<Results<SerializedOk<RevenueIntelligence>, ValidationProblem, ProblemHttpResult>> GetRevenueIntelligence(
        [AsParameters] BiQuery query,
        [FromQuery(Name = "include_forecast")] string? includeForecast,
        [FromQuery(Name = "forecast_days")] string? forecastDays,
        [FromQuery(Name = "group_by")] string? groupBy,
        HttpContext http, BiAnswer answer, RevenueIntelligenceService revenue)
    {
        var errors = new QueryErrors();
        var request = new RevenueRequest(query.LocationId ?? "")
        {
            IncludeForecast = errors.Flag("include_forecast", includeForecast, true),
            ForecastDays = errors.Integer("forecast_days", forecastDays, CommissionForecaster.MinDays, CommissionForecaster.MaxDays, 90),
            GroupBy = RevenueGroupings.TryParse(groupBy, out var g) ? g : Invalid(errors, groupBy),
        };
        return answer.GetAsync(http, Endpoint, query, errors, Parameters(request), Compute(revenue, request), combines: true);
    }

    internal const string Endpoint = "revenue-intelligence";

    internal static string Parameters(RevenueRequest r) => $"forecast={r.IncludeForecast}&days={r.ForecastDays}&group={r.GroupBy}";

    internal static Func<BiScope, CancellationToken, Task<RevenueIntelligence>> Compute(RevenueIntelligenceService revenue, RevenueRequest request) =>
        (scope, ct) => scope.Company is { } members
            ? CompanyRevenue.ForPeriodAsync(revenue, scope.LocationId, scope.Period, members, request, ct)
            : revenue.ForPeriodAsync(scope.Location, scope.Period, request, ct);

    private static RevenueGroupBy Invalid(QueryErrors errors, string? groupBy)
    {
        if (!string.IsNullOrEmpty(groupBy)) errors.Add("group_by", $"Must be one of: {string.Join(", ", RevenueGroupings.Names)}.");
        return RevenueGroupBy.Source;
    }
}
