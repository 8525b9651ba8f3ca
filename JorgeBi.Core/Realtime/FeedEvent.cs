namespace JorgeBi.Core.Realtime;

/// <summary>One stored event as the live feed lists it; lead id is null for marketing.spend.</summary>
public sealed record FeedEvent(Guid EventId, string Type, string? LeadId, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt);
