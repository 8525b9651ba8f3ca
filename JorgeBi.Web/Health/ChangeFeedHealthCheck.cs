using JorgeBi.Data.ChangeFeed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JorgeBi.Web.Health;

/// <summary>Ready only while the change-feed listener is connected: without it pages stop moving.</summary>
public sealed class ChangeFeedHealthCheck(ChangeFeedState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(state.Listening ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("change feed reconnecting"));
}
