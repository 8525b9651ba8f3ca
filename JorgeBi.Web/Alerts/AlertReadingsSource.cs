using JorgeBi.Core.Alerts;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Alerts;
using JorgeBi.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// Reads what the rules need through the same services the dashboards use: each location's
/// bots over Alerts:BotTimeframe, the anomalies of the last 24 hours, the month's commission
/// pace, the last arrival, its own business hours, and the readiness checks.
/// </summary>
public sealed class AlertReadingsSource(
    ILocationSource locations, IInsightSource insights, IKpiSource kpis, AnomalyService anomalies, LastEventQueries lastEvents,
    AlertSettingsStore alertSettings, HealthCheckService health, TimeProvider clock)
{
    public async Task<AlertReadings> ReadAsync(AlertRules settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hours = await alertSettings.OwnBusinessHoursAsync(ct);
        var perLocation = new List<LocationReadings>();
        foreach (var location in await locations.ListAsync(ct))
        {
            var localNow = location.LocalNow(now);
            var bots = await insights.ReadBotStatsAsync(location, Timeframes.Resolve(settings.BotTimeframe, localNow), ct);
            var found = settings.Anomaly.Enabled
                ? (await anomalies.DetectAsync(location.LocationId, "24h", settings.Anomaly.Sensitivity, ct))?.Anomalies ?? []
                : [];
            var month = await kpis.ReadAsync(location, MonthPace.CurrentMonth(localNow), ct);
            var pace = new CommissionPace(month.Commission, MonthPace.Elapsed(localNow), location.MonthlyCommissionTarget);
            perLocation.Add(new LocationReadings(location, bots, found, pace, await lastEvents.LastReceivedAsync(location.LocationId, ct),
                hours.GetValueOrDefault(location.LocationId)));
        }
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(HealthEndpoints.ReadyTag), ct);
        var checks = report.Entries.Select(e => new HealthReading(e.Key, Status(e.Value.Status), e.Value.Description)).ToList();
        return new AlertReadings(now, perLocation, checks);
    }

    private static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => HealthReading.Healthy,
        HealthStatus.Degraded => HealthReading.Degraded,
        _ => HealthReading.Unhealthy,
    };
}
