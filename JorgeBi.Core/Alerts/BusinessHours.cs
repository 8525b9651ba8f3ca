using System.Globalization;

namespace JorgeBi.Core.Alerts;

/// <summary>
/// When a location is open, in its own zone: the days of the week and the local opening and
/// closing times (closing after opening, within one day). Silence only counts while open.
/// </summary>
public sealed record BusinessHours(IReadOnlyList<DayOfWeek> Days, TimeOnly OpensAt, TimeOnly ClosesAt)
{
    /// <summary>The configured hours every location has until an owner sets its own.</summary>
    public static BusinessHours Of(AlertRules.SilenceRule rule) => new(rule.BusinessDays, rule.OpensAt, rule.ClosesAt);

    public bool IsOpen(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        return Days.Contains(local.DayOfWeek) && time >= OpensAt && time < ClosesAt;
    }

    /// <summary>The opening of the local day of <paramref name="local"/>.</summary>
    public DateTime OpenedAt(DateTime local) => local.Date + OpensAt.ToTimeSpan();

    /// <summary>"Mon, Tue, Wed 09:00-17:00", as the settings page and the audit log show it.</summary>
    public override string ToString() =>
        $"{string.Join(", ", Days.Order().Select(d => d.ToString()[..3]))} {OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture)}-{ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}

/// <summary>A location's hours as the settings show them: its own, or the configured default.</summary>
public sealed record LocationBusinessHours(string LocationId, string Name, BusinessHours Hours, bool IsDefault);
