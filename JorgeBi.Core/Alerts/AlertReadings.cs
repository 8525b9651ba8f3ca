using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Alerts;

/// <summary>Everything the alert rules look at, read at <see cref="Now"/>.</summary>
public sealed record AlertReadings(DateTimeOffset Now, IReadOnlyList<LocationReadings> Locations, IReadOnlyList<HealthReading> Health);

/// <summary>
/// One location's numbers: its bots over the rules' window, today's and yesterday's
/// anomalies, the month's commission pace and when its last event arrived (null: never).
/// <see cref="Hours"/> are its own business hours; null follows the silence rule's configured ones.
/// </summary>
public sealed record LocationReadings(
    LocationInfo Location,
    IReadOnlyList<BotStats> Bots,
    IReadOnlyList<AnomalyFinding> Anomalies,
    CommissionPace Pace,
    DateTimeOffset? LastEventAt,
    BusinessHours? Hours = null);

/// <summary>Commission earned this month so far, the elapsed fraction of the month and the monthly target.</summary>
public sealed record CommissionPace(decimal MonthToDate, double Elapsed, decimal Target);

/// <summary>One health check's outcome: "healthy", "degraded" or "unhealthy".</summary>
public sealed record HealthReading(string Name, string Status, string? Description)
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
    public const string Unhealthy = "unhealthy";
}
