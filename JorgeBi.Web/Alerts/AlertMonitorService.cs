using JorgeBi.Core.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// Runs an <see cref="AlertMonitor"/> round every Alerts:EvaluationInterval. A failed round is
/// logged and the next one tries again; an outage of the database itself cannot be recorded
/// while it lasts, so the database health alert fires on the first round that can write.
/// </summary>
public sealed class AlertMonitorService(
    AlertMonitor monitor, IOptionsMonitor<AlertRules> rules, TimeProvider clock, ILogger<AlertMonitorService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!rules.CurrentValue.Enabled) return;
        // The first round waits one interval: a starting instance's aggregator is still catching up.
        await PeriodicRounds.RunAsync(rules.CurrentValue.EvaluationInterval, clock, monitor.EvaluateAsync, log, "Alert evaluation", stoppingToken);
    }
}
