using Bunit;
using Bunit.TestDoubles;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Shared;
using JorgeBi.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace JorgeBi.Tests.Web;

/// <summary>
/// Base for bUnit tests of components that use MudBlazor. Disposal goes through
/// <see cref="IAsyncLifetime"/> because MudBlazor's PointerEventsNoneService is only
/// IAsyncDisposable, which a synchronous container dispose rejects.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Components here read a real database; on a loaded machine a round trip can outlast
        // bUnit's one-second default. A wait still ends the moment its condition holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        Services.AddMudServices();
        // Signed out unless a test says otherwise: role-gated parts (AuthorizeView) stay hidden.
        Authorization = AddAuthorization();
        // URL filters for components that build links; tests needing real locations register their own source.
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ILocationSource>(new NoLocations());
        Services.AddSingleton<LocationAccess>();
        Services.AddSingleton<CompanyLocations>();
        Services.AddSingleton<BiScopeResolver>();
        Services.AddScoped<DashboardFilters>();
        // Pages cache what they load the way the API does.
        Services.AddHybridCache();
        Services.AddSingleton<ApiCache>();
        Services.AddSingleton<IDataAsOfSource>(new NothingApplied());
        Services.AddSingleton<BiAnswer>();
    }

    private sealed class NothingApplied : IDataAsOfSource
    {
        public Task<DataAsOf> GetAsync(CancellationToken ct = default) => Task.FromResult(new DataAsOf(0, DateTimeOffset.UnixEpoch));
    }

    private sealed class NoLocations : ILocationSource
    {
        public Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default) => Task.FromResult<LocationInfo?>(null);

        public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<LocationInfo>>([]);
    }

    protected BunitAuthorizationContext Authorization { get; }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
