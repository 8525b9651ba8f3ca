using JorgeBi.Core.Company;
using JorgeBi.Core.Export;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Leads;

namespace JorgeBi.Tests.Company;

/// <summary>
/// The rows behind the company's numbers (<see cref="TwoZoneCompany"/>): each office's rows over
/// its own local period, in one list that names each row's location, paged as a whole, summed
/// like the KPIs, and the same rows in the CSV export.
/// </summary>
public sealed class CompanyLeadsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private readonly LeadsService _drill = new(new LeadsQueries(db.DataSource));

    private async Task<TwoZoneCompany> SeedAsync(string prefix)
    {
        var f = new TwoZoneCompany(prefix);
        await f.SeedAsync(db.DataSource);
        return f;
    }

    [Fact]
    public async Task Leads_SevenDays_EachOfficesOwnWeek_OneListNamingTheLocations()
    {
        var f = await SeedAsync("dleads");

        var result = await _drill.QueryAsync(f.Members("7d"), new LeadsRequest { Component = LeadsComponents.Leads });

        // Los Angeles' week is Jun 24-30, New York's Jun 25-Jul 1: ny-2 (Jun 24 23:30 in New York) is
        // inside Los Angeles' week but not its own office's. Oldest first across both offices.
        var rows = result.Details.Cast<LeadRow>().Select(r => (r.LocationId, r.LeadId)).ToList();
        Assert.Equal([(f.LosAngeles.LocationId, "la-1"), (f.NewYork.LocationId, "ny-1"), (f.LosAngeles.LocationId, "la-3")], rows);
        Assert.Equal(3, result.Total);
        Assert.Equal(3, result.Summary["contacted_by_bot"]);
        // The median of the merged 5.25, 5.75 and 100.5 s, as the company's speed to lead.
        Assert.Equal(5.75, result.Summary["median_speed_to_lead_s"]!.Value, 1e-9);
    }

    [Fact]
    public async Task Leads_OneDay_ARowOfThatDayInOneOfficeOnly_IsListedForThatOfficeAlone()
    {
        var f = await SeedAsync("dday");
        var june30 = Timeframes.Between(new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30));

        var result = await _drill.QueryAsync([new(f.LosAngeles, june30), new(f.NewYork, june30)], new LeadsRequest { Component = LeadsComponents.Leads });

        // ny-1 came at Jul 1 00:30 in New York: Jun 30 21:30 in Los Angeles, so inside Los Angeles'
        // Jun 30 but not New York's; la-3 came at Jun 30 22:00 in Los Angeles.
        var only = Assert.Single(result.Details.Cast<LeadRow>());
        Assert.Equal((f.LosAngeles.LocationId, "la-3"), (only.LocationId, only.LeadId));
    }

    [Fact]
    public async Task Revenue_SevenDays_SummaryIsTheSumOfBothOffices()
    {
        var f = await SeedAsync("drev");

        var result = await _drill.QueryAsync(f.Members("7d"), new LeadsRequest { Component = LeadsComponents.Revenue });

        Assert.Equal(3, result.Total);
        Assert.Equal(800_000, result.Summary["revenue"]);
        // Each deal at its own office's rate: the company card's 45,000.
        Assert.Equal(45_000, result.Summary["commission"]);
        Assert.Equal(
            [f.LosAngeles.LocationId, f.NewYork.LocationId, f.NewYork.LocationId],
            result.Details.Cast<DealRow>().Select(r => r.LocationId).Order());
    }

    [Fact]
    public async Task Bots_SevenDays_ConversationsOfTheSameIdInTwoOffices_AreCountedApart()
    {
        var f = await SeedAsync("dbots");

        var result = await _drill.QueryAsync(f.Members("7d"), new LeadsRequest { Component = LeadsComponents.Bots, PageSize = 200 });

        // The fixture numbers conversations per office, so both have a conv-1: 5 + 15 conversations.
        var rows = result.Details.Cast<ConversationRow>().ToList();
        Assert.Contains(rows, r => r.LocationId == f.LosAngeles.LocationId && r.ConversationId == "conv-1");
        Assert.Contains(rows, r => r.LocationId == f.NewYork.LocationId && r.ConversationId == "conv-1");
        Assert.Equal(20, result.Total);
        Assert.Equal(20, result.Summary["conversations"]);
        Assert.Equal(0.95, result.Summary["success_rate"]);
    }

    [Fact]
    public async Task Bots_PagedThreeAtATime_EveryRowOfBothOfficesOnce_InTheOrderOfTheWholeList()
    {
        var f = await SeedAsync("dpage");
        var whole = await _drill.QueryAsync(f.Members("7d"), new LeadsRequest { Component = LeadsComponents.Bots, PageSize = 200 });

        var paged = new List<ConversationRow>();
        var totals = new HashSet<long>();
        for (var page = 1; page <= 7; page++)
        {
            var result = await _drill.QueryAsync(f.Members("7d"), new LeadsRequest { Component = LeadsComponents.Bots, Page = page, PageSize = 3 });
            paged.AddRange(result.Details.Cast<ConversationRow>());
            totals.Add(result.Total);
        }

        // 14 New York conversations start at the same instant, and ids repeat across offices: the
        // sort still orders every row, so the pages cut one list.
        Assert.Equal(20, paged.Count);
        Assert.Equal(whole.Details.Cast<ConversationRow>(), paged);
        Assert.Equal(20, paged.Select(r => (r.LocationId, r.ConversationId, r.BotId)).Distinct().Count());
        Assert.Equal([20L], totals);
        Assert.Equal(paged.Select(r => r.FirstAt).Order(), paged.Select(r => r.FirstAt));
    }

    [Fact]
    public async Task Timeline_LooksForTheLeadInTheLocationsGiven_Only()
    {
        var f = await SeedAsync("dtime");
        string[] both = [f.LosAngeles.LocationId, f.NewYork.LocationId];

        var found = await _drill.LeadTimelineAsync(both, "ny-1");
        var elsewhere = await _drill.LeadTimelineAsync([f.LosAngeles.LocationId], "ny-1");

        Assert.Equal(["lead.created", "bot.interaction"], found.Select(e => e.Type));
        Assert.All(found, e => Assert.Equal(f.NewYork.LocationId, e.LocationId));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task CsvLeads_All_StartsWithTheLocationColumn_SameRowsAsTheDrillDown()
    {
        var f = await SeedAsync("dcsv");
        var export = Services.CsvExport(db.DataSource, new ManualClock(TwoZoneCompany.Now));
        var writer = new StringWriter();

        Assert.True(await export.WriteCompanyAsync(ExportService.Leads, f.Members("7d"), writer));

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("location_id,lead_id,created_at,source,lead_type,temperature,agent_id,first_bot_id,speed_to_lead_s", lines[0]);
        Assert.Equal(
            [$"{f.LosAngeles.LocationId},la-1", $"{f.NewYork.LocationId},ny-1", $"{f.LosAngeles.LocationId},la-3"],
            lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
    }

    [Fact]
    public async Task CsvKpiTrends_All_AreTheCompanyTrends()
    {
        var f = await SeedAsync("dtrend");
        var clock = new ManualClock(TwoZoneCompany.Now);
        var writer = new StringWriter();

        Assert.True(await Services.CsvExport(db.DataSource, clock).WriteCompanyAsync(SummaryCsvReports.KpiTrends, f.Members("7d"), writer));

        var company = await Services.CompanyKpis(db.DataSource, clock).GetAsync(f.Members("7d"), includeTrends: true);
        var leads = writer.ToString().Split("\r\n").Where(l => l.StartsWith("total_leads,", StringComparison.Ordinal)).ToList();
        Assert.Equal(company.Trends[Kpi.TotalLeads].Count, leads.Count);
        Assert.Equal(company.Metrics[Kpi.TotalLeads], leads.Sum(l => double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
