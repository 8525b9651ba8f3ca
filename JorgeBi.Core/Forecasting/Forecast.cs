namespace JorgeBi.Core.Forecasting;

/// <summary>
/// A monthly forecast and how much to trust it.
/// </summary>
/// <param name="Method">The method that produced <see cref="Points"/>: <c>holt-winters-additive</c>,
/// <c>holt-winters-multiplicative</c> (either with a <c>-damped</c> suffix), <c>damped-trend</c>,
/// <c>seasonal-naive</c>, <c>naive</c>, or <c>none</c> when there is no history.</param>
/// <param name="BacktestMape">Rolling-origin one-step MAPE of this forecaster over the last 6 months,
/// in percent (4.2 means 4.2 %); null when no month could be scored.</param>
/// <param name="BaselineMape">The same for the seasonal-naive baseline, in percent.</param>
public sealed record Forecast(
    string Method,
    IReadOnlyList<ForecastPoint> Points,
    double? BacktestMape,
    double? BaselineMape);
