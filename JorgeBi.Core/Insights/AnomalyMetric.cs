using System.Globalization;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Insights;

/// <summary>
/// A daily series watched for anomalies. Counts and sums (<see cref="CompleteDaysOnly"/>)
/// are judged on finished days only: today's half-day would always look like a drop. Rates
/// and percentiles are fair on a partial day; a day where the KPI is null (nothing to measure)
/// is left out. Daily values come from <see cref="KpiCalculator"/>, like every other number.
/// </summary>
public sealed record AnomalyMetric(string Kpi, string Label, bool CompleteDaysOnly, string Format)
{
    public static readonly IReadOnlyList<AnomalyMetric> All =
    [
        new(Kpis.Kpi.TotalLeads, "New leads", true, "#,0.#"),
        new(Kpis.Kpi.BotSuccessRate, "Bot success rate", false, "0.0 %"),
        new(Kpis.Kpi.P95ResponseTimeMs, "p95 bot response time", false, "#,0 ms"),
        new(Kpis.Kpi.JorgeCommission, "Commission", true, "$#,0"),
    ];

    /// <summary>"New leads on 2026-06-14 were 30, above the expected 5 (normal range 4.8 to 5.2)."</summary>
    public string Describe(DateOnly date, double value, double expected, double lower, double upper, string direction) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Label} on {date:yyyy-MM-dd} was {Show(value)}, {direction} the expected {Show(expected)} (normal range {Show(Math.Max(0, lower))} to {Show(upper)}).");

    private string Show(double v) => v.ToString(Format, CultureInfo.InvariantCulture);
}
