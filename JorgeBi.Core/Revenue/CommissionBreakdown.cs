namespace JorgeBi.Core.Revenue;

/// <summary>The period's closed deals split by <see cref="GroupBy"/> (<c>source</c>, <c>bot</c> or <c>agent</c>).</summary>
public sealed record CommissionBreakdown(string GroupBy, IReadOnlyList<CommissionBreakdownRow> Rows)
{
    /// <summary>Rows by commission, largest first, each with its share of the total.</summary>
    public static CommissionBreakdown From(RevenueGroupBy groupBy, IEnumerable<BreakdownRow> rows)
    {
        var list = rows.ToList();
        var total = list.Sum(r => r.Commission);
        return new CommissionBreakdown(
            RevenueGroupings.Name(groupBy),
            list.OrderByDescending(r => r.Commission).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new CommissionBreakdownRow(r.Key, r.Deals, r.Revenue, r.Commission,
                    total == 0 ? null : (double)(r.Commission / total)))
                .ToList());
    }
}

/// <param name="CommissionShare">Fraction (0-1) of the period's commission; null when there is none.</param>
public sealed record CommissionBreakdownRow(string Key, long Deals, decimal Revenue, decimal Commission, double? CommissionShare);
