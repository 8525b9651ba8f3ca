using JorgeBi.Core.Bots;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Export;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Core.Live;
using JorgeBi.Core.Revenue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JorgeBi.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<ExecutiveKpiService>();
        services.AddSingleton<Company.CompanyKpiService>();
        services.AddSingleton<BotPerformanceService>();
        services.AddSingleton<BotTrendService>();
        services.AddSingleton<FunnelService>();
        services.AddSingleton<LeadsService>();
        services.AddSingleton<SummaryCsvReports>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<RevenueIntelligenceService>();
        services.AddSingleton<AnomalyService>();
        services.AddSingleton<InsightService>();
        services.AddSingleton<LiveMetricsService>();
        services.AddSingleton<CommissionService>();
        return services;
    }
}
