using System.Text.Json;
using JorgeBi.Core.Company;
using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Tests.Company;

/// <summary>
/// revenue-intelligence for all locations over <see cref="TwoZoneRevenue"/>, against hand-computed
/// numbers on the real queries: each office over its own local week, then summed.
/// </summary>
public sealed class CompanyRevenueTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private async Task<RevenueIntelligence> SevenDaysAsync(string prefix, RevenueGroupBy groupBy = RevenueGroupBy.Source)
    {
        var f = new TwoZoneRevenue(prefix);
        await f.SeedAsync(db.DataSource);
        var members = f.Members("7d");
        return await CompanyRevenue.ForPeriodAsync(TwoZoneRevenue.Revenue(db.DataSource), "all", members[0].Period, members,
            new RevenueRequest("all") { GroupBy = groupBy });
    }

    [Fact]
    public async Task SevenDays_TotalsAreTheSumsOfEachOfficesOwnWeek()
    {
        var r = await SevenDaysAsync("rtot");

        // Los Angeles' 500,000 and 200,000 at 6 %, New York's 200,000 and 100,000 at 5 %.
        Assert.Equal(new SalesSummary(1_000_000m, 57_000m, 4, 250_000m), r.SummaryMetrics.Current);
        // Only Los Angeles sold in its previous week (Jun 17-23): 300,000.
        Assert.Equal(new SalesSummary(300_000m, 18_000m, 1, 300_000m), r.SummaryMetrics.Previous);
        Assert.Equal(Math.Round(700_000 / 300_000.0 * 100, 2), r.SummaryMetrics.Change.Revenue);
        Assert.Equal("all", r.LocationId);
    }

    [Fact]
    public async Task SevenDays_SeriesAddsTheOfficesUpByLocalDate()
    {
        var r = await SevenDaysAsync("rseries");

        // Jun 24 (Los Angeles' first day) to Jul 1 (New York's today); Los Angeles' Jun 30 21:00
        // is already Jul 1 in New York, yet counts on Jun 30, its own date.
        Assert.Equal("day", r.Grain);
        Assert.Equal((new DateTime(2026, 6, 24), new DateTime(2026, 7, 2)), (r.PeriodStart, r.PeriodEnd));
        Assert.Equal(Enumerable.Range(0, 8).Select(d => new DateTime(2026, 6, 24).AddDays(d)), r.RevenueTimeseries.Select(p => p.Period));
        Assert.Equal([0m, 0m, 200_000m, 0m, 100_000m, 0m, 500_000m, 200_000m], r.RevenueTimeseries.Select(p => p.Revenue));
        Assert.Equal([0m, 0m, 12_000m, 0m, 5_000m, 0m, 30_000m, 10_000m], r.RevenueTimeseries.Select(p => p.Commission));
        Assert.Equal(r.SummaryMetrics.Current.Deals, r.RevenueTimeseries.Sum(p => p.DealsClosed));
    }

    [Fact]
    public async Task SevenDays_BreakdownBySource_IsSummedByKey()
    {
        var r = await SevenDaysAsync("rsource");

        Assert.Equal(
            [
                new CommissionBreakdownRow("zillow", 2, 700_000m, 40_000m, (double)(40_000m / 57_000m)),
                new CommissionBreakdownRow("referral", 2, 300_000m, 17_000m, (double)(17_000m / 57_000m)),
            ],
            r.CommissionBreakdown.Rows);
    }

    [Fact]
    public async Task SevenDays_BreakdownByAgent_IsSummedByKey()
    {
        var r = await SevenDaysAsync("ragent", RevenueGroupBy.Agent);

        Assert.Equal("agent", r.CommissionBreakdown.GroupBy);
        Assert.Equal(
            [("agent-a", 2L, 700_000m, 40_000m), ("agent-b", 1L, 200_000m, 12_000m), ("agent-c", 1L, 100_000m, 5_000m)],
            r.CommissionBreakdown.Rows.Select(x => (x.Key, x.Deals, x.Revenue, x.Commission)));
    }

    [Fact]
    public async Task SevenDays_CostPerLead_IsSummedSpendOverSummedLeads_EachOfficesSpendProratedToItsOwnWeek()
    {
        var r = await SevenDaysAsync("rcost");

        // zillow: Los Angeles 3,000 x 7/30 of June; New York 1,500 x 6/30 of June + 3,100 x 1/31 of July.
        var zillow = r.CostPerSource[0];
        Assert.Equal(("zillow", 2L, 700m + 300m + 100m, (decimal?)550m, 2L, 40_000m), (zillow.Source, zillow.Leads, zillow.Spend, zillow.CostPerLead, zillow.Deals, zillow.Commission));
        Assert.Equal((40_000 - 1_100) / 1_100.0, zillow.Roi!.Value, 10);
        // referral: Los Angeles 600 x 7/30 of June, over its lead and New York's.
        var referral = r.CostPerSource[1];
        Assert.Equal(("referral", 2L, 140m, (decimal?)70m, 2L, 17_000m), (referral.Source, referral.Leads, referral.Spend, referral.CostPerLead, referral.Deals, referral.Commission));
        Assert.Equal((17_000 - 140) / 140.0, referral.Roi!.Value, 10);
        Assert.Equal(2, r.CostPerSource.Count);
    }

    [Fact]
    public async Task Pipeline_EachOpenDealAtItsOwnOfficesDateAndRate()
    {
        var r = await SevenDaysAsync("rpipe");

        Assert.Equal(
            [
                // Los Angeles' showing due today (Jun 30 there): 100,000 x 0.25 x 6 %.
                new PipelineBucket("2026-06", 1, 100_000m, 1_500m),
                // 300,000 x 0.50 x 6 % + 200,000 x 0.50 x 5 %.
                new PipelineBucket("2026-07", 2, 500_000m, 14_000m),
                // New York's horizon runs to Sep 28 inclusive; Los Angeles' ended the day before.
                new PipelineBucket("2026-09", 1, 400_000m, 5_000m),
                // New York's showing due yesterday (Jun 30; it is Jul 1 there): 100,000 x 0.25 x 5 %.
                new PipelineBucket(PipelineForecast.Overdue, 1, 100_000m, 1_250m),
            ],
            r.PipelineForecast.Buckets);
        Assert.Equal((5L, 1_100_000m, 21_750m, 1L),
            (r.PipelineForecast.Deals, r.PipelineForecast.PipelineValue, r.PipelineForecast.WeightedCommission, r.PipelineForecast.DealsBeyondHorizon));
    }

    [Fact]
    public async Task Forecast_IsFittedAndBacktestedOnTheSummedMonths_BeforeTheEarliestOfficesCurrentMonth()
    {
        var r = await SevenDaysAsync("rfcst");

        // April: 6,000 (Los Angeles); May: 12,000 + 5,000. June is still running in Los Angeles,
        // so New York's complete June (5,000) is not history yet.
        var expected = MonthlyForecaster.Predict([(new DateOnly(2026, 4, 1), 6_000), (new DateOnly(2026, 5, 1), 17_000)], 3);
        var forecast = r.Forecast!;
        Assert.Equal("naive", forecast.Method);
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1)], forecast.Points.Select(p => p.Period));
        Assert.All(forecast.Points, p => Assert.Equal(17_000, p.Value));
        Assert.Equal(expected.Points, forecast.Points);
        Assert.Equal((expected.BacktestMape, expected.BaselineMape), (forecast.BacktestMape, forecast.BaselineMape));
        Assert.Equal(ForecastAccuracy.From(expected), r.ForecastAccuracy);
    }

    [Fact]
    public async Task History_IsTheSummedMonthsTheForecastWasFittedOn()
    {
        var f = new TwoZoneRevenue("rhist");
        await f.SeedAsync(db.DataSource);

        var (month, history) = await CompanyRevenue.HistoryAsync(TwoZoneRevenue.Revenue(db.DataSource), f.Members("7d"));

        Assert.Equal(new DateOnly(2026, 6, 1), month);
        Assert.Equal([new MonthlyCommission(new DateTime(2026, 4, 1), 6_000m), new MonthlyCommission(new DateTime(2026, 5, 1), 17_000m)], history);
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("90d")]
    public async Task OneOffice_CombinedAlone_EqualsItsOwnAnswer(string timeframe)
    {
        var f = new TwoZoneRevenue("rsolo" + timeframe);
        await f.SeedAsync(db.DataSource);
        var member = f.Members(timeframe)[1];
        var revenue = TwoZoneRevenue.Revenue(db.DataSource);
        var request = new RevenueRequest(member.Location.LocationId);

        var company = await CompanyRevenue.ForPeriodAsync(revenue, member.Location.LocationId, member.Period, [member], request);
        var own = await revenue.ForPeriodAsync(member.Location, member.Period, request);

        Assert.True(own.SummaryMetrics.Current.Deals > 0, "the office sold in the period");
        Assert.Equal(JsonSerializer.Serialize(own), JsonSerializer.Serialize(company));
    }
}
