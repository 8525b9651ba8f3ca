using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Company;
using JorgeBi.Core.Leads;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Tests.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using LeadsPage = JorgeBi.Web.Components.Pages.Leads.Leads;

namespace JorgeBi.Tests.Web.Leads;

/// <summary>
/// The page reads the drill-down its address asks for through the page cache, one answer per
/// request; every query passes the gate.
/// </summary>
public sealed class LeadsPageTests : CachedPageTests<LeadsPage>
{
    private readonly GatedDrill _drill;

    public LeadsPageTests()
    {
        _drill = new GatedDrill(Gate);
        Services.AddSingleton<ILeadsSource>(_drill);
        Services.AddSingleton<LeadsService>();
    }

    protected override string DataSelector => "[data-testid='drill-total']";

    [Fact]
    public void AnotherFilterInTheAddress_IsAnotherAnswer_ReadForItself()
    {
        Gate.Open();
        WaitForData(Render<LeadsPage>());

        Services.GetRequiredService<NavigationManager>().NavigateTo("/leads?component=leads&temperature=hot");
        WaitForData(Render<LeadsPage>());

        Assert.Equal(2, Gate.Reads);
        Assert.Equal([null, "hot"], _drill.Requests.Select(r => r.Filters.Temperature));
    }

    private sealed class GatedDrill(ReadGate gate) : ILeadsSource
    {
        public List<LeadsRequest> Requests { get; } = [];

        public Task<LeadsResult> QueryAsync(IReadOnlyList<LocationPeriod> locations, LeadsRequest request, CancellationToken ct = default)
        {
            lock (Requests) Requests.Add(request);
            return gate.PassAsync(new LeadsResult(new Dictionary<string, double?> { ["total"] = 0 }, [], 0), ct);
        }

        public Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(IReadOnlyList<string> locationIds, string leadId, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<TimelineEvent>>([]);
    }
}
