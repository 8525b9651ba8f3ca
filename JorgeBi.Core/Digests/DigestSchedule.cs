using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Digests;

/// <summary>
/// Which period a digest is due for, in the location's local time: the latest one whose send
/// moment (the day after it ends, at the send time) has come. A daily digest covers the day
/// before; a weekly one, sent on Mondays, the Monday-to-Sunday week before. An instance that
/// was down at the send moment sends the same period when it is back, until the next is due.
/// </summary>
public static class DigestSchedule
{
    /// <param name="localNow">Now in the location's zone.</param>
    /// <param name="sendAt">The local time of day digests go out.</param>
    public static DigestDue Due(string frequency, DateTime localNow, TimeOnly sendAt)
    {
        var sendDay = TimeOnly.FromDateTime(localNow) >= sendAt ? localNow.Date : localNow.Date.AddDays(-1);
        var days = 1;
        if (frequency == DigestFrequency.Weekly)
        {
            sendDay = sendDay.AddDays(-(((int)sendDay.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
            days = 7;
        }
        return new DigestDue(new Period(sendDay.AddDays(-days), sendDay), sendDay + sendAt.ToTimeSpan());
    }
}

/// <summary>A period a digest covers and the local moment it is sent at.</summary>
public sealed record DigestDue(Period Period, DateTime SendsAt)
{
    public DateOnly FirstDay => DateOnly.FromDateTime(Period.Start);

    public DateOnly LastDay => DateOnly.FromDateTime(Period.End).AddDays(-1);
}
