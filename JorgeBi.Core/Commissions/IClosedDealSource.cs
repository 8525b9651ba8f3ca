using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Commissions;

/// <summary>Reads the deals closed in a period (a few per day at most, so all of them at once).</summary>
public interface IClosedDealSource
{
    Task<IReadOnlyList<ClosedDeal>> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
