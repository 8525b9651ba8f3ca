using JorgeBi.Core;
using JorgeBi.Data;
using JorgeBi.Web.Api.Account;
using JorgeBi.Web.Api.Admin;
using JorgeBi.Web.Api.Bots;
using JorgeBi.Web.Api.Dashboard;
using JorgeBi.Web.Api.Insights;
using JorgeBi.Web.Api.DrillDown;
using JorgeBi.Web.Api.Events;
using JorgeBi.Web.Api.Export;
using JorgeBi.Web.Api.Revenue;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Health;
using JorgeBi.Web.Live;
using Serilog;

namespace JorgeBi.Web.Hosting;

/// <summary>Builds the application: the same configuration and services for serving and for every command.</summary>
public static class WebHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // No product banner: the server's name and version only help an attacker pick exploits.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // A build run outside Development (./run.sh) finds package assets (MudBlazor,
        // blazor.web.js, scoped CSS) only through the build's static web assets manifest, which
        // the SDK loads by itself in Development only. A published app has none: a no-op there.
        builder.WebHost.UseStaticWebAssets();
        builder.AddLogging();
        builder.Services.AddCoreServices();
        builder.Services.AddDataServices(builder.Configuration);
        builder.Services.AddWebServices(builder.Configuration);
        return builder.Build();
    }

    public static WebApplication UseJorgeBi(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseApiInfrastructure();
        app.UseHubOriginCheck();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapAccountEndpoints();
        app.MapEventsApi();
        app.MapDashboardApi();
        app.MapInsightsApi();
        app.MapBotsApi();
        app.MapRevenueApi();
        app.MapDrillDownApi();
        app.MapExportApi();
        app.MapPageExportEndpoints();
        app.MapAdminApi();
        app.MapHub<MetricsHub>(MetricsHub.Path);
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}
