using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Leads;

namespace JorgeBi.Data.Leads;

/// <summary>
/// Wraps a drill-down script as "f" and filters, pages or summarises it. The WHERE is built
/// from the query's fixed filter columns; every value travels as a parameter.
/// </summary>
internal static class DrillSql
{
    /// <summary>Each location with its own local period, as the parallel arrays the scripts unnest, plus the filters.</summary>
    public static DynamicParameters Args(IReadOnlyList<LocationPeriod> locations, bool qualifiedOnly, LeadsFilters filters)
    {
        var args = PeriodArgs.For(locations, new { qualified = qualifiedOnly });
        foreach (var (name, value) in filters.Set()) args.Add("f_" + name, value);
        return args;
    }

    public static string Where(DrillQuery q, LeadsFilters filters)
    {
        var conditions = filters.Set().Select(f => q.FilterColumns.TryGetValue(f.Name, out var column)
            ? $"{column} = @f_{f.Name}"
            : throw new ArgumentException($"Filter {f.Name} does not apply to these rows.", nameof(filters))).ToList();
        return conditions.Count == 0 ? "" : " where " + string.Join(" and ", conditions);
    }

    public static string Page(DrillQuery q, string where) => $"{From(q)} select {q.Columns} from f{where} order by {q.OrderBy} limit @limit offset @offset";

    public static string All(DrillQuery q) => $"{From(q)} select {q.Columns} from f order by {q.OrderBy}";

    public static string Summary(DrillQuery q, string where) => $"{From(q)} select count(*) as total, {q.Summary} from f{where}";

    private static string From(DrillQuery q) => $"with f as (\n{q.Script}\n)";
}
