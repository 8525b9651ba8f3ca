namespace JorgeBi.Core.Analytics;

/// <summary>The KPIs of one location and named timeframe, ending now in the location's zone.</summary>
public sealed class ExecutiveKpiService(IKpiSource source, ILocationSource locations, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, double?>?> CurrentAsync(string locationId, string timeframe, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;
        var period = Timeframes.Resolve(timeframe, location.LocalNow(clock.GetUtcNow()));
        return KpiCalculator.Compute(await source.ReadAsync(location, period, ct), location.CommissionRate);
    }
}
