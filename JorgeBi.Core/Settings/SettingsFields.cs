namespace JorgeBi.Core.Settings;

/// <summary>The settings' field names as the API, the page and validation errors spell them.</summary>
public static class SettingsFields
{
    public const string LocationId = "location_id";
    public const string Name = "name";
    public const string TimeZone = "time_zone";
    public const string CommissionRate = "commission_rate";
    public const string MonthlyCommissionTarget = "monthly_commission_target";
    public const string ResponseTargetMs = "response_target_ms";
    public const string SuccessTarget = "success_target";
}
