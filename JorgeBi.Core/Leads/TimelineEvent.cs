
namespace JorgeBi.Core.Leads;

/// <summary>One event of a lead's timeline, in the location it happened in; <see cref="Data"/> is the event's data object as JSON text, <see cref="OccurredAt"/> the instant, in UTC.</summary>
public sealed record TimelineEvent(
    string LocationId,
    string Type,
    DateTimeOffset OccurredAt,
    string Data);
