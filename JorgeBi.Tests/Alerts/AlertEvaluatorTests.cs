using JorgeBi.Core.Alerts;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Alerts;

/// <summary>
/// The rules on hand-made readings. "Now" is Wednesday 2026-06-17 10:30 in Los Angeles
/// (17:30 UTC), inside the default business hours (Monday to Saturday, 08:00-20:00).
/// </summary>
public sealed class AlertEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 17, 17, 30, 0, TimeSpan.Zero);
    private static readonly LocationInfo La = new("la", "Los Angeles", "America/Los_Angeles", 0.03m, 30_000m);
    private static readonly CommissionPace OnPace = new(15_000m, 0.5, 30_000m);

    private static LocationReadings Location(
        IReadOnlyList<BotStats>? bots = null, IReadOnlyList<AnomalyFinding>? anomalies = null, CommissionPace? pace = null, DateTimeOffset? lastEventAt = null) =>
        new(La, bots ?? [], anomalies ?? [], pace ?? OnPace, lastEventAt ?? Now.AddMinutes(-1));

    private static IReadOnlyList<AlertCondition> Evaluate(LocationReadings location, AlertRules? rules = null, params HealthReading[] health) =>
        AlertEvaluator.Evaluate(new AlertReadings(Now, [location], health), rules ?? new AlertRules());

    [Fact]
    public void QuietReadings_GiveNoCondition()
    {
        var bots = new List<BotStats> { new("lead-bot", 200, 190, 0.9, 2000, 1500, 5) };
        var conditions = Evaluate(Location(bots), health: new HealthReading("database", HealthReading.Healthy, null));
        Assert.Empty(conditions);
    }

    [Fact]
    public void BotSuccess_IntervalWhollyBelowTarget_FiresCritical()
    {
        // 80 of 100: Wilson 95 % upper bound 0.867 < 0.9.
        var c = Assert.Single(Evaluate(Location([new BotStats("jorge-buyer", 100, 80, 0.9, 2000, null, 0)])));
        Assert.Equal("bot-success:la:jorge-buyer", c.Key);
        Assert.Equal(AlertRuleNames.Critical, c.Severity);
        Assert.Equal("la", c.LocationId);
        Assert.Contains("80 of 100", c.Message);
    }

    [Fact]
    public void BotSuccess_BelowTargetButWithinNoise_StaysQuiet()
    {
        // 8 of 10 is 80 %, but the interval (0.49-0.94) still reaches 0.9.
        Assert.Empty(Evaluate(Location([new BotStats("jorge-buyer", 10, 8, 0.9, 2000, null, 0)])));
    }

    [Fact]
    public void BotResponse_P95OverTarget_FiresWarning_AndCriticalFromTwiceTheTarget()
    {
        var slow = Assert.Single(Evaluate(Location([new BotStats("lead-bot", 100, 100, 0.9, 2000, 2500, 10)])));
        Assert.Equal("bot-response:la:lead-bot", slow.Key);
        Assert.Equal(AlertRuleNames.Warning, slow.Severity);

        var crawling = Assert.Single(Evaluate(Location([new BotStats("lead-bot", 100, 100, 0.9, 2000, 4000, 10)])));
        Assert.Equal(AlertRuleNames.Critical, crawling.Severity);
    }

    [Fact]
    public void BotResponse_WithAMargin_FiresOnlyAboveTargetTimesOnePlusMargin()
    {
        var rules = new AlertRules { BotResponse = { Margin = 0.25 } };
        Assert.Empty(Evaluate(Location([new BotStats("lead-bot", 100, 100, 0.9, 2000, 2500, 10)]), rules));   // exactly 125 %
        Assert.Single(Evaluate(Location([new BotStats("lead-bot", 100, 100, 0.9, 2000, 2501, 10)]), rules));
    }

    [Fact]
    public void BotResponse_FewerInteractionsThanTheMinimum_StaysQuiet()
    {
        Assert.Empty(Evaluate(Location([new BotStats("lead-bot", 19, 19, 0.9, 2000, 9000, 5)])));
    }

    [Fact]
    public void Anomaly_AtOrAboveTheMinimumSeverity_Fires_LowerOnesDoNot()
    {
        var high = new AnomalyFinding(new DateOnly(2026, 6, 17), "leads", 2, 40, 30, 50, "down", "high", "Leads fell to 2.");
        var medium = high with { Metric = "commission", Severity = "medium" };

        var c = Assert.Single(Evaluate(Location(anomalies: [high, medium])));
        Assert.Equal("anomaly:la:leads:2026-06-17", c.Key);
        Assert.Equal("Leads fell to 2.", c.Message);

        var rules = new AlertRules { Anomaly = { MinSeverity = "medium" } };
        Assert.Equal(2, Evaluate(Location(anomalies: [high, medium]), rules).Count);
    }

    [Fact]
    public void CommissionPace_ProjectionShortByMoreThanTheTolerance_Fires()
    {
        // 12,000 at half the month projects to 24,000: 20 % short of 30,000.
        var c = Assert.Single(Evaluate(Location(pace: new CommissionPace(12_000m, 0.5, 30_000m))));
        Assert.Equal("commission-pace:la", c.Key);
        Assert.Contains("projects to 24,000, 20 % short", c.Message);
    }

    [Fact]
    public void CommissionPace_WithinTolerance_OrTooEarlyInTheMonth_OrNoTarget_StaysQuiet()
    {
        Assert.Empty(Evaluate(Location(pace: new CommissionPace(14_000m, 0.5, 30_000m))));   // 6.7 % short
        Assert.Empty(Evaluate(Location(pace: new CommissionPace(0m, 0.05, 30_000m))));       // before 10 % of the month
        Assert.Empty(Evaluate(Location(pace: new CommissionPace(0m, 0.5, 0m))));
    }

    [Fact]
    public void Silence_NoEventForMoreThanTheLimitDuringBusinessHours_Fires()
    {
        var c = Assert.Single(Evaluate(Location(lastEventAt: Now.AddMinutes(-61))));
        Assert.Equal("silence:la", c.Key);
        Assert.Empty(Evaluate(Location(lastEventAt: Now.AddMinutes(-59))));
    }

    [Fact]
    public void Silence_CountsFromOpening_NotFromTheNightBefore()
    {
        // Last event yesterday evening; at 10:30 the location has been open 150 minutes.
        var rules = new AlertRules { Silence = { Minutes = 180 } };
        Assert.Empty(Evaluate(Location(lastEventAt: Now.AddHours(-15)), rules));
        rules.Silence.Minutes = 120;
        Assert.Single(Evaluate(Location(lastEventAt: Now.AddHours(-15)), rules));
    }

    [Fact]
    public void Silence_OutsideBusinessHoursOrDays_StaysQuiet()
    {
        var closedAtTen = new AlertRules { Silence = { OpensAt = new TimeOnly(11, 0) } };
        Assert.Empty(Evaluate(Location(lastEventAt: Now.AddDays(-2)), closedAtTen));
        var weekendsOnly = new AlertRules { Silence = { Days = [DayOfWeek.Saturday, DayOfWeek.Sunday] } };
        Assert.Empty(Evaluate(Location(lastEventAt: Now.AddDays(-2)), weekendsOnly));
    }

    [Fact]
    public void Silence_LocationsOwnHours_ReplaceTheConfiguredOnes()
    {
        // Wednesday 10:30 in Los Angeles: open by the configured 08:00-20:00, closed by hours from 11:00.
        var lateOpening = new BusinessHours([DayOfWeek.Wednesday], new TimeOnly(11, 0), new TimeOnly(19, 0));
        Assert.Empty(Evaluate(Location(lastEventAt: Now.AddDays(-2)) with { Hours = lateOpening }));
        // Open since 09:00 on its own hours: 90 minutes of silence against the 60 allowed.
        var early = new BusinessHours([DayOfWeek.Wednesday], new TimeOnly(9, 0), new TimeOnly(17, 0));
        var c = Assert.Single(Evaluate(Location(lastEventAt: Now.AddDays(-2)) with { Hours = early }));
        Assert.Contains("for 90 minutes of business hours", c.Message);
    }

    [Fact]
    public void Health_UnhealthyIsCritical_DegradedIsWarning_UnlessDegradedIsExcluded()
    {
        var checks = new[]
        {
            new HealthReading("database", HealthReading.Unhealthy, "database unreachable"),
            new HealthReading("aggregator", HealthReading.Degraded, "leader; 4,000 ms behind"),
        };
        var conditions = Evaluate(Location(), null, checks);
        Assert.Equal(["health:database", "health:aggregator"], conditions.Select(c => c.Key));
        Assert.Equal([AlertRuleNames.Critical, AlertRuleNames.Warning], conditions.Select(c => c.Severity));
        Assert.Null(conditions[0].LocationId);

        var onlyUnhealthy = Evaluate(Location(), new AlertRules { Health = { IncludeDegraded = false } }, checks);
        Assert.Equal("health:database", Assert.Single(onlyUnhealthy).Key);
    }

    [Fact]
    public void DisabledRule_GivesNoCondition()
    {
        var rules = new AlertRules { BotSuccess = { Enabled = false } };
        Assert.Empty(Evaluate(Location([new BotStats("jorge-buyer", 100, 80, 0.9, 2000, null, 0)]), rules));
    }
}
