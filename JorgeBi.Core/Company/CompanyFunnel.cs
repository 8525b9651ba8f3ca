using JorgeBi.Core.Funnel;

namespace JorgeBi.Core.Company;

/// <summary>
/// The funnel of several locations: each location's bars over its own local period, added up.
/// Cohort conversions are then the summed step over the summed step before, like every rate.
/// </summary>
public static class CompanyFunnel
{
    public static async Task<FunnelViews> ForPeriodAsync(FunnelService funnel, IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        var views = await Task.WhenAll(members.Select(m => funnel.ForPeriodAsync(m.Location, m.Period, ct)));
        return new FunnelViews(Sum(views.Select(v => v.Period), conversions: false), Sum(views.Select(v => v.Cohort), conversions: true));
    }

    private static IReadOnlyList<FunnelStage> Sum(IEnumerable<IReadOnlyList<FunnelStage>> parts, bool conversions)
    {
        var totals = parts.SelectMany(p => p)
            .GroupBy(s => s.Stage)
            .Select(g => (Stage: g.Key, Count: g.Sum(s => s.Count)))
            .ToList();
        return totals.Select((s, i) => new FunnelStage(s.Stage, s.Count,
            !conversions || i == 0 || totals[i - 1].Count == 0 ? null : (double)s.Count / totals[i - 1].Count)).ToList();
    }
}
