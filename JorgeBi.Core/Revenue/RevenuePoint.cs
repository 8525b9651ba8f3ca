namespace JorgeBi.Core.Revenue;

/// <summary>Sales of one bucket of the time series.</summary>
/// <param name="Period">Local wall-clock start of the bucket in the location's zone; the first
/// bucket starts at the period start even when that is inside a week or month.</param>
public sealed record RevenuePoint(DateTime Period, decimal Revenue, decimal Commission, long DealsClosed);
