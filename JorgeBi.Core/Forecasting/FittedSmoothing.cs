namespace JorgeBi.Core.Forecasting;

/// <summary>A smoothing model with fitted parameters, its in-sample run and its goodness of fit.</summary>
/// <param name="ParameterCount">Smoothing parameters plus initial state values, as counted by AICc.</param>
/// <param name="Sigma">Residual standard deviation of the one-step errors, √(SSE / (T − k)).</param>
internal sealed record FittedSmoothing(
    bool Damped,
    SmoothingRun Run,
    int ParameterCount,
    double Sigma,
    double Aicc)
{
    public Seasonality Seasonality => Run.Seasonality;

    public SmoothingParameters Parameters => Run.Parameters;
}
