
namespace JorgeBi.Core.Kpis;

/// <summary>
/// One point of a KPI trend: the KPI over [PeriodStart, next point's start or the period's end).
/// Null when the KPI has nothing to measure in that bucket (a success rate without interactions).
/// </summary>
public sealed record TrendPoint(
    DateTime PeriodStart,
    double? Value);
