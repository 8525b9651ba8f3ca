namespace JorgeBi.Core.Forecasting;

/// <summary>
/// One forecast month with its 80 % and 95 % prediction intervals;
/// always Lo95 ≤ Lo80 ≤ Value ≤ Hi80 ≤ Hi95, and never below 0.
/// </summary>
/// <param name="Period">The first day of the forecast month.</param>
public sealed record ForecastPoint(DateOnly Period, double Value, double Lo80, double Hi80, double Lo95, double Hi95);
