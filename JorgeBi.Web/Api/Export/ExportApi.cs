using JorgeBi.Core.Export;
using JorgeBi.Core.Leads;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Export;

public static class ExportApi
{
    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapExportApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/export/{report}.csv", GetExport)
            .WithName("ExportCsv")
            .WithSummary($"A report as CSV ({string.Join(", ", ExportService.Reports)}), for the same location and period parameters as the JSON endpoints; for location_id=all the row lists start with location_id and summaries are the combined ones")
            .WithTags("Export")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .AddOpenApiOperationTransformer((operation, _, _) => ReportParameter.EnumerateAsync(operation, ExportService.Reports));
        return reads;
    }

    /// <summary>Also serves the pages' cookie-authorised downloads (<see cref="Export.PageExportEndpoints"/>).</summary>
    internal static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> GetExport(
        string report, [Microsoft.AspNetCore.Http.AsParameters] BiQuery query, HttpContext http, ApiAnswer answer, ExportService export)
    {
        var ct = http.RequestAborted;
        if (!ExportService.Reports.Contains(report))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown report",
                detail: $"Reports: {string.Join(", ", ExportService.Reports)}.");
        }
        var resolved = await answer.ScopeAsync(http.User, query, new QueryErrors(), ct, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        // Rows are written as they are read: a year of leads never sits in memory.
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"jorgebi-{report}-{scope.Location.LocationId}-{scope.Period.Start:yyyyMMdd}-{scope.Period.End.AddDays(-1):yyyyMMdd}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        if (scope.Company is { } locations) await export.WriteCompanyAsync(report, locations, writer, ct);
        else await export.WriteAsync(report, scope.Location, scope.Period, writer, ct);
        return TypedResults.Empty;
    }
}
