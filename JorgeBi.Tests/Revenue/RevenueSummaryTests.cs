using System.Text.Json;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Tests.Revenue;

/// <summary>Period totals, previous period and time series of <see cref="HandBuiltDeals"/>.</summary>
public sealed class RevenueSummaryTests(HandBuiltDeals data) : IClassFixture<HandBuiltDeals>
{
    [Fact]
    public async Task Summary_HandBuiltDeals_ComparesWithPreviousFifteenDays()
    {
        var summary = (await data.GetAsync())!.SummaryMetrics;

        Assert.Equal(new SalesSummary(1_650_345.67m, 94_897.28m, 3, 550_115.22m), summary.Current);
        Assert.Equal(new SalesSummary(300_000m, 18_000m, 1, 300_000m), summary.Previous);
        // (1,650,345.67 - 300,000) / 300,000 = 450.115 %, (94,897.28 - 18,000) / 18,000 = 427.207 %, ...
        Assert.Equal(new SalesChange(450.12, 427.21, 200, 83.37), summary.Change);
    }

    [Fact]
    public async Task Timeseries_FifteenDays_HasOneDailyPointPerLocalDaySummingToTotals()
    {
        var result = (await data.GetAsync())!;
        var points = result.RevenueTimeseries;

        Assert.Equal(Enumerable.Range(0, 15).Select(d => new DateTime(2026, 4, 16).AddDays(d)), points.Select(p => p.Period));
        Assert.Equal(result.SummaryMetrics.Current.Revenue, points.Sum(p => p.Revenue));
        Assert.Equal(result.SummaryMetrics.Current.Commission, points.Sum(p => p.Commission));
        Assert.Equal(result.SummaryMetrics.Current.Deals, points.Sum(p => p.DealsClosed));
        // 23:00 on April 30 in Los Angeles is May 1 in UTC, but its local day is April 30.
        Assert.Equal(new RevenuePoint(new DateTime(2026, 4, 30), 412_345.67m, 20_617.28m, 1), points[^1]);
        Assert.Equal(new RevenuePoint(new DateTime(2026, 4, 20), 500_000m, 30_000m, 1), points[4]);
    }

    [Fact]
    public async Task Result_ExplicitDates_ReportsTheLocalPeriodAndComputationTime()
    {
        var result = (await data.GetAsync())!;

        Assert.Equal(HandBuiltDeals.Location, result.LocationId);
        Assert.Equal(HandBuiltDeals.Period, result.Period());
        Assert.Equal("day", result.Grain);
        Assert.Equal(HandBuiltDeals.Now, result.LastUpdated);
    }

    [Fact]
    public async Task Result_SnakeCaseJson_CarriesTheContractFields()
    {
        var json = JsonSerializer.SerializeToElement(await data.GetAsync(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

        // API.md's revenue-intelligence fields, plus cost per source.
        string[] fields = ["revenue_timeseries", "commission_breakdown", "forecast", "pipeline_forecast", "summary_metrics", "forecast_accuracy", "last_updated", "cost_per_source"];
        Assert.All(fields, f => Assert.True(json.TryGetProperty(f, out _), f));
        Assert.Equal(["method", "points", "backtest_mape", "baseline_mape"], json.GetProperty("forecast").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["period", "revenue", "commission", "deals_closed"], json.GetProperty("revenue_timeseries")[0].EnumerateObject().Select(p => p.Name));
    }
}
