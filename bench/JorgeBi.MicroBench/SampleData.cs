using JorgeBi.Core.Events;
using JorgeBi.Core.Kpis;

namespace JorgeBi.MicroBench;

/// <summary>
/// Rollup-shaped inputs of a busy location, made up once and deterministically, so the
/// benchmarks measure the Core code and not the database that would normally produce them.
/// </summary>
public static class SampleData
{
    public static readonly LocationInfo Location = new("default", "Rancho Cucamonga", "America/Los_Angeles", 0.06m, 150_000m);

    /// <summary>"Now" of every benchmark: the middle of a month, so the month pace is not at an edge.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 18, 30, 0, TimeSpan.Zero);

    /// <summary>The aggregates of one period; <paramref name="scale"/> is roughly its number of days.</summary>
    public static KpiAggregates Aggregates(double scale, int seed = 1)
    {
        var random = new Random(seed);
        long Count(double perDay) => (long)(perDay * scale * (0.8 + 0.4 * random.NextDouble()));
        var interactions = Count(400);
        return new KpiAggregates
        {
            TotalLeads = Count(40),
            QualifiedLeads = Count(12),
            LeadsByTemperature = Domain.Temperatures.ToDictionary(t => t, _ => Count(8)),
            Appointments = Count(5),
            DealsClosed = Count(0.4),
            Revenue = Count(0.4) * 650_000m,
            Commission = Count(0.4) * 39_000m,
            Interactions = interactions,
            Successes = (long)(interactions * 0.95),
            ProcessingMsSum = interactions * 21.5,
            P95ResponseMs = 43,
            MlP95ResponseMs = 19,
            SpeedToLeadMedianSeconds = 38,
            Handoffs = Count(6),
            Conversations = Count(60),
            Pipeline = Domain.DealStages.Take(4)
                .Select(s => new PipelineStage(s, Count(1), Count(1) * 700_000m, Count(0.3) * 70_000m, Count(0.7) * 700_000m))
                .ToList(),
        };
    }

    /// <summary>One bucket of aggregates per trend bucket of the period.</summary>
    public static IReadOnlyList<TrendBucket> Buckets(Period period, TrendGrain grain)
    {
        var starts = TrendBuckets.Starts(period, grain);
        var days = period.Length.TotalDays / starts.Count;
        return starts.Select((s, i) => new TrendBucket(s, Aggregates(days, seed: i + 2))).ToList();
    }

    /// <summary>Monthly commission with a trend and a yearly season, as the forecast reads it.</summary>
    public static IReadOnlyList<(DateOnly MonthStart, double Value)> MonthlyCommission(int months)
    {
        var random = new Random(7);
        var first = new DateOnly(2026, 11, 1).AddMonths(-months);
        return Enumerable.Range(0, months)
            .Select(i => (first.AddMonths(i), 60_000 + 900.0 * i + 15_000 * Math.Sin(2 * Math.PI * i / 12) + 5_000 * random.NextDouble()))
            .ToList();
    }

    /// <summary>
    /// A month of 1 ms latency buckets as the rollups return them, one row per bot and
    /// millisecond: four bots around their median (14, 33, 50, 62 ms) with a tail to 4x.
    /// </summary>
    public static IReadOnlyList<(int BucketMs, long Count)> LatencyHistogram()
    {
        double[] medians = [14, 33, 50, 62];
        return medians
            .SelectMany(median => Enumerable.Range(1, (int)(4 * median))
                .Select(ms => (ms, Count: (long)(3_000 * Math.Exp(-Math.Pow(Math.Log(ms / median), 2) / (2 * 0.3 * 0.3))) + (ms > 2 * median ? 1 : 0))))
            .Where(b => b.Count > 0)
            .ToList();
    }
}
