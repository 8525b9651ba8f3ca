namespace JorgeBi.Data.Events;

/// <summary>How many events of a batch were stored, and how many were already there.</summary>
public sealed record IngestResult(long Accepted, long Duplicates);
