using JorgeBi.Web.Resilience;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Api.Infrastructure;

public static class ApiConventions
{
    /// <summary>What every BI read shares: the bi:read scope, the api rate limit, retries of transient database errors, and its documented errors (422: location_id=all where locations are not combined).</summary>
    public static RouteHandlerBuilder WithBiReadConventions(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(ApiPolicies.BiRead)
            .RequireRateLimiting(RateLimiting.Api)
            .AddEndpointFilter<RetryReadsFilter>();
}
