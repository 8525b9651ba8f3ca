namespace JorgeBi.Data.Events;

/// <summary>
/// What the event log did with one request's events: how many were new, how many were
/// already there, and the highest log position (<c>seq</c>) among them: the numbers include
/// them once <c>data_as_of.seq</c> reaches it. A request that sent an id already stored
/// with other content is refused whole: <see cref="Conflicts"/> names those ids and nothing
/// of it is stored.
/// </summary>
public sealed record AppendResult(long Accepted, long Duplicates, long? Seq, IReadOnlyList<Guid> Conflicts)
{
    public bool Refused => Conflicts.Count > 0;
}
