namespace JorgeBi.Core.Forecasting;

/// <summary>
/// The state just before the first observation a run processes.
/// <paramref name="Season"/>[j] is the seasonal component (offset or factor) used to predict the
/// j-th observation, i.e. s(j−m); empty without seasonality.
/// </summary>
internal sealed record SmoothingState(double Level, double Trend, IReadOnlyList<double> Season);
