using JorgeBi.Web.Api.Admin;
using JorgeBi.Web.Api.Bots;
using JorgeBi.Web.Api.Executive;
using JorgeBi.Web.Api.Export;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Api.Insights;
using JorgeBi.Web.Api.Leads;
using JorgeBi.Web.Api.Live;
using JorgeBi.Web.Api.Revenue;
using JorgeBi.Web.Resilience;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Api;

/// <summary>
/// The one way into /api/bi: a route group that gives every endpoint under it the api rate
/// limit and its documented errors, reads the bi:read scope and retries of transient database
/// errors, and administration the admin scope. Endpoint files map onto the group they are
/// handed and add only what is their own, so a new endpoint cannot forget the rules.
/// </summary>
public static class BiApi
{
    public const string Prefix = "/api/bi";

    public static IEndpointRouteBuilder MapBiApi(this IEndpointRouteBuilder app)
    {
        var bi = app.MapGroup(Prefix).WithKeyedApiConventions();
        // A read runs twice with no effect, so it may be retried; administration writes and is not.
        // 404: a location that does not exist or is not the caller's; 422: location_id=all where locations are not combined.
        var reads = bi.MapGroup("")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(ApiPolicies.BiRead)
            .AddEndpointFilter<RetryReadsFilter>();
        reads.MapExecutiveApi();
        reads.MapLiveApi();
        reads.MapInsightsApi();
        reads.MapBotsApi();
        reads.MapRevenueApi();
        reads.MapLeadsApi();
        reads.MapExportApi();
        bi.MapGroup("").RequireAuthorization(ApiPolicies.Admin).MapAdminApi();
        return app;
    }
}
