namespace JorgeBi.Core.Digests;

/// <summary>Someone who gets a location's digest by email, daily or weekly; <see cref="LastSentAt"/> null until the first one went out.</summary>
public sealed record DigestSubscription(
    long SubscriptionId, string Email, string Frequency, string LocationId, DateTimeOffset CreatedAt, DateTimeOffset? LastSentAt);

/// <summary>One digest of one subscription and period, and how sending it went.</summary>
public sealed record DigestDelivery(
    long SubscriptionId, DateOnly PeriodStart, DateOnly PeriodEnd, int Attempts, string? LastError, DateTimeOffset? SentAt, DateTimeOffset? FailedAt);
