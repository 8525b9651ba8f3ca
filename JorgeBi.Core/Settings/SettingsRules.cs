using JorgeBi.Core.Events;

namespace JorgeBi.Core.Settings;

/// <summary>
/// The limits of every setting, checked before anything is stored so each bad field is named.
/// They are the columns' own limits (numeric scales included), so a value that passes is
/// stored exactly as given.
/// </summary>
public static class SettingsRules
{
    public const int MaxNameLength = 100;
    public const decimal MaxMonthlyTarget = 999_999_999_999.99m;
    public const int MaxResponseTargetMs = 60_000;

    public static ValidationErrors Check(string locationId, LocationChange change)
    {
        var errors = new ValidationErrors();
        if (!EventValidator.LocationIdPattern().IsMatch(locationId)) errors.Add(SettingsFields.LocationId, EventValidator.LocationIdRule);
        CheckName(change.Name, errors);
        if (change.TimeZone is { } zone && !IsIanaZone(zone))
        {
            errors.Add(SettingsFields.TimeZone, "Must be an IANA time zone such as America/Los_Angeles or Europe/Berlin.");
        }
        if (change.CommissionRate is { } rate && (rate <= 0 || rate > Domain.MaxCommissionRate || HasMoreDecimals(rate, 5)))
        {
            errors.Add(SettingsFields.CommissionRate, "Must be a fraction above 0 and at most 0.1 (6 % is 0.06), with at most 5 decimals.");
        }
        if (change.MonthlyCommissionTarget is { } target && (target < 0 || target > MaxMonthlyTarget || HasMoreDecimals(target, 2)))
        {
            errors.Add(SettingsFields.MonthlyCommissionTarget, "Must be an amount in USD from 0 to 999,999,999,999.99, in cents at most.");
        }
        return errors;
    }

    public static ValidationErrors Check(BotChange change)
    {
        var errors = new ValidationErrors();
        CheckName(change.Name, errors);
        if (change.ResponseTargetMs is { } ms && ms is <= 0 or > MaxResponseTargetMs)
        {
            errors.Add(SettingsFields.ResponseTargetMs, $"Must be a whole number of milliseconds from 1 to {MaxResponseTargetMs}.");
        }
        if (change.SuccessTarget is { } success && (success <= 0 || success > 1 || HasMoreDecimals(success, 4)))
        {
            errors.Add(SettingsFields.SuccessTarget, "Must be a fraction above 0 and at most 1 (94 % is 0.94), with at most 4 decimals.");
        }
        return errors;
    }

    public static ValidationErrors CheckName(string? name)
    {
        var errors = new ValidationErrors();
        if (name is null) errors.Add(SettingsFields.Name, "Required.");
        CheckName(name, errors);
        return errors;
    }

    /// <summary>
    /// An IANA zone id exactly as given: the rollups bucket by it in PostgreSQL and the periods
    /// in .NET, which both read the system's tz database. A Windows name (which .NET would
    /// translate) or an abbreviation such as PST (which PostgreSQL would read as a fixed offset)
    /// is refused.
    /// </summary>
    public static bool IsIanaZone(string zone) =>
        zone.Length is > 0 and <= 64
        && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found)
        && found.HasIanaId
        && string.Equals(found.Id, zone, StringComparison.Ordinal);

    private static void CheckName(string? name, ValidationErrors errors)
    {
        if (name is not null && (name.Trim().Length == 0 || name.Length > MaxNameLength))
        {
            errors.Add(SettingsFields.Name, $"Must have 1 to {MaxNameLength} characters.");
        }
    }

    private static bool HasMoreDecimals(decimal value, int decimals) => decimal.Round(value, decimals) != value;
}
