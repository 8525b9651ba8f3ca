using JorgeBi.Core.Alerts;
using JorgeBi.Data.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// One round of alerting: read, evaluate the rules, record the transitions (the store's
/// advisory lock keeps instances from double-firing), then send the outbox.
/// </summary>
public sealed class AlertMonitor(
    AlertReadingsSource readings, AlertStore store, AlertDispatcher dispatcher, AlertRulesSource rules,
    IOptionsMonitor<AlertChannelOptions> channels, ILogger<AlertMonitor> log)
{
    /// <summary>The transitions recorded; null when another instance was recording at the same moment.</summary>
    public async Task<IReadOnlyList<AlertTransition>?> EvaluateAsync(CancellationToken ct)
    {
        var inForce = await rules.CurrentAsync(ct);
        var current = await readings.ReadAsync(inForce, ct);
        var holding = AlertEvaluator.Evaluate(current, inForce);
        var transitions = await store.RecordAsync(holding, current.Now, channels.CurrentValue.Targets(), ct);
        foreach (var t in transitions ?? [])
            log.LogInformation("Alert {AlertKey} {Transition}: {Title}", t.Alert.AlertKey, t.Transition, t.Alert.Title);
        await dispatcher.DispatchAsync(ct);
        return transitions;
    }
}
