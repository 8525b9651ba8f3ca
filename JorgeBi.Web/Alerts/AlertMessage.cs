using System.Text.Json.Serialization;
using JorgeBi.Data.Alerts;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// What a channel sends for one transition. <see cref="DeliveryId"/> is the same on every retry
/// of one message, so a receiver can drop a repeat.
/// </summary>
public sealed record AlertMessage(
    [property: JsonPropertyName("delivery_id")] long DeliveryId,
    [property: JsonPropertyName("transition")] string Transition,
    [property: JsonPropertyName("alert_id")] long AlertId,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("location_id")] string? LocationId,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("fired_at")] DateTime FiredAt,
    [property: JsonPropertyName("resolved_at")] DateTime? ResolvedAt)
{
    public static AlertMessage Of(AlertDelivery d, AlertRecord a) => new(
        d.DeliveryId, d.Transition, a.AlertId, a.AlertKey, a.Rule, a.LocationId, a.Severity, a.Title, a.Message,
        DateTime.SpecifyKind(a.FiredAt, DateTimeKind.Utc), a.ResolvedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null);

    /// <summary>"[FIRING] title" or "[RESOLVED] title": the email subject.</summary>
    public string Subject => $"[{(Transition == AlertTransition.Fired ? "FIRING" : "RESOLVED")}] {Title}";
}
