using JorgeBi.Web.Security;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>The rules keyed API endpoints share, for a route group or a single endpoint.</summary>
public static class ApiConventions
{
    /// <summary>The api rate limit and the errors any keyed request may get: 400, 401 (no key), 403 (no scope), 429 and 503.</summary>
    public static TBuilder WithKeyedApiConventions<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder =>
        endpoints
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimiting.Api);

    /// <summary>An administration endpoint: the keyed conventions and the admin scope.</summary>
    public static TBuilder WithAdminConventions<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder =>
        endpoints.WithKeyedApiConventions().RequireAuthorization(ApiPolicies.Admin);

    /// <summary>A posted body names a location, which may not exist, and must be JSON.</summary>
    public static RouteHandlerBuilder WithBodyConventions(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
