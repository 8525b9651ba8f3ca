using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Bots;

/// <summary>The bot performance matrix of one location, or of several together, for a period, with system health and alerts.</summary>
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

    public async Task<BotPerformance> ForPeriodAsync(LocationInfo location, Period period, bool includeAlerts = true, CancellationToken ct = default) =>
        Build(await source.ReadAsync(location, period, ct), includeAlerts);

    /// <summary>
    /// Several locations as one (location_id=all): each read over its own local period exactly as
    /// its own matrix reads it, then combined (<see cref="CompanyBots.Combine"/>); the rows, the
    /// system health and the alerts are computed from the combined traffic.
    /// </summary>
    public async Task<BotPerformance> ForLocationsAsync(IReadOnlyList<LocationPeriod> members, bool includeAlerts = true, CancellationToken ct = default)
    {
        var reads = await Task.WhenAll(members.Select(m => source.ReadAsync(m.Location, m.Period, ct)));
        return Build(CompanyBots.Combine(reads), includeAlerts);
    }

    private BotPerformance Build(BotPerformanceAggregates read, bool includeAlerts)
    {
        var rows = read.Bots.Select(b => BotMetricsCalculator.Compute(b, read.P95Of(b.BotId))).ToList();
        var health = SystemHealthCalculator.Compute(read.Bots, rows, read.OverallP95ResponseMs);
        IReadOnlyList<PerformanceAlert> alerts = includeAlerts ? rows.SelectMany(PerformanceAlerts.For).ToList() : [];
        return new BotPerformance(rows, health, alerts, clock.GetUtcNow());
    }
}
