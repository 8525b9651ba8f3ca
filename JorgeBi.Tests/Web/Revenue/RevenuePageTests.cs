using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Tests.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using RevenuePage = JorgeBi.Web.Components.Pages.Revenue.Revenue;

namespace JorgeBi.Tests.Web.Revenue;

/// <summary>
/// The page reads its revenue, forecast and commission history through the page cache; the
/// hourly sales, read once per computation, pass the gate. The location has sold nothing.
/// </summary>
public sealed class RevenuePageTests : CachedPageTests<RevenuePage>
{
    public RevenuePageTests()
    {
        var nothing = new NoSales(Gate);
        Services.AddSingleton<ISalesSource>(nothing);
        Services.AddSingleton(new RevenueIntelligenceService(Locations, nothing, nothing, nothing, nothing, Clock));
    }

    protected override string DataSelector => "[data-testid='chart-revenue']";

    private sealed class NoSales(ReadGate gate) : ISalesSource, ICommissionBreakdownSource, IMarketingSource, IOpenDealSource
    {
        public Task<IReadOnlyList<SalesBucket>> ReadHourlyAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            gate.PassAsync<IReadOnlyList<SalesBucket>>([], ct);

        public Task<SalesTotals> ReadTotalsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            Task.FromResult(new SalesTotals(0, 0m, 0m));

        public Task<IReadOnlyList<MonthlyCommission>> ReadMonthlyCommissionAsync(LocationInfo location, DateTime before, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<MonthlyCommission>>([]);

        public Task<IReadOnlyList<BreakdownRow>> ReadAsync(LocationInfo location, Period period, RevenueGroupBy groupBy, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<BreakdownRow>>([]);

        public Task<IReadOnlyList<SourceLeads>> ReadLeadsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<SourceLeads>>([]);

        public Task<IReadOnlyList<MonthlySpend>> ReadSpendAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<MonthlySpend>>([]);

        public Task<IReadOnlyList<OpenDealGroup>> ReadAsync(string locationId, DateTimeOffset asOf, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<OpenDealGroup>>([]);
    }
}
