using JorgeBi.Core.Commissions;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The commission statement of several locations (location_id=all): each office's statement
/// over its own local period, then the closed deals of all of them (each naming its office),
/// newest first, with the totals summed. Month and year to date are sums against the summed
/// targets, paced by each office's own calendar (<see cref="CompanyPace"/>).
/// </summary>
public static class CompanyCommissions
{
    public static async Task<CommissionStatement> ForPeriodAsync(CommissionService statements, IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        var parts = await Task.WhenAll(members.Select(m => statements.ForPeriodAsync(m.Location, m.Period, ct)));
        return new CommissionStatement(
            parts.SelectMany(p => p.Deals).OrderByDescending(d => d.ClosedAt).ToList(),
            new CommissionTotals(parts.Sum(p => p.Totals.DealsClosed), parts.Sum(p => p.Totals.Revenue), parts.Sum(p => p.Totals.Commission)),
            Combine(parts.Select(p => p.MonthToDate).ToList()),
            Combine(parts.Select(p => p.YearToDate).ToList()));
    }

    private static TargetProgress Combine(IReadOnlyList<TargetProgress> offices)
    {
        var commission = offices.Sum(o => o.Commission);
        var target = offices.Sum(o => o.Target);
        return new TargetProgress(commission, target, MonthPace.Progress(commission, target),
            CompanyPace.Elapsed([.. offices.Select(o => (o.Target, o.Elapsed))]));
    }
}
