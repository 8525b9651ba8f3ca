namespace JorgeBi.Core.Demo;

/// <summary>
/// The one planted incident in the demo data, so anomaly detection and the "below target" badge
/// have something real to find: <see cref="BotId"/> succeeds only ~<see cref="SuccessRate"/> of the
/// time during the three weeks from 70 to 49 days before <see cref="DemoOptions.End"/>
/// (about 94-96 % everywhere else).
/// </summary>
public static class DemoDip
{
    public const string BotId = "jorge-buyer";

    public const double SuccessRate = 0.85;

    /// <summary>The dip's instants: <c>From &lt;= occurredAt &lt; To</c>.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset end) => (end.AddDays(-70), end.AddDays(-49));

    internal static bool Covers(DateTimeOffset end, DateTimeOffset at)
    {
        var (from, to) = Window(end);
        return at >= from && at < to;
    }
}
