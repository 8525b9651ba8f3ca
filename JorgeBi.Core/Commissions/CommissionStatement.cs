namespace JorgeBi.Core.Commissions;

/// <summary>
/// The commission page of one location and period: the deals, their totals, and the month and
/// year so far against their targets (those two are about now, whatever the period).
/// </summary>
public sealed record CommissionStatement(
    IReadOnlyList<ClosedDeal> Deals,
    CommissionTotals Totals,
    TargetProgress MonthToDate,
    TargetProgress YearToDate);

/// <summary>Deals closed, revenue (GCI) and jorge_commission of the period, through <see cref="Kpis.KpiCalculator"/>.</summary>
public sealed record CommissionTotals(long DealsClosed, double Revenue, double Commission);

/// <param name="Commission">Commission earned so far in the current local month or year.</param>
/// <param name="Target">The target for the whole month or year; 0 when none is set.</param>
/// <param name="Progress">Commission / target; null when no target is set.</param>
/// <param name="Elapsed">Fraction of the month or year already past: the pace to compare progress with.</param>
public sealed record TargetProgress(decimal Commission, decimal Target, double? Progress, double Elapsed);
