using System.Globalization;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Alerts;

/// <summary>
/// The alert rules: from readings to the conditions that hold now. Pure, so the same readings
/// always give the same set; firing and resolving is the caller's comparison of two sets.
/// </summary>
public static class AlertEvaluator
{
    public static IReadOnlyList<AlertCondition> Evaluate(AlertReadings readings, AlertRules rules)
    {
        var found = new List<AlertCondition>();
        foreach (var location in readings.Locations)
        {
            if (rules.BotSuccess.Enabled) found.AddRange(BotSuccess(location));
            if (rules.BotResponse.Enabled) found.AddRange(BotResponse(location, rules.BotResponse));
            if (rules.Anomaly.Enabled) found.AddRange(Anomalies(location, rules.Anomaly));
            if (rules.CommissionPace.Enabled && CommissionPace(location, rules.CommissionPace) is { } pace) found.Add(pace);
            if (rules.Silence.Enabled && Silence(location, readings.Now, rules.Silence) is { } silence) found.Add(silence);
        }
        if (rules.Health.Enabled) found.AddRange(Health(readings.Health, rules.Health));
        return found;
    }

    /// <summary>Only a drop the 95 % Wilson interval proves: a small sample with a bad hour stays quiet.</summary>
    private static IEnumerable<AlertCondition> BotSuccess(LocationReadings l)
    {
        foreach (var b in l.Bots)
        {
            if (BotStatusRule.Success(b.Successes, b.Interactions, (decimal)b.SuccessTarget) != BotStatus.BelowTarget) continue;
            var ci = WilsonInterval.Compute(b.Successes, b.Interactions);
            var rate = (double)b.Successes / b.Interactions;
            yield return new AlertCondition(
                $"{AlertRuleNames.BotSuccess}:{l.Location.LocationId}:{b.BotId}", AlertRuleNames.BotSuccess, l.Location.LocationId,
                AlertRuleNames.Critical,
                $"{b.BotId} at {l.Location.Name} is below its success target",
                Format($"{b.Successes:N0} of {b.Interactions:N0} interactions succeeded ({rate:P1}); the 95 % interval {ci.Low:P1} to {ci.High:P1} lies below the {b.SuccessTarget:P0} target."));
        }
    }

    private static IEnumerable<AlertCondition> BotResponse(LocationReadings l, AlertRules.BotResponseRule rule)
    {
        foreach (var b in l.Bots.Where(b => b.Interactions >= rule.MinInteractions))
        {
            if (BotStatusRule.Latency(b.P95Ms, b.ResponseTargetMs) != BotStatus.OverTarget) continue;
            var p95 = b.P95Ms!.Value;
            if (p95 <= b.ResponseTargetMs * (1 + rule.Margin)) continue;
            yield return new AlertCondition(
                $"{AlertRuleNames.BotResponse}:{l.Location.LocationId}:{b.BotId}", AlertRuleNames.BotResponse, l.Location.LocationId,
                // Twice the target is when people notice the wait (as in the bot matrix's alerts).
                p95 >= 2 * b.ResponseTargetMs ? AlertRuleNames.Critical : AlertRuleNames.Warning,
                $"{b.BotId} at {l.Location.Name} responds slower than its target",
                Format($"p95 response time {p95:N0} ms over {b.Interactions:N0} interactions, against a {b.ResponseTargetMs:N0} ms target."));
        }
    }

    private static IEnumerable<AlertCondition> Anomalies(LocationReadings l, AlertRules.AnomalyRule rule)
    {
        var least = AlertRules.SeverityRank(rule.MinSeverity);
        foreach (var a in l.Anomalies.Where(a => AlertRules.SeverityRank(a.Severity) >= least))
        {
            yield return new AlertCondition(
                $"{AlertRuleNames.Anomaly}:{l.Location.LocationId}:{a.Metric}:{a.Date:yyyy-MM-dd}", AlertRuleNames.Anomaly, l.Location.LocationId,
                a.Severity == "high" ? AlertRuleNames.Critical : AlertRuleNames.Warning,
                Format($"Unusual {a.Metric} at {l.Location.Name} on {a.Date:yyyy-MM-dd}"),
                a.Description);
        }
    }

    private static AlertCondition? CommissionPace(LocationReadings l, AlertRules.CommissionPaceRule rule)
    {
        var p = l.Pace;
        if (p.Target <= 0 || p.Elapsed < rule.MinElapsed) return null;
        double projected = (double)p.MonthToDate / p.Elapsed, target = (double)p.Target;
        if (projected >= target * (1 - rule.Tolerance)) return null;
        return new AlertCondition(
            $"{AlertRuleNames.CommissionPace}:{l.Location.LocationId}", AlertRuleNames.CommissionPace, l.Location.LocationId,
            AlertRuleNames.Warning,
            $"{l.Location.Name}'s commission is off pace for the month",
            Format($"{p.MonthToDate:N0} earned with {p.Elapsed:P0} of the month gone projects to {projected:N0}, {(target - projected) / target:P0} short of the {p.Target:N0} target."));
    }

    /// <summary>
    /// Silence counts from the later of the last event and today's opening in the location's own
    /// hours, so the night before does not make the first minutes of the day look silent.
    /// </summary>
    private static AlertCondition? Silence(LocationReadings l, DateTimeOffset now, AlertRules.SilenceRule rule)
    {
        var localNow = l.Location.LocalNow(now);
        var hours = l.Hours ?? BusinessHours.Of(rule);
        if (!hours.IsOpen(localNow)) return null;
        var opened = hours.OpenedAt(localNow);
        var since = l.LastEventAt is { } last && l.Location.LocalNow(last) > opened ? l.Location.LocalNow(last) : opened;
        var silent = localNow - since;
        if (silent < TimeSpan.FromMinutes(rule.Minutes)) return null;
        return new AlertCondition(
            $"{AlertRuleNames.Silence}:{l.Location.LocationId}", AlertRuleNames.Silence, l.Location.LocationId,
            AlertRuleNames.Warning,
            $"No events from {l.Location.Name}",
            l.LastEventAt is { } at
                ? Format($"No event has arrived for {silent.TotalMinutes:N0} minutes of business hours (last at {at:yyyy-MM-dd HH:mm} UTC).")
                : Format($"No event has ever arrived; {silent.TotalMinutes:N0} minutes of business hours have passed today."));
    }

    private static IEnumerable<AlertCondition> Health(IEnumerable<HealthReading> checks, AlertRules.HealthRule rule)
    {
        foreach (var c in checks)
        {
            var alerting = c.Status == HealthReading.Unhealthy || (rule.IncludeDegraded && c.Status == HealthReading.Degraded);
            if (!alerting) continue;
            yield return new AlertCondition(
                $"{AlertRuleNames.Health}:{c.Name}", AlertRuleNames.Health, null,
                c.Status == HealthReading.Unhealthy ? AlertRuleNames.Critical : AlertRuleNames.Warning,
                $"The {c.Name} is {c.Status}",
                c.Description ?? $"The {c.Name} health check reports {c.Status}.");
        }
    }

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
