namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Smoothing parameters in the component form of Hyndman &amp; Athanasopoulos (FPP, §7.3 / §8.3):
/// <paramref name="Alpha"/> for the level, <paramref name="Beta"/> (their β*) for the trend as a
/// share of the level change, <paramref name="Gamma"/> for the season and
/// <paramref name="Phi"/> the trend damping (1 = undamped). Gamma is ignored without seasonality.
/// </summary>
internal sealed record SmoothingParameters(double Alpha, double Beta, double Gamma, double Phi);
