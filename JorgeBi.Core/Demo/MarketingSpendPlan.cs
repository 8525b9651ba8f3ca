using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// One <c>marketing.spend</c> per paid source and month, booked on the month's last evening as
/// an invoice would be. The amount follows the month's expected leads from that source at the
/// source's cost per lead (+/-10 %), so cost per lead and ROI come out plausible.
/// </summary>
internal static class MarketingSpendPlan
{
    public static IEnumerable<BiEvent> ForMonth(DemoOptions o, LocalClock clock, DemoMonth month)
    {
        var bookedAt = clock.At(DateOnly.FromDateTime(clock.ToLocal(month.Start).DateTime).AddMonths(1).AddDays(-1), 23);
        // A month still running at End has no invoice yet.
        if (month.IsWarmUp || bookedAt > o.End)
        {
            yield break;
        }

        var rng = DemoRandom.For(o.Seed, -1 - month.Index, 3);
        for (var i = 0; i < LeadSources.All.Count; i++)
        {
            var source = LeadSources.All[i];
            if (source.CostPerLead is not { } costPerLead)
            {
                continue;
            }

            var amount = Math.Round(month.LeadCount * (decimal)source.Share * costPerLead * (decimal)rng.Between(0.9, 1.1), 2);
            var id = DemoIds.EventId(o.Seed, -1 - month.Index, i);
            yield return new BiEvent(id, clock.ToLocal(bookedAt), o.LocationId, null, new MarketingSpend(source.Name, amount, month.Key));
        }
    }
}
