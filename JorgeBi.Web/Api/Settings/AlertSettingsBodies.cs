using System.Globalization;
using System.Text.Json.Serialization;
using JorgeBi.Core.Alerts;

namespace JorgeBi.Web.Api.Settings;

/// <summary>
/// A location's own business hours in its zone: days ("monday" ... "sunday") and local HH:mm
/// times. All three left out (or null) return the location to the configured hours.
/// </summary>
public sealed record BusinessHoursBody
{
    [JsonPropertyName(AlertTuningFields.Days)] public IReadOnlyList<string>? Days { get; init; }
    [JsonPropertyName(AlertTuningFields.OpensAt)] public string? OpensAt { get; init; }
    [JsonPropertyName(AlertTuningFields.ClosesAt)] public string? ClosesAt { get; init; }
}

/// <summary>A location's business hours as the API shows them; is_default when it has none of its own.</summary>
public sealed record BusinessHoursView(
    string LocationId,
    string Name,
    [property: JsonPropertyName(AlertTuningFields.Days)] IReadOnlyList<string> Days,
    [property: JsonPropertyName(AlertTuningFields.OpensAt)] string OpensAt,
    [property: JsonPropertyName(AlertTuningFields.ClosesAt)] string ClosesAt,
    bool IsDefault)
{
    public static BusinessHoursView Of(LocationBusinessHours h) => new(
        h.LocationId, h.Name, h.Hours.Days.Order().Select(d => d.ToString().ToLowerInvariant()).ToList(),
        h.Hours.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture), h.Hours.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture), h.IsDefault);
}

/// <summary>Who gets which digest: an email address, daily or weekly, of one location.</summary>
public sealed record DigestSubscriptionBody
{
    [JsonPropertyName(AlertTuningFields.Email)] public string? Email { get; init; }
    [JsonPropertyName(AlertTuningFields.Frequency)] public string? Frequency { get; init; }
    [JsonPropertyName(AlertTuningFields.LocationId)] public string? LocationId { get; init; }
}
