using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Api.Leads;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Api.Export;

/// <summary>
/// CSV downloads for the dashboard pages: the same reports as /api/bi/export, but authorised
/// by the sign-in cookie (analysts only) instead of an API key, which a browser page must never hold.
/// </summary>
public static class PageExportEndpoints
{
    public static IEndpointRouteBuilder MapPageExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{report}.csv", ExportApi.GetExport)
            .WithName("PageExportCsv")
            .ExcludeFromDescription()
            .RequireAuthorization(PagePolicies.Analyst)
            .RequireRateLimiting(RateLimiting.Api);
        return app;
    }
}
