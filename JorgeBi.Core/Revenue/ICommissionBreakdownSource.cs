using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>Deals closed in a period, grouped by one dimension.</summary>
public interface ICommissionBreakdownSource
{
    Task<IReadOnlyList<BreakdownRow>> ReadAsync(LocationInfo location, Period period, RevenueGroupBy groupBy, CancellationToken ct = default);
}

/// <param name="Key">The source, first-touch bot or agent id; <see cref="Unattributed"/> when the lead has none.</param>
public sealed record BreakdownRow(string Key, long Deals, decimal Revenue, decimal Commission)
{
    public const string Unattributed = "unattributed";
}
