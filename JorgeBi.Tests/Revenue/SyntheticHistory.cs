using JorgeBi.Core.Revenue;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Revenue;

/// <summary>
/// 30 months of closed deals (Nov 2023 - Apr 2026) in Los Angeles, built event by event:
/// a trend plus a yearly swing, with no deal at all in April 2024 and a large deal in the
/// current, incomplete month (May 2026), which the forecast must ignore.
/// </summary>
public sealed class SyntheticHistory : IAsyncLifetime
{
    public const string Location = "rev-history";
    public static readonly DateTimeOffset Now = new(2026, 5, 10, 19, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly FirstMonth = new(2023, 11, 1);
    public static readonly DateOnly EmptyMonth = new(2024, 4, 1);
    public const int Months = 30;

    public TestDatabase Db { get; } = new();

    public RevenueIntelligenceService Service() => RevenueHarness.Service(Db.DataSource, Now);

    /// <summary>Sale price of the one deal of month <paramref name="i"/> (0 = Nov 2023): whole dollars.</summary>
    public static decimal Price(int i) =>
        Math.Round(400_000m + 4_000m * i + 150_000m * (decimal)Math.Sin(2 * Math.PI * FirstMonth.AddMonths(i).Month / 12));

    /// <summary>The commission history the service should hand the forecaster, at the default 6 %.</summary>
    public static IReadOnlyList<(DateOnly MonthStart, double Value)> ExpectedHistory() =>
        Enumerable.Range(0, Months)
            .Select(i => (FirstMonth.AddMonths(i), FirstMonth.AddMonths(i) == EmptyMonth ? 0.0 : (double)(Price(i) * 0.06m)))
            .ToList();

    public async Task InitializeAsync()
    {
        await Db.InitializeAsync();
        var e = new RevenueEvents(Location);
        for (var i = 0; i < Months; i++)
        {
            var month = FirstMonth.AddMonths(i);
            if (month == EmptyMonth) continue;
            var at = new DateTimeOffset(month.Year, month.Month, 15, 20, 0, 0, TimeSpan.Zero);
            e.Lead($"lead-{i}", "website", at.AddDays(-10)).Close($"lead-{i}", $"deal-{i}", Price(i), at);
        }
        e.Lead("lead-now", "website", Now.AddDays(-9)).Close("lead-now", "deal-now", 5_000_000m, Now.AddDays(-8));
        await new AppliedEventStore(Db.DataSource).IngestAsync(e.Events);
    }

    public Task DisposeAsync() => Db.DisposeAsync();
}
