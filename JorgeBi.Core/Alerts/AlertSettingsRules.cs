using System.Globalization;
using System.Net.Mail;
using JorgeBi.Core.Events;

namespace JorgeBi.Core.Alerts;

/// <summary>
/// The limits of the owner's alert settings, checked before anything is stored so each bad
/// field is named: the rules' values, a location's business hours and digest subscriptions.
/// </summary>
public static class AlertSettingsRules
{
    public const int MaxMinInteractions = 100_000;
    public const double MaxMargin = 10;
    public const int MaxSilenceMinutes = 24 * 60;
    public const int MaxEmailLength = 254;

    public static ValidationErrors Check(AlertTuning t)
    {
        var errors = new ValidationErrors();
        if (t.BotResponseMinInteractions is { } n && n is < 1 or > MaxMinInteractions)
            errors.Add(AlertTuningFields.BotResponseMinInteractions, $"Must be a whole number from 1 to {MaxMinInteractions:N0}.");
        if (t.BotResponseMargin is { } margin && !(margin is >= 0 and <= MaxMargin))
            errors.Add(AlertTuningFields.BotResponseMargin, "Must be a fraction from 0 to 10 (0.2 alerts above 120 % of the target).");
        if (t.BotTimeframe is { } timeframe && !AlertRules.BotTimeframes.Contains(timeframe))
            errors.Add(AlertTuningFields.BotTimeframe, $"Must be one of {string.Join(", ", AlertRules.BotTimeframes)}.");
        if (t.AnomalySensitivity is { } sensitivity && !(sensitivity is >= 0.1 and <= 1.0))
            errors.Add(AlertTuningFields.AnomalySensitivity, "Must be from 0.1 (only the wildest days) to 1.0.");
        if (t.AnomalyMinSeverity is { } severity && AlertRules.SeverityRank(severity) < 0)
            errors.Add(AlertTuningFields.AnomalyMinSeverity, $"Must be one of {string.Join(", ", AlertRules.Severities)}.");
        if (t.CommissionPaceTolerance is { } tolerance && !(tolerance is >= 0 and < 1))
            errors.Add(AlertTuningFields.CommissionPaceTolerance, "Must be a fraction from 0 to below 1 (10 % is 0.1).");
        if (t.CommissionPaceMinElapsed is { } elapsed && !(elapsed is >= 0 and < 1))
            errors.Add(AlertTuningFields.CommissionPaceMinElapsed, "Must be a fraction of the month from 0 to below 1 (10 % is 0.1).");
        if (t.SilenceMinutes is { } minutes && minutes is < 1 or > MaxSilenceMinutes)
            errors.Add(AlertTuningFields.SilenceMinutes, $"Must be a whole number of minutes from 1 to {MaxSilenceMinutes:N0}.");
        return errors;
    }

    /// <summary>
    /// Hours as given (day names in English, any case; times as HH:mm in the location's zone).
    /// Closing must follow opening on the same day: hours across midnight are two days' hours.
    /// </summary>
    public static ValidationErrors Check(IReadOnlyList<string>? days, string? opensAt, string? closesAt, out BusinessHours? hours)
    {
        var errors = new ValidationErrors();
        hours = null;
        var parsedDays = new List<DayOfWeek>();
        if (days is not { Count: > 0 }) errors.Add(AlertTuningFields.Days, "Name at least one day of the week.");
        else
        {
            foreach (var day in days)
            {
                if (Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(day, out _)) parsedDays.Add(d);
                else errors.Add(AlertTuningFields.Days, $"'{day}' is not a day of the week (monday ... sunday).");
            }
        }
        var opens = Time(opensAt, AlertTuningFields.OpensAt, errors);
        var closes = Time(closesAt, AlertTuningFields.ClosesAt, errors);
        if (opens is { } o && closes is { } c && c <= o) errors.Add(AlertTuningFields.ClosesAt, "Must be after the opening time, on the same day.");
        if (errors.IsEmpty) hours = new BusinessHours(parsedDays.Distinct().Order().ToList(), opens!.Value, closes!.Value);
        return errors;
    }

    public static ValidationErrors CheckSubscription(string? email, string? frequency, string? locationId)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(email) || email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email)
            errors.Add(AlertTuningFields.Email, "Must be one email address such as owner@example.com.");
        if (frequency is not (Digests.DigestFrequency.Daily or Digests.DigestFrequency.Weekly))
            errors.Add(AlertTuningFields.Frequency, "Must be daily or weekly.");
        if (locationId is null || !EventValidator.LocationIdPattern().IsMatch(locationId))
            errors.Add(AlertTuningFields.LocationId, "Must name a location.");
        return errors;
    }

    private static TimeOnly? Time(string? text, string field, ValidationErrors errors)
    {
        // Seconds are accepted when zero: a browser's time input may send them.
        if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && time.Second == 0) return time;
        errors.Add(field, string.IsNullOrEmpty(text) ? "Required: a local time as HH:mm, e.g. 09:00." : $"'{text}' is not a local time as HH:mm, e.g. 09:00.");
        return null;
    }
}
