using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Commissions;

/// <summary>
/// The commission statement: the period's closed deals beside the same totals the executive
/// KPIs show (read through <see cref="IKpiSource"/> and <see cref="KpiCalculator"/>), and the
/// month and year to date against the location's monthly target (the year's is twelve of them).
/// </summary>
public sealed class CommissionService(IClosedDealSource deals, IKpiSource kpis, TimeProvider clock)
{
    public const int MonthsPerYear = 12;

    public async Task<CommissionStatement> ForPeriodAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var localNow = location.LocalNow(clock.GetUtcNow());
        var rows = await deals.ReadAsync(location, period, ct);
        var metrics = KpiCalculator.Compute(await kpis.ReadAsync(location, period, ct), location.CommissionRate);
        var totals = new CommissionTotals(
            (long)(metrics[Kpi.DealsClosed] ?? 0), metrics[Kpi.Revenue] ?? 0, metrics[Kpi.JorgeCommission] ?? 0);

        var month = MonthPace.CurrentMonth(localNow);
        var year = CurrentYear(localNow);
        var monthCommission = (await kpis.ReadAsync(location, month, ct)).Commission;
        var yearCommission = (await kpis.ReadAsync(location, year, ct)).Commission;
        var monthTarget = location.MonthlyCommissionTarget;
        var yearTarget = monthTarget * MonthsPerYear;
        return new CommissionStatement(
            rows,
            totals,
            new TargetProgress(monthCommission, monthTarget, MonthPace.Progress(monthCommission, monthTarget), MonthPace.Elapsed(localNow)),
            new TargetProgress(yearCommission, yearTarget, MonthPace.Progress(yearCommission, yearTarget), (localNow - year.Start) / year.Length));
    }

    public static Period CurrentYear(DateTime localNow)
    {
        var start = new DateTime(localNow.Year, 1, 1);
        return new Period(start, start.AddYears(1));
    }
}
