namespace JorgeBi.Data.Alerts;

/// <summary>One firing of an alert; <see cref="ResolvedAt"/> null while it still fires.</summary>
public sealed record AlertRecord(
    long AlertId, string AlertKey, string Rule, string? LocationId, string Severity, string Title, string Message,
    DateTime FiredAt, DateTime? ResolvedAt);

/// <summary>A change of an alert's state recorded by one evaluation: "fired" or "resolved".</summary>
public sealed record AlertTransition(string Transition, AlertRecord Alert)
{
    public const string Fired = "fired";
    public const string Resolved = "resolved";
}

/// <summary>Where a transition is sent: channel "webhook" (target: the URL) or "email" (target: the recipients).</summary>
public sealed record DeliveryTarget(string Channel, string Target)
{
    public const string Webhook = "webhook";
    public const string Email = "email";
}

/// <summary>One message of one transition to one target, and how sending it went.</summary>
public sealed record AlertDelivery(
    long DeliveryId, long AlertId, string Transition, string Channel, string Target, DateTime CreatedAt,
    int Attempts, DateTime? LastAttemptAt, string? LastError, DateTime? DeliveredAt, DateTime? FailedAt);
