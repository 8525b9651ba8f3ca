using JorgeBi.Core.Bots;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Demo;
using JorgeBi.Core.Export;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Core.Live;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.Access;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Alerts;
using JorgeBi.Data.Backup;
using JorgeBi.Data.Bots;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Data.Commissions;
using JorgeBi.Data.Digests;
using JorgeBi.Data.Events;
using JorgeBi.Data.Export;
using JorgeBi.Data.Funnel;
using JorgeBi.Data.Hosting;
using JorgeBi.Data.Insights;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Leads;
using JorgeBi.Data.Live;
using JorgeBi.Data.Migrations;
using JorgeBi.Data.Revenue;
using JorgeBi.Data.Seeding;
using JorgeBi.Data.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Everything of this project over <paramref name="database"/>, started or found before the
    /// services are built. The container owns it from here: a factory registration, so
    /// disposing the app stops a cluster it started.
    /// </summary>
    public static IServiceCollection AddDataServices(this IServiceCollection services, AppDatabase database)
    {
        services.AddSingleton(_ => database);
        services.AddSingleton(Options.Create(database.Options));
        services.AddSingleton<Migrator>();
        services.AddSingleton<FirstStartData>();
        if (database.EmbeddedCluster is not null) services.AddHostedService<EmbeddedClusterWatchdog>();
        services.AddSingleton<ChangeFeedState>();
        services.AddHostedService<ChangeFeedListener>();
        services.AddSingleton<EventSummaryQueries>();
        services.AddSingleton(_ => DataSources.Build(database.ConnectionString));
        var read = database.Options.ReadConnectionString;
        services.AddKeyedSingleton(DataSources.Read, (sp, _) =>
            string.IsNullOrWhiteSpace(read) ? sp.GetRequiredService<NpgsqlDataSource>() : DataSources.Build(read));

        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<AlertDeliveryStore>();
        services.AddSingleton<LastEventQueries>();
        services.AddSingleton<AlertSettingsStore>();
        services.AddSingleton<DigestStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<EventStore>();
        services.AddSingleton<GroupCommit>();
        services.AddOptions<AggregatorOptions>().BindConfiguration(AggregatorOptions.Section);
        services.AddSingleton<LogAggregator>();
        services.AddSingleton<AggregatorState>();
        services.AddHostedService<AggregatorService>();
        services.AddSingleton<LogPositionQueries>();
        // Answers say how fresh the data they read is: the read source's own position.
        services.AddSingleton<IDataAsOfSource>(sp => new LogPositionQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.Read)));
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<FirstOwner>();
        services.AddSingleton<SimulationRunner>();
        services.AddSingleton<BackupService>();
        services.AddOptions<SimulationOptions>().BindConfiguration(SimulationOptions.Section);
        services.AddHostedService<BackgroundSimulation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LocationQueries>();
        services.AddSingleton<LocationCache>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<RebucketJobs>();
        services.AddSingleton<ILocationSource>(sp => sp.GetRequiredService<LocationCache>());
        services.AddSingleton<KpiQueries>();
        services.AddSingleton<IKpiSource>(sp => sp.GetRequiredService<KpiQueries>());
        services.AddSingleton<ISpeedToLeadSource, SpeedToLeadQueries>();
        services.AddSingleton<IBotPerformanceSource, BotPerformanceQueries>();
        services.AddSingleton<IBotTrendSource, BotTrendQueries>();
        services.AddSingleton<IFunnelSource, FunnelQueries>();
        services.AddSingleton<ILeadsSource, LeadsQueries>();
        services.AddSingleton<IExportSource, ExportQueries>();
        services.AddSingleton<ISalesSource, SalesQueries>();
        services.AddSingleton<ICommissionBreakdownSource, CommissionBreakdownQueries>();
        services.AddSingleton<IMarketingSource, MarketingQueries>();
        services.AddSingleton<IOpenDealSource, OpenDealQueries>();
        services.AddSingleton<ITrendSource, TrendQueries>();
        services.AddSingleton<IInsightSource, InsightQueries>();
        services.AddSingleton<ILiveSource, LiveQueries>();
        services.AddSingleton<IEventFeedSource, EventFeedQueries>();
        services.AddSingleton<IEventRateSource, EventRateQueries>();
        services.AddSingleton<IClosedDealSource, ClosedDealQueries>();
        return services;
    }
}
