namespace JorgeBi.Core.Demo;

/// <summary>
/// Converts between instants and the location's wall clock: months, business hours and
/// appointment slots are local, and events carry the local offset as a real CRM would send.
/// </summary>
internal sealed class LocalClock(TimeZoneInfo zone)
{
    public static LocalClock For(string timeZoneId)
    {
        // UTC is an acceptable stand-in when the host has no time zone data for the id.
        return new LocalClock(TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc);
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(zone.GetUtcOffset(instant));

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant of a local wall-clock time; business hours never hit a DST gap.</summary>
    public DateTimeOffset At(DateOnly date, double hourOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddHours(hourOfDay);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public DateTimeOffset StartOfMonth(int year, int month) => At(new DateOnly(year, month, 1), 0);
}
