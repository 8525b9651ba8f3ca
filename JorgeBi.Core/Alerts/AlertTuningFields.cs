namespace JorgeBi.Core.Alerts;

/// <summary>The tunable alert settings' names as the API, the page and validation errors spell them.</summary>
public static class AlertTuningFields
{
    public const string BotSuccessEnabled = "bot_success_enabled";
    public const string BotResponseEnabled = "bot_response_enabled";
    public const string BotResponseMinInteractions = "bot_response_min_interactions";
    public const string BotResponseMargin = "bot_response_margin";
    public const string BotTimeframe = "bot_timeframe";
    public const string AnomalyEnabled = "anomaly_enabled";
    public const string AnomalySensitivity = "anomaly_sensitivity";
    public const string AnomalyMinSeverity = "anomaly_min_severity";
    public const string CommissionPaceEnabled = "commission_pace_enabled";
    public const string CommissionPaceTolerance = "commission_pace_tolerance";
    public const string CommissionPaceMinElapsed = "commission_pace_min_elapsed";
    public const string SilenceEnabled = "silence_enabled";
    public const string SilenceMinutes = "silence_minutes";
    public const string HealthEnabled = "health_enabled";
    public const string HealthIncludeDegraded = "health_include_degraded";

    public const string Days = "days";
    public const string OpensAt = "opens_at";
    public const string ClosesAt = "closes_at";

    public const string Email = "email";
    public const string Frequency = "frequency";
    public const string LocationId = "location_id";
}
