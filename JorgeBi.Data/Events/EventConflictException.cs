namespace JorgeBi.Data.Events;

/// <summary>A bulk load met ids already stored with other content; nothing of its chunk was stored.</summary>
public sealed class EventConflictException(IReadOnlyList<Guid> ids)
    : Exception($"Events already stored with other content: {string.Join(", ", ids.Take(10))}{(ids.Count > 10 ? ", ..." : "")}")
{
    public IReadOnlyList<Guid> Ids { get; } = ids;
}
