namespace JorgeBi.Tests.Support;

/// <summary>A clock stopped at one instant, so "now", "today" and "the current month" are known.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
