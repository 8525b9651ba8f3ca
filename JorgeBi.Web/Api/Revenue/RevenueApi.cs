using JorgeBi.Core.Revenue;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Revenue;

public static class RevenueApi
{
    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapRevenueApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/revenue-intelligence", GetRevenueIntelligence)
            .WithName("GetRevenueIntelligence")
            .WithSummary("Revenue and commission over time, breakdown by source, bot or agent, cost per lead and ROI, and the commission forecast with 80 %/95 % intervals and its backtest")
            .WithTags("Revenue");
        return reads;
    }

    private static Task<Results<SerializedOk<RevenueIntelligence>, ValidationProblem, ProblemHttpResult>> GetRevenueIntelligence(
        [AsParameters] BiQuery query,
        [FromQuery(Name = "include_forecast")] string? includeForecast,
        [FromQuery(Name = "forecast_days")] string? forecastDays,
        [FromQuery(Name = "group_by")] string? groupBy,
        HttpContext http, ApiAnswer answer, BiReads reads)
    {
        var errors = new QueryErrors();
        var request = new RevenueRequest(query.LocationId ?? "")
        {
            IncludeForecast = errors.Flag("include_forecast", includeForecast, true),
            ForecastDays = errors.Integer("forecast_days", forecastDays, CommissionForecaster.MinDays, CommissionForecaster.MaxDays, 90),
            GroupBy = RevenueGroupings.TryParse(groupBy, out var g) ? g : Invalid(errors, groupBy),
        };
        return answer.GetAsync(http, reads.RevenueIntelligence(request), query, errors, combines: true);
    }

    private static RevenueGroupBy Invalid(QueryErrors errors, string? groupBy)
    {
        if (!string.IsNullOrEmpty(groupBy)) errors.Add("group_by", $"Must be one of: {string.Join(", ", RevenueGroupings.Names)}.");
        return RevenueGroupBy.Source;
    }
}
