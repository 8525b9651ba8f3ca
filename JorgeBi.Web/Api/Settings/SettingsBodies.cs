using System.Text.Json.Serialization;
using JorgeBi.Core.Settings;

namespace JorgeBi.Web.Api.Settings;

/// <summary>The values to set on a location; members left out keep their value (a new location's default).</summary>
public sealed record LocationSettingsBody
{
    [JsonPropertyName(SettingsFields.Name)] public string? Name { get; init; }
    [JsonPropertyName(SettingsFields.TimeZone)] public string? TimeZone { get; init; }
    [JsonPropertyName(SettingsFields.CommissionRate)] public decimal? CommissionRate { get; init; }
    [JsonPropertyName(SettingsFields.MonthlyCommissionTarget)] public decimal? MonthlyCommissionTarget { get; init; }

    public LocationChange ToChange() => new(Name, TimeZone, CommissionRate, MonthlyCommissionTarget);
}

/// <summary>The values to set on a bot; members left out keep their value.</summary>
public sealed record BotSettingsBody
{
    [JsonPropertyName(SettingsFields.Name)] public string? Name { get; init; }
    [JsonPropertyName(SettingsFields.ResponseTargetMs)] public int? ResponseTargetMs { get; init; }
    [JsonPropertyName(SettingsFields.SuccessTarget)] public decimal? SuccessTarget { get; init; }

    public BotChange ToChange() => new(Name, ResponseTargetMs, SuccessTarget);
}

public sealed record SourceSettingsBody
{
    [JsonPropertyName(SettingsFields.Name)] public string? Name { get; init; }
}
