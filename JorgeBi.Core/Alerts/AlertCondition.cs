namespace JorgeBi.Core.Alerts;

/// <summary>
/// Something that is wrong right now. <see cref="Key"/> names the condition (rule, location,
/// subject), so the same problem seen on the next evaluation is the same alert, not a new one.
/// </summary>
/// <param name="LocationId">The location it concerns; null for the system as a whole (health).</param>
public sealed record AlertCondition(string Key, string Rule, string? LocationId, string Severity, string Title, string Message);

/// <summary>The rules' names (the first part of every alert key) and the severities.</summary>
public static class AlertRuleNames
{
    public const string BotSuccess = "bot-success";
    public const string BotResponse = "bot-response";
    public const string Anomaly = "anomaly";
    public const string CommissionPace = "commission-pace";
    public const string Silence = "silence";
    public const string Health = "health";

    public const string Critical = "critical";
    public const string Warning = "warning";

    public static readonly IReadOnlyList<string> All = [BotSuccess, BotResponse, Anomaly, CommissionPace, Silence, Health];
}
