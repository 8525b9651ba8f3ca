using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Commissions;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Tests.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using CommissionsPage = JorgeBi.Web.Components.Pages.Commissions.Commissions;

namespace JorgeBi.Tests.Web.Commissions;

/// <summary>The page reads its statement of the period through the page cache; one closed deal passes the gate.</summary>
public sealed class CommissionsPageTests : CachedPageTests<CommissionsPage>
{
    public CommissionsPageTests()
    {
        var aggregates = new KpiAggregates { DealsClosed = 1, Revenue = 500_000m, Commission = 30_000m };
        var deal = new ClosedDeal(PageScene.Location.LocationId, "d-1", "l-1", "a-1", "web", 500_000m, 0.06m, 30_000m, new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.FromHours(-7)));
        Services.AddSingleton(new CommissionService(new GatedDeals(Gate, [deal]), new FakeKpiSource(PageScene.DefaultPeriod, aggregates, aggregates, aggregates), Clock));
    }

    protected override string DataSelector => "[data-testid='commission-total-deals']";

    [Fact]
    public void Statement_CountsTheDealOfThePeriod()
    {
        Gate.Open();

        var cut = WaitForData(Render<CommissionsPage>());

        Assert.Equal("1", cut.Find(DataSelector).TextContent.Trim());
    }

    private sealed class GatedDeals(ReadGate gate, IReadOnlyList<ClosedDeal> deals) : IClosedDealSource
    {
        public Task<IReadOnlyList<ClosedDeal>> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) => gate.PassAsync(deals, ct);
    }
}
