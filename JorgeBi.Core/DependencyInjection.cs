using JorgeBi.Core.Analytics;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.DrillDown;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Live;
using JorgeBi.Core.Realtime;
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
        services.AddSingleton<DrillDownService>();
        services.AddSingleton<AnalyticsCsvReports>();
        services.AddSingleton<CsvExportService>();
        services.AddSingleton<RevenueIntelligenceService>();
        services.AddSingleton<AnomalyService>();
        services.AddSingleton<InsightService>();
        services.AddSingleton<RealtimeMetricsService>();
        services.AddSingleton<CommissionService>();
        return services;
    }
}
