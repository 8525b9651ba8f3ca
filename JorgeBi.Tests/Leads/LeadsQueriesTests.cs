using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Leads;

namespace JorgeBi.Tests.Leads;

public sealed class LeadsQueriesTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    // xUnit makes an instance per test: each test reads its own copy of the day.
    private readonly Lazy<Task<LocationInfo>> _location = new(() => DrillFixture.IngestAsync(db, "drill-" + Guid.NewGuid().ToString("N")[..12]));

    [Fact]
    public async Task Leads_NoFilter_AllCreatedInThePeriodWithSummary()
    {
        var result = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Leads });

        Assert.Equal(7, result.Total);
        Assert.Equal(["L1", "L2", "L3", "L4", "L5", "L6", "L7"], result.Details.Cast<LeadRow>().Select(r => r.LeadId));
        Assert.Equal(3, result.Summary["contacted_by_bot"]);
        Assert.Equal(60, result.Summary["median_speed_to_lead_s"]!.Value, 1e-6);
        var l1 = result.Details.Cast<LeadRow>().First();
        Assert.Equal(("jorge-seller", 30.0), (l1.FirstBotId, Math.Round(l1.SpeedToLeadS!.Value, 6)));
        Assert.Equal(DrillFixture.Day.AddHours(9).UtcDateTime, l1.CreatedAt);
    }

    [Fact]
    public async Task Leads_LastPage_HoldsTheRemainderAndTheFullTotal()
    {
        var result = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Leads, Page = 3, PageSize = 3 });

        Assert.Equal(7, result.Total);
        Assert.Equal(["L7"], result.Details.Cast<LeadRow>().Select(r => r.LeadId));
    }

    [Fact]
    public async Task Leads_TwoFilters_AreCombined()
    {
        var result = await QueryAsync(new LeadsRequest
        {
            Component = LeadsComponents.Leads,
            Filters = new LeadsFilters { Source = "zillow", LeadType = "seller" },
        });

        Assert.Equal(3, result.Total);
        Assert.Equal(["L1", "L5", "L6"], result.Details.Cast<LeadRow>().Select(r => r.LeadId));
    }

    [Fact]
    public async Task Leads_FilterValueLookingLikeSql_IsJustAValue()
    {
        var result = await QueryAsync(new LeadsRequest
        {
            Component = LeadsComponents.Leads,
            Filters = new LeadsFilters { Source = "zillow' or '1'='1" },
        });

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Details);
    }

    [Fact]
    public async Task Leads_QualifiedMetric_ListsLeadsQualifiedInThePeriod()
    {
        var result = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Leads, Metric = LeadsComponents.QualifiedLeadsMetric });

        Assert.Equal(["L0", "L1", "L3"], result.Details.Cast<LeadRow>().Select(r => r.LeadId));
    }

    [Fact]
    public async Task Bots_OneRowPerBotAndConversation_FilteredByBot()
    {
        var all = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Bots });
        var buyer = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Bots, Filters = new() { BotId = "jorge-buyer" } });

        Assert.Equal(4, all.Total);
        Assert.Equal((3.0, 5.0, 4.0), (all.Summary["conversations"]!.Value, all.Summary["interactions"]!.Value, all.Summary["successes"]!.Value));
        var seller = all.Details.Cast<ConversationRow>().Single(r => r.BotId == "jorge-seller");
        Assert.Equal(("c1", "L1", 2L, 1L, 15.0), (seller.ConversationId, seller.LeadId, seller.Interactions, seller.Successes, seller.AvgResponseMs));
        Assert.Equal(["c2", "c4"], buyer.Details.Cast<ConversationRow>().Select(r => r.ConversationId));
        Assert.Equal(35.0, buyer.Summary["avg_response_ms"]!.Value, 1e-9);
    }

    [Fact]
    public async Task Revenue_DealsClosedInThePeriod_SumToTheKpis()
    {
        var result = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Revenue });
        var agentA = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Revenue, Filters = new() { AgentId = "agent-a" } });

        // 510,000 x 6 % + 390,000 x 5 % + 200,000 x 6 %.
        Assert.Equal(3, result.Total);
        Assert.Equal((1_100_000.0, 62_100.0), (result.Summary["revenue"]!.Value, result.Summary["commission"]!.Value));
        var d1 = Assert.Single(agentA.Details.Cast<DealRow>());
        Assert.Equal(("d1", "closed", 520_000m, 510_000m, 30_600m), (d1.DealId, d1.Stage, d1.PropertyValue, d1.SalePrice, d1.Commission));
    }

    [Fact]
    public async Task Conversion_StageFilter_FindsTheLostDealOfTheCohort()
    {
        var cohort = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Conversion });
        var lost = await QueryAsync(new LeadsRequest { Component = LeadsComponents.Conversion, Filters = new() { Stage = "lost" } });

        Assert.Equal(["d1", "d2", "d3"], cohort.Details.Cast<DealRow>().Select(r => r.DealId));
        var d3 = Assert.Single(lost.Details.Cast<DealRow>());
        Assert.Equal(("L3", 300_000m, (decimal?)null), (d3.LeadId, d3.PropertyValue, d3.SalePrice));
    }

    private async Task<LeadsResult> QueryAsync(LeadsRequest request) =>
        await new LeadsService(new LeadsQueries(db.DataSource)).QueryAsync([new(await _location.Value, DrillFixture.ThePeriod)], request);
}
