using JorgeBi.Data.Alerts;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// What a channel sends for one transition. <see cref="DeliveryId"/> is the same on every retry
/// of one message, so a receiver can drop a repeat.
/// </summary>
public sealed record AlertMessage(
    long DeliveryId,
    string Transition,
    long AlertId,
    string Key,
    string Rule,
    string? LocationId,
    string Severity,
    string Title,
    string Message,
    DateTime FiredAt,
    DateTime? ResolvedAt)
{
    public static AlertMessage Of(AlertDelivery d, AlertRecord a) => new(
        d.DeliveryId, d.Transition, a.AlertId, a.AlertKey, a.Rule, a.LocationId, a.Severity, a.Title, a.Message,
        DateTime.SpecifyKind(a.FiredAt, DateTimeKind.Utc), a.ResolvedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null);

    /// <summary>"[FIRING] title" or "[RESOLVED] title": the email subject.</summary>
    public string Subject => $"[{(Transition == AlertTransition.Fired ? "FIRING" : "RESOLVED")}] {Title}";
}
