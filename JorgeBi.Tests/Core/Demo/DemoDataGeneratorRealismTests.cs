using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

/// <summary>The demo tells the business story DOMAIN.md describes, so dashboards show something worth seeing.</summary>
public class DemoDataGeneratorRealismTests
{
    [Fact]
    public void Generate_DemoScale_EveryEventTypeAppears()
    {
        var types = DemoSample.Events.Select(e => e.Type).ToHashSet();

        Assert.All(EventTypes.All, type => Assert.Contains(type, types));
    }

    [Fact]
    public void Generate_DemoScale_SpringMonthsHaveMoreLeadsThanWinter()
    {
        // Complete months only: the month of End is partial.
        var perMonth = DemoSample.Events
            .Where(e => e.Type == EventTypes.LeadCreated && DemoSample.LocalMonth(e) != (DemoSample.End.Year, DemoSample.End.Month))
            .GroupBy(DemoSample.LocalMonth)
            .ToList();
        double Average(params int[] months) => perMonth.Where(g => months.Contains(g.Key.Month)).Average(g => g.Count());

        Assert.True(Average(3, 4, 5, 6) > 1.3 * Average(11, 12, 1));
    }

    [Fact]
    public void Generate_DemoScale_LeadsGrowYearOverYear()
    {
        var lastYear = LeadsBetween(DemoSample.End.AddYears(-1), DemoSample.End);
        var yearBefore = LeadsBetween(DemoSample.End.AddYears(-2), DemoSample.End.AddYears(-1));

        Assert.InRange((double)lastYear / yearBefore, 1.05, 1.3);
    }

    [Fact]
    public void Generate_DemoScale_DipBotSucceedsClearlyLessInTheDipWindow()
    {
        var (from, to) = DemoDip.Window(DemoSample.End);
        var dipBot = DemoSample.Events.Where(e => e.Data is BotInteraction { BotId: DemoDip.BotId }).ToList();

        var inside = SuccessRate(dipBot.Where(e => e.OccurredAt >= from && e.OccurredAt < to));
        var outside = SuccessRate(dipBot.Where(e => e.OccurredAt < from || e.OccurredAt >= to));

        Assert.InRange(inside, 0.75, 0.9);
        Assert.InRange(outside, 0.93, 0.97);
    }

    [Fact]
    public void Generate_DemoScale_OverallBotSuccessIsAroundNinetyFivePercent()
    {
        var rate = SuccessRate(DemoSample.Events.Where(e => e.Data is BotInteraction));

        Assert.InRange(rate, 0.94, 0.96);
    }

    [Fact]
    public void Generate_DemoScale_IntentDecoderP95IsNearButUnder25Ms()
    {
        var times = DemoSample.Data<BotInteraction>()
            .Where(i => i.BotId == Domain.IntentDecoderBot)
            .Select(i => i.ProcessingTimeMs)
            .Order()
            .ToList();
        var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];

        Assert.InRange(p95, 18, 25);
        Assert.Contains(times, t => t > 25);
    }

    [Fact]
    public void Generate_DemoScale_ConversionRateIsBetweenTwoAndEightPercent()
    {
        double closed = DemoSample.Data<DealClosed>().Count();
        double leads = DemoSample.Data<LeadCreated>().Count();

        Assert.InRange(closed / leads, 0.02, 0.08);
    }

    [Fact]
    public void Generate_DemoScale_ReferralsConvertBetterThanFacebookAds()
    {
        var sourceOf = DemoSample.Events.Where(e => e.Data is LeadCreated).ToDictionary(e => e.LeadId!, e => ((LeadCreated)e.Data).Source);
        var closedBySource = DemoSample.Events.Where(e => e.Data is DealClosed && sourceOf.ContainsKey(e.LeadId!)).CountBy(e => sourceOf[e.LeadId!]).ToDictionary();
        var leadsBySource = sourceOf.Values.CountBy(s => s).ToDictionary();
        double Conversion(string source) => (double)closedBySource.GetValueOrDefault(source) / leadsBySource[source];

        Assert.True(leadsBySource["facebook-ads"] > 3 * leadsBySource["referral"]);
        Assert.True(Conversion("referral") > 2 * Conversion("facebook-ads"));
    }

    [Fact]
    public void Generate_DemoScale_OneSpendPerPaidSourceAndCompleteMonth()
    {
        var spend = DemoSample.Data<MarketingSpend>().ToList();

        Assert.Equal(spend.Count, spend.Select(s => (s.Source, s.Month)).Distinct().Count());
        Assert.Equal(35 * 4, spend.Count); // 36 months, the last still running at End
    }

    [Fact]
    public void Generate_DemoScale_SomeDealsAreStillOpenAtEnd()
    {
        var ended = DemoSample.Events.Where(e => e.Data is DealClosed or DealLost).Select(e => e.LeadId).ToHashSet();
        var open = DemoSample.Events.Where(e => e.Data is DealStageChanged).Select(e => e.LeadId).Distinct().Count(id => !ended.Contains(id));

        Assert.InRange(open, 10, 200);
    }

    private static int LeadsBetween(DateTimeOffset from, DateTimeOffset to) =>
        DemoSample.Events.Count(e => e.Type == EventTypes.LeadCreated && e.OccurredAt >= from && e.OccurredAt < to);

    private static double SuccessRate(IEnumerable<BiEvent> interactions)
    {
        var list = interactions.Select(e => (BotInteraction)e.Data).ToList();
        return (double)list.Count(i => i.Success) / list.Count;
    }
}
