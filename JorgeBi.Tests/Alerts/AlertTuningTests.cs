using JorgeBi.Core.Alerts;

namespace JorgeBi.Tests.Alerts;

/// <summary>Owner-tuned values over the configured rules, and their limits.</summary>
public sealed class AlertTuningTests
{
    private static readonly AlertRules Configured = new()
    {
        BotTimeframe = "7d",
        Silence = { Minutes = 45, OpensAt = new TimeOnly(9, 0) },
        Anomaly = { MinSeverity = "medium" },
    };

    [Fact]
    public void ApplyTo_SetMembersReplaceTheConfiguredValues_NullMembersFollowThem()
    {
        var rules = new AlertTuning { SilenceMinutes = 15, BotResponseEnabled = false, BotResponseMargin = 0.2 }.ApplyTo(Configured);

        Assert.Equal((15, false, 0.2), (rules.Silence.Minutes, rules.BotResponse.Enabled, rules.BotResponse.Margin));
        Assert.Equal(("7d", "medium", new TimeOnly(9, 0)), (rules.BotTimeframe, rules.Anomaly.MinSeverity, rules.Silence.OpensAt));
        Assert.Equal(45, Configured.Silence.Minutes);   // the shared configuration is left as it was
    }

    [Fact]
    public void View_ShowsValuesInForce_TheDefaults_AndWhichAreOverridden()
    {
        var view = AlertTuningView.Of(Configured, new AlertTuning { SilenceMinutes = 15, AnomalyMinSeverity = "high" });

        Assert.Equal((15, "high"), (view.Values.SilenceMinutes, view.Values.AnomalyMinSeverity));
        Assert.Equal((45, "medium", 20), (view.Defaults.SilenceMinutes, view.Defaults.AnomalyMinSeverity, view.Defaults.BotResponseMinInteractions));
        Assert.Equal([AlertTuningFields.AnomalyMinSeverity, AlertTuningFields.SilenceMinutes], view.Overridden);
    }

    [Fact]
    public void Except_KeepsOnlyValuesThatDifferFromTheDefaults()
    {
        var defaults = AlertTuning.Of(Configured);
        var shown = defaults with { SilenceMinutes = 30, HealthEnabled = false };

        var stored = shown.Except(defaults);

        Assert.Equal([AlertTuningFields.SilenceMinutes, AlertTuningFields.HealthEnabled], stored.Overridden);
        Assert.Empty(defaults.Except(defaults).Overridden);
    }

    [Theory]
    [InlineData(AlertTuningFields.SilenceMinutes)]
    [InlineData(AlertTuningFields.BotResponseMinInteractions)]
    [InlineData(AlertTuningFields.BotResponseMargin)]
    [InlineData(AlertTuningFields.BotTimeframe)]
    [InlineData(AlertTuningFields.AnomalySensitivity)]
    [InlineData(AlertTuningFields.AnomalyMinSeverity)]
    [InlineData(AlertTuningFields.CommissionPaceTolerance)]
    [InlineData(AlertTuningFields.CommissionPaceMinElapsed)]
    public void Check_OutOfRangeValue_NamesItsField(string field)
    {
        var bad = field switch
        {
            AlertTuningFields.SilenceMinutes => new AlertTuning { SilenceMinutes = 0 },
            AlertTuningFields.BotResponseMinInteractions => new AlertTuning { BotResponseMinInteractions = -1 },
            AlertTuningFields.BotResponseMargin => new AlertTuning { BotResponseMargin = double.NaN },
            AlertTuningFields.BotTimeframe => new AlertTuning { BotTimeframe = "1y" },
            AlertTuningFields.AnomalySensitivity => new AlertTuning { AnomalySensitivity = 1.5 },
            AlertTuningFields.AnomalyMinSeverity => new AlertTuning { AnomalyMinSeverity = "extreme" },
            AlertTuningFields.CommissionPaceTolerance => new AlertTuning { CommissionPaceTolerance = 1 },
            _ => new AlertTuning { CommissionPaceMinElapsed = -0.1 },
        };

        Assert.Equal([field], AlertSettingsRules.Check(bad).ToDictionary().Keys);
        Assert.True(AlertSettingsRules.Check(AlertTuning.Of(Configured)).IsEmpty);
    }

    [Fact]
    public void BusinessHours_ParsedFromDayNamesAndTimes_BadOnesNamed()
    {
        Assert.True(AlertSettingsRules.Check(["friday", "Monday", "monday"], "09:00", "17:30", out var hours).IsEmpty);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], hours!.Days);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 30)), (hours.OpensAt, hours.ClosesAt));

        var errors = AlertSettingsRules.Check(["funday", "3"], "9am", "08:00", out _).ToDictionary();
        Assert.Equal([AlertTuningFields.Days, AlertTuningFields.OpensAt], errors.Keys.Order());
        Assert.Equal(2, errors[AlertTuningFields.Days].Length);
        Assert.Equal([AlertTuningFields.ClosesAt], AlertSettingsRules.Check(["monday"], "18:00", "09:00", out _).ToDictionary().Keys);
        Assert.Equal([AlertTuningFields.Days], AlertSettingsRules.Check([], "09:00", "17:00", out _).ToDictionary().Keys);
    }
}
