namespace JorgeBi.Core.Live;

/// <summary>
/// New events for a location were committed: those with event sequence in
/// (<see cref="AfterSeq"/>, <see cref="MaxSeq"/>].
/// </summary>
public sealed record LiveChange(string LocationId, IReadOnlyList<string> Kinds, long AfterSeq, long MaxSeq);
