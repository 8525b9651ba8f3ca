namespace JorgeBi.Core.Forecasting;

/// <summary>How the seasonal component enters an exponential smoothing model.</summary>
internal enum Seasonality
{
    None,
    Additive,
    Multiplicative,
}
