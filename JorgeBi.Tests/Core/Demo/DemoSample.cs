using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

/// <summary>
/// One Demo-scale history generated once and shared read-only by the tests: generating it is
/// the slow part, and the events are immutable records, so sharing cannot couple tests.
/// </summary>
internal static class DemoSample
{
    public static readonly DateTimeOffset End = new(2026, 10, 15, 12, 0, 0, TimeSpan.FromHours(-7));

    public static readonly DemoOptions Options = new(DemoScale.Demo, Seed: 42, Months: 36, End);

    private static readonly Lazy<IReadOnlyList<BiEvent>> Lazy = new(() => DemoDataGenerator.Generate(Options).ToList());

    public static IReadOnlyList<BiEvent> Events => Lazy.Value;

    public static IEnumerable<T> Data<T>() where T : EventData => Events.Select(e => e.Data).OfType<T>();

    /// <summary>Year and month of the event on the location's wall clock.</summary>
    public static (int Year, int Month) LocalMonth(BiEvent e) => (e.OccurredAt.Year, e.OccurredAt.Month);
}
