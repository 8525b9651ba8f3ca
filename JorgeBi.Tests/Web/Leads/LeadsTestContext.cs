using Bunit;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Leads;

/// <summary>MudBlazor plus the real filters and drill-down service over hand-made rows.</summary>
public abstract class LeadsTestContext : MudTestContext
{
    protected static readonly LocationInfo Berlin = new("default", "Berlin office", "Europe/Berlin", 0.06m, 50_000m);

    protected FakeDrillSource Source { get; } = new();

    protected LeadsTestContext()
    {
        Services.AddSingleton<ILocationSource>(new OneLocation(Berlin));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<BiScopeResolver>();
        Services.AddScoped<DashboardFilters>();
        Services.AddSingleton<ILeadsSource>(Source);
        Services.AddSingleton<LeadsService>();
        Services.AddSingleton(new LiveUpdates(TimeProvider.System));
        // A manager: the page's export button is shown to analysts.
        Authorization.SetAuthorized("maria").SetRoles(JorgeBi.Data.Access.UserRoles.Manager).SetPolicies(JorgeBi.Web.Security.PagePolicies.Analyst);
    }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    protected void GoTo(string relative) => Navigation.NavigateTo(relative);

    protected sealed class OneLocation(LocationInfo location) : ILocationSource
    {
        public Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default) =>
            Task.FromResult(locationId == location.LocationId ? location : null);

        public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<LocationInfo>>([location]);
    }

    /// <summary>Answers every query with <see cref="Rows"/> and records the requests it got.</summary>
    protected sealed class FakeDrillSource : ILeadsSource
    {
        public List<LeadsRequest> Requests { get; } = [];
        public IReadOnlyList<object> Rows { get; set; } = [];
        public long Total { get; set; }
        public IReadOnlyList<TimelineEvent> Timeline { get; set; } = [];

        public Task<LeadsResult> QueryAsync(IReadOnlyList<LocationPeriod> locations, LeadsRequest request, CancellationToken ct = default)
        {
            Requests.Add(request);
            return Task.FromResult(new LeadsResult(new Dictionary<string, double?> { ["total"] = Total }, Rows, Total));
        }

        public Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(IReadOnlyList<string> locationIds, string leadId, CancellationToken ct = default) =>
            Task.FromResult(Timeline);
    }
}
