using JorgeBi.Core.Alerts;
using JorgeBi.Web.Digests;

namespace JorgeBi.Web.Alerts;

public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertRules>().BindConfiguration(AlertRules.Section);
        services.AddOptions<AlertChannelOptions>().BindConfiguration(AlertRules.Section);
        services.AddHttpClient<WebhookChannel>();
        services.AddSingleton<EmailChannel>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<AlertRulesSource>();
        services.AddSingleton<AlertReadingsSource>();
        services.AddSingleton<AlertMonitor>();
        services.AddHostedService<AlertMonitorService>();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section);
        services.AddSingleton<DigestSender>();
        services.AddHostedService<DigestService>();
        return services;
    }
}
