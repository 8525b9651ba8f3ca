namespace JorgeBi.Core.Kpis;

/// <summary>A location as the analytics need it: its zone, commission rate and monthly target.</summary>
public sealed record LocationInfo(string LocationId, string Name, string TimeZone, decimal CommissionRate, decimal MonthlyCommissionTarget)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTime LocalNow(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, Zone).DateTime;
}
