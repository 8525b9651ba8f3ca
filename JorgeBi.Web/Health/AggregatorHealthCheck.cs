using System.Globalization;
using JorgeBi.Data.Aggregation;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Web.Health;

/// <summary>
/// The aggregator's lag behind the event log. Degraded (still ready: every instance reads
/// the same database, so sending traffic elsewhere would not help) once the oldest unapplied
/// event waited longer than Aggregator:MaxLag; the description says by how much and which
/// role this instance plays.
/// </summary>
public sealed class AggregatorHealthCheck(LogPositionQueries positions, AggregatorState state, IOptions<AggregatorOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        AggregatorLag lag;
        try
        {
            lag = await positions.LagAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("aggregator position unreadable");
        }
        var role = state.LastError is { } error ? $"{state.Role} ({error})" : state.Role;
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{role}; applied to {lag.AppliedSeq:N0} of {lag.LogSeq:N0}; {lag.EventsBehind:N0} events, {lag.MillisecondsBehind:F0} ms behind");
        var data = new Dictionary<string, object>
        {
            ["role"] = state.Role,
            ["applied_seq"] = lag.AppliedSeq,
            ["events_behind"] = lag.EventsBehind,
            ["ms_behind"] = lag.MillisecondsBehind,
        };
        return lag.MillisecondsBehind > options.Value.MaxLag.TotalMilliseconds
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
