namespace JorgeBi.Core.Live;

/// <summary>One stored event as the live feed lists it; lead id is null for marketing.spend.</summary>
/// <param name="LocationId">Its location: the company's feed names each event's office.</param>
public sealed record FeedEvent(Guid EventId, string Type, string? LeadId, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt, string LocationId);
