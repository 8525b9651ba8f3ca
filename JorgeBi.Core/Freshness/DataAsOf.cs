namespace JorgeBi.Core.Freshness;

/// <summary>
/// How fresh an answer is: every event of the log up to <paramref name="Seq"/> is in its
/// numbers, and the aggregator applied that position at <paramref name="At"/>. A sender
/// that needs to read its own writes compares the <c>seq</c> it was given with this one.
/// </summary>
public sealed record DataAsOf(long Seq, DateTimeOffset At);

/// <summary>Where answers learn how fresh the data they read is.</summary>
public interface IDataAsOfSource
{
    Task<DataAsOf> GetAsync(CancellationToken ct = default);
}

/// <summary>An answer that carries how fresh its data is.</summary>
public interface IHasDataAsOf<out T>
{
    /// <summary>This answer, saying it includes every event up to <paramref name="dataAsOf"/>.</summary>
    T WithDataAsOf(DataAsOf dataAsOf);
}
