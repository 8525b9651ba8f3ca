using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>Closed-deal sales of a location, from a store.</summary>
public interface ISalesSource
{
    /// <summary>Sales per local hour of the period; hours without sales are absent.</summary>
    Task<IReadOnlyList<SalesBucket>> ReadHourlyAsync(LocationInfo location, Period period, CancellationToken ct = default);

    Task<SalesTotals> ReadTotalsAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>Commission per local calendar month before <paramref name="before"/> (a month start); months without sales are absent.</summary>
    Task<IReadOnlyList<MonthlyCommission>> ReadMonthlyCommissionAsync(LocationInfo location, DateTime before, CancellationToken ct = default);
}

public sealed record SalesBucket(DateTime Bucket, long DealsClosed, decimal Revenue, decimal Commission);

public sealed record SalesTotals(long DealsClosed, decimal Revenue, decimal Commission);

public sealed record MonthlyCommission(DateTime Month, decimal Commission);
