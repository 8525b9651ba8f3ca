using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// dashboard-kpis for several locations at once (location_id=all): each location read over
/// its own local period exactly as its own dashboard reads it, then combined
/// (<see cref="CompanyAggregates"/>, <see cref="CompanySpeedToLead"/>, <see cref="CompanyTrends"/>)
/// and computed by the same <see cref="KpiCalculator"/>. The answer lists each location's own
/// KPIs beside the company's, for the location comparison.
/// </summary>
public sealed class CompanyKpiService(ExecutiveKpiService kpis, ISpeedToLeadSource speed)
{
    public async Task<ExecutiveKpis> GetAsync(IReadOnlyList<LocationPeriod> members, bool includeTrends, CancellationToken ct = default)
    {
        var readings = await Task.WhenAll(members.Select(m => kpis.ReadAsync(m.Location, m.Period, includeTrends, ct)));
        var speedNow = MedianAsync(members, readings.Select(r => r.Current), ct);
        var speedBefore = MedianAsync([.. members.Select(m => m with { Period = m.Period.Previous })], readings.Select(r => r.Previous), ct);
        var current = CompanyAggregates.Combine(readings.Select(r => (r.Location, r.Current)).ToList()) with { SpeedToLeadMedianSeconds = await speedNow };
        var previous = CompanyAggregates.Combine(readings.Select(r => (r.Location, r.Previous)).ToList()) with { SpeedToLeadMedianSeconds = await speedBefore };

        var terms = Terms(readings, current);
        var rows = members.Zip(readings, (m, r) => LocationKpis.From(m, kpis.Build(r with { Trends = null }))).ToList();
        return kpis.Compose(current, previous, CompanyTrends.Build(readings, terms.Rate), terms) with { Locations = rows };
    }

    /// <summary>
    /// The median of the members' leads together; of one member, the median its own reading
    /// already holds (the same leads, so the same value, without reading them again).
    /// </summary>
    private Task<double?> MedianAsync(IReadOnlyList<LocationPeriod> members, IEnumerable<KpiAggregates> read, CancellationToken ct) =>
        members.Count == 1 ? Task.FromResult(read.Single().SpeedToLeadMedianSeconds) : CompanySpeedToLead.MedianAsync(speed, members, ct);

    /// <summary>
    /// The month's commission and target are sums. The pace target is the share of the summed
    /// target the offices should have earned by now, each by its own calendar. The rate is the
    /// offices' shared rate, or the period's earned commission over its revenue when they differ.
    /// </summary>
    private static CommissionTerms Terms(IReadOnlyList<KpiReading> readings, KpiAggregates current)
    {
        var target = readings.Sum(r => r.Location.MonthlyCommissionTarget);
        var elapsed = CompanyPace.Elapsed([.. readings.Select(r => (r.Location.MonthlyCommissionTarget, MonthPace.Elapsed(r.LocalNow)))]);
        var rates = readings.Select(r => r.Location.CommissionRate).Distinct().ToList();
        var rate = rates.Count == 1 ? rates[0]
            : current.Revenue > 0 ? current.Commission / current.Revenue : 0;
        return new CommissionTerms(rate, readings.Sum(r => r.MonthCommission), target, elapsed);
    }
}
