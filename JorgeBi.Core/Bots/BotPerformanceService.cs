using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Bots;

/// <summary>The bot performance matrix of one location and period, with system health and alerts.</summary>
public sealed class BotPerformanceService(IBotPerformanceSource source, ILocationSource locations, TimeProvider clock)
{
    /// <summary>For a named timeframe ending now; null when the location is unknown.</summary>
    public async Task<BotPerformance?> CurrentAsync(string locationId, string timeframe, bool includeAlerts = true, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;
        var period = Timeframes.Resolve(timeframe, location.LocalNow(clock.GetUtcNow()));
        return await ForPeriodAsync(location, period, includeAlerts, ct);
    }

    public async Task<BotPerformance> ForPeriodAsync(LocationInfo location, Period period, bool includeAlerts = true, CancellationToken ct = default)
    {
        var read = await source.ReadAsync(location, period, ct);
        var rows = read.Bots.Select(BotMetricsCalculator.Compute).ToList();
        var health = SystemHealthCalculator.Compute(read.Bots, rows, read.OverallP95ResponseMs);
        IReadOnlyList<PerformanceAlert> alerts = includeAlerts ? rows.SelectMany(PerformanceAlerts.For).ToList() : [];
        return new BotPerformance(rows, health, alerts, clock.GetUtcNow());
    }
}
