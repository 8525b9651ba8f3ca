using JorgeBi.Core.Leads;

namespace JorgeBi.Tests.Leads;

public sealed class LeadsRequestTests
{
    [Theory]
    [InlineData(0, 50, "page")]
    [InlineData(1, 0, "page_size")]
    [InlineData(1, 201, "page_size")]
    public void Validate_PagingOutOfRange_NamesTheField(int page, int pageSize, string field)
    {
        var errors = new LeadsRequest { Component = LeadsComponents.Leads, Page = page, PageSize = pageSize }.Validate();

        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Validate_LargestPage_IsAccepted() =>
        Assert.True(new LeadsRequest { Component = LeadsComponents.Bots, PageSize = 200 }.Validate().IsEmpty);

    [Fact]
    public void Validate_UnknownComponent_IsRefused() =>
        Assert.Equal(["component"], new LeadsRequest { Component = "secrets" }.Validate().ToDictionary().Keys);

    [Fact]
    public void Validate_FilterOfAnotherComponentAndBadValues_AreRefused()
    {
        var errors = new LeadsRequest
        {
            Component = LeadsComponents.Leads,
            Metric = "revenue",
            Filters = new LeadsFilters { Stage = "closed", Temperature = "boiling", Source = "" },
        }.Validate();

        Assert.Equal(["filters.source", "filters.stage", "filters.temperature", "metric"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public async Task Service_InvalidRequest_ThrowsBeforeQuerying()
    {
        var service = new LeadsService(null!);

        await Assert.ThrowsAsync<ArgumentException>(() => service.QueryAsync(null!, new LeadsRequest { Component = "x" }));
    }
}
