using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Web.Components.Pages.Leads;
using MudBlazor;

namespace JorgeBi.Tests.Web.Leads;

public sealed class LeadsComponentTests : LeadsTestContext
{
    [Fact]
    public void Breadcrumbs_ShowExecutiveComponentAndEachFilter_EachLinkKeepsTheFiltersBeforeIt()
    {
        var request = LeadsQuery.FromUri("http://localhost/leads?component=leads&temperature=hot&source=zillow").Request;

        var cut = Render<DrillBreadcrumbs>(p => p.Add(c => c.Request, request));

        var crumbs = cut.Find("[data-testid='breadcrumbs']").QuerySelectorAll("li.mud-breadcrumb-item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Executive", "Leads", "Source: zillow", "Temperature: hot"], crumbs);
        var links = cut.FindAll("[data-testid='breadcrumbs'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/leads?component=leads", "/leads?component=leads&source=zillow", "/leads?component=leads&source=zillow&temperature=hot"], links);
    }

    [Fact]
    public void FilterChip_Closed_RemovesThatFilterAndPageFromTheUrl()
    {
        GoTo("/leads?component=leads&temperature=hot&source=zillow&page=3&timeframe=7d");
        var request = LeadsQuery.FromUri(Navigation.Uri).Request;
        var cut = Render<FilterChips>(p => p.Add(c => c.Request, request));

        cut.Find("[data-testid='chip-temperature'] .mud-chip-close-button").Click();

        var after = LeadsQuery.FromUri(Navigation.Uri).Request;
        Assert.Null(after.Filters.Temperature);
        Assert.Equal("zillow", after.Filters.Source);
        Assert.Equal(1, after.Page);
        Assert.Contains("timeframe=7d", Navigation.Uri);
    }

    [Fact]
    public void LeadsPage_InvalidUrl_ShowsFriendlyAlertAndQueriesNothing()
    {
        GoTo("/leads?component=leads&temperature=boiling&page=abc");

        var cut = Render<JorgeBi.Web.Components.Pages.Leads.Leads>();

        var alert = cut.WaitForElement("[data-testid='drill-errors']");
        Assert.Contains("Filter temperature", alert.TextContent);
        Assert.Contains("'abc' is not a whole number", alert.TextContent);
        Assert.Empty(Source.Requests);
        Assert.Empty(cut.FindAll("[data-testid='drill-table']"));
    }

    [Fact]
    public void LeadsPage_ValidUrl_ShowsRowsTotalAndExportLinkWithFilters()
    {
        Source.Rows = [new LeadRow("default", "lead-1", new DateTime(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc), "zillow", "buyer", "hot", "a-1", "jorge-buyer", 42)];
        Source.Total = 120;
        GoTo("/leads?component=leads&temperature=hot&timeframe=90d&page=2&page_size=50");

        var cut = Render<JorgeBi.Web.Components.Pages.Leads.Leads>();

        cut.WaitForAssertion(() => Assert.Equal("120 rows", cut.Find("[data-testid='drill-total']").TextContent.Trim()));
        var request = Assert.Single(Source.Requests);
        Assert.Equal(("hot", 2, 50), (request.Filters.Temperature, request.Page, request.PageSize));
        Assert.Equal("hot", cut.Find("[data-testid='cell-temperature']").TextContent.Trim());
        // Berlin is UTC+1 in January: the time is the location's, not the server's.
        Assert.Equal("2026-01-05 10:30", cut.Find("[data-testid='cell-created_at']").TextContent.Trim());
        // Both name the location shown: the lead's own, and the export's (whose default could differ from the page's).
        Assert.Equal("/leads/lead-1?location_id=default&timeframe=90d", cut.Find("[data-testid='lead-link']").GetAttribute("href"));
        Assert.Equal("/export/leads.csv?location_id=default&timeframe=90d", cut.Find("[data-testid='export-csv']").GetAttribute("href"));
    }

    [Fact]
    public void LeadsPage_PagerClick_PutsThePageInTheUrlAndQueriesIt()
    {
        Source.Rows = [new LeadRow("default", "lead-1", null, null, null, null, null, null, null)];
        Source.Total = 120;
        GoTo("/leads?component=leads");
        var cut = Render<JorgeBi.Web.Components.Pages.Leads.Leads>();
        cut.WaitForElement("[data-testid='drill-pager']");

        cut.Find("[data-testid='drill-pager'] button[aria-label='Page 2']").Click();

        Assert.Contains("page=2", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.Equal(2, Source.Requests[^1].Page));
    }

    [Fact]
    public void Timeline_OutOfOrderEvents_ShownOldestFirstInLocalTime()
    {
        TimelineEvent[] events =
        [
            new("default", "deal.closed", new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), """{"dealId":"d-1","salePrice":738000}"""),
            new("default", "lead.created", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), """{"source":"zillow","leadType":"seller"}"""),
            new("default", "bot.interaction", new DateTimeOffset(2026, 3, 1, 8, 0, 5, TimeSpan.Zero), """{"botId":"jorge-seller","success":true}"""),
        ];

        var cut = Render<LeadTimelineView>(p => p.Add(c => c.Events, TimelineEventView.From(events, new Dictionary<string, LocationInfo> { [Berlin.LocationId] = Berlin })));

        var types = cut.FindAll("[data-testid='timeline-type']").Select(e => e.GetAttribute("data-type")).ToList();
        Assert.Equal(["lead.created", "bot.interaction", "deal.closed"], types);
        Assert.Equal("2026-03-01 09:00", cut.FindAll("[data-testid='timeline-time']")[0].TextContent.Trim());
        var last = cut.Find("[data-testid='timeline-event-2']").TextContent;
        Assert.Contains("Deal closed", last);
        Assert.Contains("738000", last);
        Assert.Contains("yes", cut.Find("[data-testid='timeline-event-1']").TextContent);
    }
}
