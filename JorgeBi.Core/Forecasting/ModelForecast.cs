namespace JorgeBi.Core.Forecasting;

/// <summary>
/// What a fitted model says about the next months: point forecasts and the standard deviation
/// of the forecast error at each horizon, before intervals and clamping are applied.
/// </summary>
internal sealed record ModelForecast(string Method, double[] Values, double[] StandardDeviations);
