using System.Globalization;

namespace JorgeBi.Core.Bots;

/// <summary>
/// Alerts drawn from matrix rows. A success rate below target is critical only when the
/// interval proves it; latency is critical from twice the target, when users feel it.
/// </summary>
public static class PerformanceAlerts
{
    public static IEnumerable<PerformanceAlert> For(BotMetrics m)
    {
        if (m.SuccessStatus is BotStatus.BelowTarget or BotStatus.AtRisk && m.SuccessRate is { } rate)
        {
            var proven = m.SuccessStatus == BotStatus.BelowTarget;
            yield return new PerformanceAlert(m.BotId,
                proven ? PerformanceAlert.SuccessBelowTarget : PerformanceAlert.SuccessAtRisk,
                proven ? PerformanceAlert.Critical : PerformanceAlert.Warning,
                Format($"{m.Name}: success rate {rate * 100:0.0}% (95% CI {m.SuccessCiLow * 100:0.0}-{m.SuccessCiHigh * 100:0.0}%) {(proven ? "is below" : "may be below")} the {m.SuccessTarget * 100:0}% target over {m.Interactions} interactions."),
                rate, (double)m.SuccessTarget);
        }
        if (m.LatencyStatus == BotStatus.OverTarget && m.P95ResponseMs is { } p95)
        {
            yield return new PerformanceAlert(m.BotId, PerformanceAlert.LatencyOverTarget,
                p95 >= 2 * m.ResponseTargetMs ? PerformanceAlert.Critical : PerformanceAlert.Warning,
                Format($"{m.Name}: p95 response time {p95:0} ms is over its {m.ResponseTargetMs} ms target."),
                p95, m.ResponseTargetMs);
        }
    }

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
