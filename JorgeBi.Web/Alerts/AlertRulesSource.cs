using JorgeBi.Core.Alerts;
using JorgeBi.Data.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// The rules in force: the configuration (section "Alerts") with what an owner set on the
/// settings page in its place. Read anew each time, so a save applies from the next round.
/// </summary>
public sealed class AlertRulesSource(AlertSettingsStore store, IOptionsMonitor<AlertRules> configured)
{
    public AlertRules Configured => configured.CurrentValue;

    /// <summary>The business hours of a location that has none of its own.</summary>
    public BusinessHours DefaultHours => BusinessHours.Of(configured.CurrentValue.Silence);

    public async Task<AlertRules> CurrentAsync(CancellationToken ct) => (await store.ReadTuningAsync(ct)).ApplyTo(configured.CurrentValue);

    public async Task<AlertTuningView> ViewAsync(CancellationToken ct) => AlertTuningView.Of(configured.CurrentValue, await store.ReadTuningAsync(ct));
}
