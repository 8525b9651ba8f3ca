using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

public class DemoDataGeneratorVolumeTests
{
    [Fact]
    public void Generate_DemoScale_YieldsAbout50kEventsAndTheEstimateIsClose()
    {
        var actual = DemoSample.Events.Count;
        var approximate = DemoDataGenerator.ApproximateEventCount(DemoSample.Options);

        Assert.InRange(actual, 35_000, 65_000);
        Assert.InRange(approximate, actual * 0.8, actual * 1.2);
    }

    [Theory]
    [InlineData(DemoScale.Medium, 1_000_000)]
    [InlineData(DemoScale.Large, 10_000_000)]
    public void ApproximateEventCount_LargerScales_MatchesTheirTargets(DemoScale scale, long target)
    {
        var approximate = DemoDataGenerator.ApproximateEventCount(DemoSample.Options with { Scale = scale });

        Assert.InRange(approximate, target * 0.8, target * 1.2);
    }

    [Fact]
    public void Generate_LargeScale_IsLazy()
    {
        // Allocation, not time, tells lazy from eager on a busy machine: ten million events
        // made up front would take gigabytes.
        var before = GC.GetAllocatedBytesForCurrentThread();

        var first = DemoDataGenerator.Generate(DemoSample.Options with { Scale = DemoScale.Large }).Take(1000).ToList();

        Assert.Equal(1000, first.Count);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024 * 1024, $"Take(1000) allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Generate_DemoScale_NoEventAfterEnd()
    {
        Assert.All(DemoSample.Events, e => Assert.True(e.OccurredAt <= DemoSample.End, $"{e.Type} at {e.OccurredAt:O}"));
    }

    [Fact]
    public void Generate_DemoScale_EmitsMonthByMonthOverTheRequestedHistory()
    {
        var months = DemoSample.Events.Select(DemoSample.LocalMonth).ToList();

        for (var i = 1; i < months.Count; i++)
        {
            Assert.True(months[i].CompareTo(months[i - 1]) >= 0, $"event {i} in {months[i]} comes after one in {months[i - 1]}");
        }

        Assert.Equal((2023, 11), months[0]);
        Assert.Equal((2026, 10), months[^1]);
    }

    [Fact]
    public void Generate_InvalidOptions_ThrowsBeforeEnumerating()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(DemoSample.Options with { Months = 0 }));
        Assert.Throws<ArgumentException>(() => DemoDataGenerator.Generate(DemoSample.Options with { LocationId = "Main Office" }));
    }

    [Fact]
    public void Generate_DemoScale_StreamHoldsEveryStoryEventOfTheHistory()
    {
        // The stream revisits old leads month by month; redrawing each lead's whole story once
        // must give the same events, or the lookback is too short and events went missing.
        var o = DemoSample.Options;
        var clock = LocalClock.For(o.TimeZone);
        var months = DemoCalendar.Build(o, clock);
        var historyStart = months.First(m => !m.IsWarmUp).Start;
        var expected = months
            .SelectMany(m => Enumerable.Range(0, m.LeadCount).Select(k => LeadFate.Draw(o.Seed, clock, m, m.FirstLeadNo + k)))
            .Sum(fate => LeadStory.Events(o, clock, fate, historyStart, o.End).Count);

        Assert.Equal(expected, DemoSample.Events.Count(e => e.Type != EventTypes.MarketingSpend));
    }
}
