using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JorgeBi.Web.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// /health/live runs no check (the process answers); /health/ready runs the readiness
    /// checks. Both answer with a status word only: no internals for anonymous callers.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteStatus });
        return app;
    }

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["status"] = report.Status switch
            {
                HealthStatus.Healthy => "healthy",
                // Ready, but behind: e.g. the aggregator lags more than Aggregator:MaxLag.
                HealthStatus.Degraded => "degraded",
                _ => "unhealthy",
            },
            ["checked_at"] = DateTimeOffset.UtcNow.ToString("O"),
        });
    }
}
