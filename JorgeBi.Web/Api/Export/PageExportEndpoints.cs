using JorgeBi.Core.DrillDown;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Export;

/// <summary>
/// CSV downloads for the dashboard pages: the same reports as /api/bi/export, but authorised
/// by the sign-in cookie (analysts only) instead of an API key, which a browser page must never hold.
/// </summary>
public static class PageExportEndpoints
{
    public static IEndpointRouteBuilder MapPageExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{report}.csv", GetExport)
            .WithName("PageExportCsv")
            .ExcludeFromDescription()
            .RequireAuthorization(PagePolicies.Analyst)
            .RequireRateLimiting(RateLimiting.Api);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> GetExport(
        string report, [AsParameters] BiQuery query, HttpContext http, BiAnswer answer, CsvExportService export)
    {
        var ct = http.RequestAborted;
        if (!CsvExportService.Reports.Contains(report))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown report",
                detail: $"Reports: {string.Join(", ", CsvExportService.Reports)}.");
        }
        var resolved = await answer.ScopeAsync(query, new QueryErrors(), ct);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition =
            $"attachment; filename=\"jorgebi-{report}-{scope.Location.LocationId}-{scope.Period.Start:yyyyMMdd}-{scope.Period.End.AddDays(-1):yyyyMMdd}.csv\"";
        // Rows are written as they are read: a year of leads never sits in memory.
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        await export.WriteAsync(report, scope.Location, scope.Period, writer, ct);
        return TypedResults.Empty;
    }
}
