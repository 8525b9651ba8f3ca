using System.Text.Json.Serialization;

namespace JorgeBi.Core.Analytics;

/// <summary>
/// The commission panel of dashboard-kpis. <see cref="CommissionAmount"/> is the period's
/// jorge_commission; <see cref="ProgressPercentage"/> is the current local month's commission
/// against <see cref="MonthlyTarget"/>, in percent (null when no target is set).
/// </summary>
public sealed record JorgeCommissionSummary(
    [property: JsonPropertyName("rate")] decimal Rate,
    [property: JsonPropertyName("pipeline_value")] double PipelineValue,
    [property: JsonPropertyName("commission_amount")] double CommissionAmount,
    [property: JsonPropertyName("monthly_target")] decimal MonthlyTarget,
    [property: JsonPropertyName("progress_percentage")] double? ProgressPercentage);
