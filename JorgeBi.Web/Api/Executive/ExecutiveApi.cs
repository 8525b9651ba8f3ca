using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Executive;

public static class ExecutiveApi
{
    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapExecutiveApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/dashboard-kpis", GetDashboardKpis)
            .WithName("GetDashboardKpis")
            .WithSummary("Every KPI of the period with the previous period, % change, trend points, target status and the commission summary")
            .WithTags("Dashboard");
        return reads;
    }

    private static async Task<Results<SerializedOk<ExecutiveKpis>, ValidationProblem, ProblemHttpResult>> GetDashboardKpis(
        [AsParameters] BiQuery query,
        [FromQuery(Name = "include_comparisons")] string? includeComparisons,
        [FromQuery(Name = "include_trends")] string? includeTrends,
        HttpContext http, ApiAnswer answer, BiReads reads)
    {
        var errors = new QueryErrors();
        var comparisons = errors.Flag("include_comparisons", includeComparisons, true);
        var trends = errors.Flag("include_trends", includeTrends, true);
        return await answer.GetAsync(http, reads.DashboardKpis(comparisons, trends), query, errors,
            markHit: (value, hit) => value with { CacheHit = hit }, combines: true);
    }
}
