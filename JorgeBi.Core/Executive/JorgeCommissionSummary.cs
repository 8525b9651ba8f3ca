
namespace JorgeBi.Core.Executive;

/// <summary>
/// The commission panel of dashboard-kpis. <see cref="CommissionAmount"/> is the period's
/// jorge_commission; <see cref="ProgressPercentage"/> is the current local month's commission
/// against <see cref="MonthlyTarget"/>, in percent (null when no target is set).
/// </summary>
public sealed record JorgeCommissionSummary(
    decimal Rate,
    double PipelineValue,
    double CommissionAmount,
    decimal MonthlyTarget,
    double? ProgressPercentage);
