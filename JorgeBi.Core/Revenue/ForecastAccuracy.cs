using System.Globalization;
using JorgeBi.Core.Forecasting;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// How far to trust the forecast: its rolling-origin backtest MAPE next to the seasonal-naive
/// baseline's (both in percent), and a verdict code with a one-line reading of them.
/// </summary>
/// <param name="Verdict"><see cref="BeatsBaseline"/>, <see cref="TrailsBaseline"/>, <see cref="MatchesBaseline"/> or <see cref="InsufficientHistory"/>.</param>
public sealed record ForecastAccuracy(string Method, double? BacktestMape, double? BaselineMape, string Verdict, string Summary)
{
    public const string BeatsBaseline = "beats_baseline";
    public const string TrailsBaseline = "trails_baseline";
    public const string MatchesBaseline = "matches_baseline";
    public const string InsufficientHistory = "insufficient_history";

    public static ForecastAccuracy From(Forecast forecast)
    {
        if (forecast.BacktestMape is not { } model || forecast.BaselineMape is not { } baseline)
        {
            return new ForecastAccuracy(forecast.Method, forecast.BacktestMape, forecast.BaselineMape, InsufficientHistory,
                "Not enough monthly history to backtest the forecast against the baseline.");
        }

        var (verdict, reading) = Math.Round(model, 1).CompareTo(Math.Round(baseline, 1)) switch
        {
            < 0 => (BeatsBaseline, "more accurate than"),
            > 0 => (TrailsBaseline, "less accurate than"),
            _ => (MatchesBaseline, "as accurate as"),
        };
        var summary = string.Format(CultureInfo.InvariantCulture,
            "The {0} forecast was {1} the seasonal-naive baseline over the last {2} months (MAPE {3:0.0} % vs {4:0.0} %).",
            forecast.Method, reading, RollingOriginBacktest.Origins, model, baseline);
        return new ForecastAccuracy(forecast.Method, model, baseline, verdict, summary);
    }
}
