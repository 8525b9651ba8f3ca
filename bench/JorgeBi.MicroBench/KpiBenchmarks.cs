using BenchmarkDotNet.Attributes;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;

namespace JorgeBi.MicroBench;

/// <summary>
/// dashboard-kpis without the database: the service assembles current and previous KPIs,
/// changes, targets, the commission panel and one trend series per KPI from rollup rows.
/// </summary>
[MemoryDiagnoser]
public class KpiAssemblyBenchmarks
{
    private ExecutiveKpiService _service = null!;
    private Period _period = null!;

    /// <summary>24h has 24 hourly buckets, 30d 30 daily, 90d 14 weekly, 1y 13 monthly.</summary>
    [Params("24h", "30d", "90d", "1y")]
    public string Timeframe { get; set; } = "30d";

    [GlobalSetup]
    public void Setup()
    {
        _period = Timeframes.Resolve(Timeframe, SampleData.Location.LocalNow(SampleData.Now));
        var sources = new InMemorySources(_period);
        _service = new ExecutiveKpiService(sources, sources, sources, new FixedClock());
    }

    [Benchmark]
    public Task<ExecutiveKpis> WithTrends() => _service.GetAsync(SampleData.Location, _period, includeTrends: true);

    [Benchmark]
    public Task<ExecutiveKpis> WithoutTrends() => _service.GetAsync(SampleData.Location, _period, includeTrends: false);
}

/// <summary>The KPI formulas of one period, the unit every other KPI path repeats.</summary>
[MemoryDiagnoser]
public class KpiCalculatorBenchmarks
{
    private readonly KpiAggregates _aggregates = SampleData.Aggregates(30);

    [Benchmark]
    public IReadOnlyDictionary<string, double?> Compute() => KpiCalculator.Compute(_aggregates, SampleData.Location.CommissionRate);
}
