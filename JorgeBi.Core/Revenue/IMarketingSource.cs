using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>Leads and marketing spend per source, for cost per lead and ROI.</summary>
public interface IMarketingSource
{
    /// <summary>Leads created in the period, by source.</summary>
    Task<IReadOnlyList<SourceLeads>> ReadLeadsAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>Whole-month spend of every month overlapping the period, by source; prorating is the caller's.</summary>
    Task<IReadOnlyList<MonthlySpend>> ReadSpendAsync(LocationInfo location, Period period, CancellationToken ct = default);
}

public sealed record SourceLeads(string Source, long Leads);

/// <param name="Month">First day of the local calendar month.</param>
/// <param name="Amount">Sum of the <c>marketing.spend</c> events of that source and month.</param>
public sealed record MonthlySpend(string Source, DateTime Month, decimal Amount);
