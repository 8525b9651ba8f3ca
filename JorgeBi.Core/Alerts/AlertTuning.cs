using System.Globalization;
using System.Text.Json.Serialization;

namespace JorgeBi.Core.Alerts;

/// <summary>
/// The rules' values an owner can tune, flat, named as the API and the settings page name
/// them. As stored, a null member follows the configuration (<see cref="AlertRules"/>); as
/// shown by <see cref="Of"/>, every member is set.
/// </summary>
public sealed record AlertTuning
{
    [JsonPropertyName(AlertTuningFields.BotSuccessEnabled)] public bool? BotSuccessEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.BotResponseEnabled)] public bool? BotResponseEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.BotResponseMinInteractions)] public int? BotResponseMinInteractions { get; init; }
    [JsonPropertyName(AlertTuningFields.BotResponseMargin)] public double? BotResponseMargin { get; init; }
    [JsonPropertyName(AlertTuningFields.BotTimeframe)] public string? BotTimeframe { get; init; }
    [JsonPropertyName(AlertTuningFields.AnomalyEnabled)] public bool? AnomalyEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.AnomalySensitivity)] public double? AnomalySensitivity { get; init; }
    [JsonPropertyName(AlertTuningFields.AnomalyMinSeverity)] public string? AnomalyMinSeverity { get; init; }
    [JsonPropertyName(AlertTuningFields.CommissionPaceEnabled)] public bool? CommissionPaceEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.CommissionPaceTolerance)] public double? CommissionPaceTolerance { get; init; }
    [JsonPropertyName(AlertTuningFields.CommissionPaceMinElapsed)] public double? CommissionPaceMinElapsed { get; init; }
    [JsonPropertyName(AlertTuningFields.SilenceEnabled)] public bool? SilenceEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.SilenceMinutes)] public int? SilenceMinutes { get; init; }
    [JsonPropertyName(AlertTuningFields.HealthEnabled)] public bool? HealthEnabled { get; init; }
    [JsonPropertyName(AlertTuningFields.HealthIncludeDegraded)] public bool? HealthIncludeDegraded { get; init; }

    /// <summary>Every member with its name, for the list of overrides and the audit log.</summary>
    public static readonly IReadOnlyList<(string Name, Func<AlertTuning, object?> Value)> Fields =
    [
        (AlertTuningFields.BotSuccessEnabled, t => t.BotSuccessEnabled),
        (AlertTuningFields.BotResponseEnabled, t => t.BotResponseEnabled),
        (AlertTuningFields.BotResponseMinInteractions, t => t.BotResponseMinInteractions),
        (AlertTuningFields.BotResponseMargin, t => t.BotResponseMargin),
        (AlertTuningFields.BotTimeframe, t => t.BotTimeframe),
        (AlertTuningFields.AnomalyEnabled, t => t.AnomalyEnabled),
        (AlertTuningFields.AnomalySensitivity, t => t.AnomalySensitivity),
        (AlertTuningFields.AnomalyMinSeverity, t => t.AnomalyMinSeverity),
        (AlertTuningFields.CommissionPaceEnabled, t => t.CommissionPaceEnabled),
        (AlertTuningFields.CommissionPaceTolerance, t => t.CommissionPaceTolerance),
        (AlertTuningFields.CommissionPaceMinElapsed, t => t.CommissionPaceMinElapsed),
        (AlertTuningFields.SilenceEnabled, t => t.SilenceEnabled),
        (AlertTuningFields.SilenceMinutes, t => t.SilenceMinutes),
        (AlertTuningFields.HealthEnabled, t => t.HealthEnabled),
        (AlertTuningFields.HealthIncludeDegraded, t => t.HealthIncludeDegraded),
    ];

    /// <summary>The names of the members set: what differs from following the configuration.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Overridden => Fields.Where(f => f.Value(this) is not null).Select(f => f.Name).ToList();

    /// <summary>A member's value as the audit log writes it; "default" when it follows the configuration.</summary>
    public string Text(string field) => Fields.Single(f => f.Name == field).Value(this) switch
    {
        null => "default",
        bool b => b ? "on" : "off",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    /// <summary>
    /// Only the members that differ from <paramref name="defaults"/>: what to store of values
    /// shown in full, so a value equal to the configured default keeps following it.
    /// </summary>
    public AlertTuning Except(AlertTuning defaults) => new()
    {
        BotSuccessEnabled = Unless(BotSuccessEnabled, defaults.BotSuccessEnabled),
        BotResponseEnabled = Unless(BotResponseEnabled, defaults.BotResponseEnabled),
        BotResponseMinInteractions = Unless(BotResponseMinInteractions, defaults.BotResponseMinInteractions),
        BotResponseMargin = Unless(BotResponseMargin, defaults.BotResponseMargin),
        BotTimeframe = BotTimeframe == defaults.BotTimeframe ? null : BotTimeframe,
        AnomalyEnabled = Unless(AnomalyEnabled, defaults.AnomalyEnabled),
        AnomalySensitivity = Unless(AnomalySensitivity, defaults.AnomalySensitivity),
        AnomalyMinSeverity = AnomalyMinSeverity == defaults.AnomalyMinSeverity ? null : AnomalyMinSeverity,
        CommissionPaceEnabled = Unless(CommissionPaceEnabled, defaults.CommissionPaceEnabled),
        CommissionPaceTolerance = Unless(CommissionPaceTolerance, defaults.CommissionPaceTolerance),
        CommissionPaceMinElapsed = Unless(CommissionPaceMinElapsed, defaults.CommissionPaceMinElapsed),
        SilenceEnabled = Unless(SilenceEnabled, defaults.SilenceEnabled),
        SilenceMinutes = Unless(SilenceMinutes, defaults.SilenceMinutes),
        HealthEnabled = Unless(HealthEnabled, defaults.HealthEnabled),
        HealthIncludeDegraded = Unless(HealthIncludeDegraded, defaults.HealthIncludeDegraded),
    };

    private static T? Unless<T>(T? value, T? configured) where T : struct => Nullable.Equals(value, configured) ? null : value;

    /// <summary>Every tunable value of <paramref name="rules"/>.</summary>
    public static AlertTuning Of(AlertRules rules) => new()
    {
        BotSuccessEnabled = rules.BotSuccess.Enabled,
        BotResponseEnabled = rules.BotResponse.Enabled,
        BotResponseMinInteractions = rules.BotResponse.MinInteractions,
        BotResponseMargin = rules.BotResponse.Margin,
        BotTimeframe = rules.BotTimeframe,
        AnomalyEnabled = rules.Anomaly.Enabled,
        AnomalySensitivity = rules.Anomaly.Sensitivity,
        AnomalyMinSeverity = rules.Anomaly.MinSeverity,
        CommissionPaceEnabled = rules.CommissionPace.Enabled,
        CommissionPaceTolerance = rules.CommissionPace.Tolerance,
        CommissionPaceMinElapsed = rules.CommissionPace.MinElapsed,
        SilenceEnabled = rules.Silence.Enabled,
        SilenceMinutes = rules.Silence.Minutes,
        HealthEnabled = rules.Health.Enabled,
        HealthIncludeDegraded = rules.Health.IncludeDegraded,
    };

    /// <summary>
    /// The rules to evaluate: <paramref name="configured"/> with the members set here in place
    /// of its values. A new object: the configured one is shared and must not change.
    /// </summary>
    public AlertRules ApplyTo(AlertRules configured) => new()
    {
        Enabled = configured.Enabled,
        EvaluationInterval = configured.EvaluationInterval,
        BotTimeframe = BotTimeframe ?? configured.BotTimeframe,
        BotSuccess = { Enabled = BotSuccessEnabled ?? configured.BotSuccess.Enabled },
        BotResponse =
        {
            Enabled = BotResponseEnabled ?? configured.BotResponse.Enabled,
            MinInteractions = BotResponseMinInteractions ?? configured.BotResponse.MinInteractions,
            Margin = BotResponseMargin ?? configured.BotResponse.Margin,
        },
        Anomaly =
        {
            Enabled = AnomalyEnabled ?? configured.Anomaly.Enabled,
            Sensitivity = AnomalySensitivity ?? configured.Anomaly.Sensitivity,
            MinSeverity = AnomalyMinSeverity ?? configured.Anomaly.MinSeverity,
        },
        CommissionPace =
        {
            Enabled = CommissionPaceEnabled ?? configured.CommissionPace.Enabled,
            Tolerance = CommissionPaceTolerance ?? configured.CommissionPace.Tolerance,
            MinElapsed = CommissionPaceMinElapsed ?? configured.CommissionPace.MinElapsed,
        },
        Silence =
        {
            Enabled = SilenceEnabled ?? configured.Silence.Enabled,
            Minutes = SilenceMinutes ?? configured.Silence.Minutes,
            OpensAt = configured.Silence.OpensAt,
            ClosesAt = configured.Silence.ClosesAt,
            Days = configured.Silence.Days,
        },
        Health =
        {
            Enabled = HealthEnabled ?? configured.Health.Enabled,
            IncludeDegraded = HealthIncludeDegraded ?? configured.Health.IncludeDegraded,
        },
    };
}

/// <summary>What the settings page and the API show: the values in force, the configuration's, and which are overridden.</summary>
public sealed record AlertTuningView(
    AlertTuning Values,
    AlertTuning Defaults,
    IReadOnlyList<string> Overridden)
{
    public static AlertTuningView Of(AlertRules configured, AlertTuning stored) =>
        new(AlertTuning.Of(stored.ApplyTo(configured)), AlertTuning.Of(configured), stored.Overridden);
}
