namespace JorgeBi.Core.Demo;

/// <summary>How much demo history to generate: roughly 50k, 1M or 10M events in total.</summary>
public enum DemoScale
{
    Demo,
    Medium,
    Large,
}

/// <summary>
/// Options of <see cref="DemoDataGenerator"/>. The same options always yield the same events,
/// ids included, so a demo can be re-imported idempotently. <paramref name="Months"/> of history
/// end at <paramref name="End"/>; the scale fixes the total size whatever the number of months.
/// </summary>
public sealed record DemoOptions(
    DemoScale Scale,
    int Seed,
    int Months,
    DateTimeOffset End,
    string LocationId = "default",
    string TimeZone = "America/Los_Angeles");
