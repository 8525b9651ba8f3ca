namespace JorgeBi.Tests.Support;

/// <summary>A <see cref="TimeProvider"/> whose "now" the test sets, so time-relative numbers are hand-computable.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>A clock at a wall-clock time in Los Angeles, the zone of every test location.</summary>
    public static ManualClock AtLosAngeles(DateTime local) => new(FixtureEvents.LosAngeles(local));

    public void Advance(TimeSpan by) => Now += by;
}
