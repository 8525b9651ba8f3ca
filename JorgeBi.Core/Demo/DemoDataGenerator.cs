using System.Text.RegularExpressions;
using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// Deterministic, realistic demo history for one location (see DOMAIN.md): lead sources of
/// different volume and quality, spring seasonality, yearly growth, bot conversations, deals
/// and monthly marketing spend, plus the planted <see cref="DemoDip"/>.
/// </summary>
public static partial class DemoDataGenerator
{
    /// <summary>
    /// Streams the events month by month (in any order within a month), none after
    /// <see cref="DemoOptions.End"/>. Memory stays constant whatever the scale: instead of
    /// buffering events that fall in later months, each month redraws the few-month-old leads
    /// whose stories reach into it.
    /// </summary>
    public static IEnumerable<BiEvent> Generate(DemoOptions o)
    {
        Validate(o);
        return Stream(o);
    }

    /// <summary>What <see cref="Generate"/> will roughly yield (within a few percent), for progress reporting.</summary>
    public static long ApproximateEventCount(DemoOptions o)
    {
        Validate(o);
        var clock = LocalClock.For(o.TimeZone);
        // Warm-up leads spill about as many events into the history as its last leads lose past End.
        var months = DemoCalendar.Build(o, clock).Where(m => !m.IsWarmUp).ToList();
        var spend = months.Sum(m => MarketingSpendPlan.ForMonth(o, clock, m).Count());
        return (long)Math.Round(months.Sum(m => (long)m.LeadCount) * DemoCalendar.EventsPerLead) + spend;
    }

    private static IEnumerable<BiEvent> Stream(DemoOptions o)
    {
        var clock = LocalClock.For(o.TimeZone);
        var months = DemoCalendar.Build(o, clock);
        for (var i = DemoCalendar.LookbackMonths; i < months.Count; i++)
        {
            var month = months[i];
            for (var j = i - DemoCalendar.LookbackMonths; j <= i; j++)
            {
                for (var leadNo = months[j].FirstLeadNo; leadNo < months[j].FirstLeadNo + months[j].LeadCount; leadNo++)
                {
                    var fate = LeadFate.Draw(o.Seed, clock, months[j], leadNo);
                    if (fate.LastEventBound < month.Start)
                    {
                        continue;
                    }

                    foreach (var e in LeadStory.Events(o, clock, fate, month.Start, month.End))
                    {
                        yield return e;
                    }
                }
            }

            foreach (var e in MarketingSpendPlan.ForMonth(o, clock, month))
            {
                yield return e;
            }
        }
    }

    private static void Validate(DemoOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!Enum.IsDefined(o.Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Scale, "Unknown demo scale.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(o.Months, 1, nameof(o.Months));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(o.Months, 600, nameof(o.Months));
        if (!LocationIdPattern().IsMatch(o.LocationId ?? ""))
        {
            throw new ArgumentException($"LocationId '{o.LocationId}' must match {LocationIdPattern()}.", nameof(o));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex LocationIdPattern();
}
