namespace JorgeBi.Core.Events;

/// <summary>
/// A validated business event: the only way data enters JorgeBi. <see cref="Id"/> is the
/// idempotency key; numbers are computed by <see cref="OccurredAt"/>, never by arrival.
/// </summary>
public sealed record BiEvent(Guid Id, DateTimeOffset OccurredAt, string LocationId, string? LeadId, EventData Data)
{
    public string Type => Data.Type;
}
