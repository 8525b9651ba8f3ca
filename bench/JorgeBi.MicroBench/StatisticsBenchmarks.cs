using BenchmarkDotNet.Attributes;
using JorgeBi.Core.Statistics;

namespace JorgeBi.MicroBench;

/// <summary>The statistics behind bot-performance (Wilson interval) and every p95 (histogram percentile).</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private readonly IReadOnlyList<(int BucketMs, long Count)> _histogram = SampleData.LatencyHistogram();

    // Fields, not constants, so the JIT cannot fold the interval away.
    private readonly long _successes = 11_873;
    private readonly long _trials = 12_500;

    [Benchmark]
    public Interval Wilson() => WilsonInterval.Compute(_successes, _trials);

    [Benchmark]
    public int? HistogramP95() => Percentiles.NearestRank(_histogram, 0.95);
}
