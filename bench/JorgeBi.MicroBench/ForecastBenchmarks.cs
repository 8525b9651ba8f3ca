using BenchmarkDotNet.Attributes;
using JorgeBi.Core.Forecasting;

namespace JorgeBi.MicroBench;

/// <summary>
/// The commission forecast of revenue-intelligence (3 months ahead, the default 90 days),
/// backtest included: 12 months fit a damped trend, 20 also weigh seasonal-naive, 36 fit
/// Holt-Winters.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private IReadOnlyList<(DateOnly MonthStart, double Value)> _history = [];

    [Params(12, 20, 36)]
    public int Months { get; set; } = 36;

    [GlobalSetup]
    public void Setup() => _history = SampleData.MonthlyCommission(Months);

    [Benchmark]
    public Forecast Predict() => MonthlyForecaster.Predict(_history, horizon: 3);
}
