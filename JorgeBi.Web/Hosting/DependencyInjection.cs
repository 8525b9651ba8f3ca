using JorgeBi.Web.Answers;
using JorgeBi.Web.Api;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Components.Shared;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Health;
using JorgeBi.Web.Live;
using JorgeBi.Web.Resilience;
using JorgeBi.Web.Security;
using JorgeBi.Web.Telemetry;
using JorgeBi.Web.Settings;
using JorgeBi.Core.Live;
using Microsoft.AspNetCore.SignalR;
using MudBlazor.Services;

namespace JorgeBi.Web.Hosting;

public static class DependencyInjection
{
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiInfrastructure(configuration);
        services.AddDatabaseKeyRing();
        services.AddApiKeyAuthentication();
        services.AddHybridCache();
        services.AddSingleton<ApiCache>();
        services.AddSingleton<ReadRetry>();
        services.AddSingleton<LocationAccess>();
        services.AddSingleton<CompanyLocations>();
        services.AddSingleton<BiScopeResolver>();
        services.AddSingleton<BiAnswer>();
        services.AddSingleton<BiReads>();
        services.AddSingleton<ApiAnswer>();
        services.AddSingleton<SettingsEditor>();
        services.AddSingleton<RebucketMonitor>();
        services.AddHostedService<RebucketService>();
        services.AddSingleton<AccountEditor>();
        services.AddScoped<DashboardFilters>();
        services.AddCascadingAuthenticationState();
        // The hub speaks the API's JSON (snake_case), so a consumer reads one casing everywhere.
        services.AddSignalR(o => o.AddFilter<HubKeyRevalidation>()).AddJsonProtocol(o => ApiJsonContext.Configure(o.PayloadSerializerOptions));
        services.AddSingleton<HubKeyRevalidation>();
        services.AddHostedService(s => s.GetRequiredService<HubKeyRevalidation>());
        services.AddSingleton<LocationHubGroups>();
        services.AddSingleton<CompanyHubGroups>();
        services.AddSingleton<ILiveCacheInvalidation, LiveCacheInvalidation>();
        services.AddHostedService<LiveBroadcaster>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitRevalidation>();
        services.AddMudServices();
        services.AddTelemetry(configuration);
        services.AddAlerts();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<ChangeFeedHealthCheck>("change-feed", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<AggregatorHealthCheck>("aggregator", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
