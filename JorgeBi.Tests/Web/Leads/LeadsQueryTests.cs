using JorgeBi.Core.Leads;
using JorgeBi.Web.Components.Pages.Leads;

namespace JorgeBi.Tests.Web.Leads;

public sealed class LeadsQueryTests
{
    private static LeadsQuery Parse(string query) => LeadsQuery.FromUri("http://localhost/leads" + query);

    [Fact]
    public void Parse_FullQuery_UsesTheApiNames()
    {
        var q = Parse("?component=revenue&metric=deals_closed&source=zillow&bot_id=jorge-seller&temperature=hot&stage=closed&agent_id=a-7&lead_type=seller&page=3&page_size=20");

        Assert.True(q.IsValid, string.Join("; ", q.Errors));
        Assert.Equal("revenue", q.Request.Component);
        Assert.Equal("deals_closed", q.Request.Metric);
        Assert.Equal(new LeadsFilters { Source = "zillow", BotId = "jorge-seller", Temperature = "hot", Stage = "closed", AgentId = "a-7", LeadType = "seller" }, q.Request.Filters);
        Assert.Equal((3, 20), (q.Request.Page, q.Request.PageSize));
    }

    [Fact]
    public void Parse_EmptyQuery_IsAllLeadsFirstPage()
    {
        var q = Parse("");

        Assert.True(q.IsValid);
        Assert.Equal(LeadsComponents.Leads, q.Request.Component);
        Assert.Empty(q.Request.Filters.Set());
        Assert.Equal((1, 50), (q.Request.Page, q.Request.PageSize));
    }

    [Theory]
    [InlineData("?temperature=boiling", "Filter temperature: Must be one of: hot")]
    [InlineData("?component=weather", "View: Must be one of: leads, bots, revenue, conversion.")]
    [InlineData("?page=abc", "Page: 'abc' is not a whole number.")]
    [InlineData("?page=0", "Page: Must be 1 or more.")]
    [InlineData("?page_size=5000", "Rows per page: Must be between 1 and 200.")]
    [InlineData("?component=bots&stage=closed", "Filter stage: Does not apply to component bots.")]
    [InlineData("?component=leads&metric=revenue", "Metric: Must be one of: total_leads, qualified_leads.")]
    public void Parse_InvalidValue_GivesAFriendlyMessage(string query, string expected)
    {
        var q = Parse(query);

        Assert.False(q.IsValid);
        Assert.Contains(q.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NonNumberPage_IsReportedOnce()
    {
        Assert.Single(Parse("?page=x").Errors);
    }
}
