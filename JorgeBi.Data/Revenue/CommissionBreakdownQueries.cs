using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Revenue;

/// <summary>
/// Closed deals by source or first-touch bot (facts joined with the lead snapshot) or by
/// agent (the sales rollup, which already carries it).
/// </summary>
public sealed class CommissionBreakdownQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ICommissionBreakdownSource
{
    public async Task<IReadOnlyList<BreakdownRow>> ReadAsync(LocationInfo location, Period period, RevenueGroupBy groupBy, CancellationToken ct = default)
    {
        var (query, by) = groupBy switch
        {
            RevenueGroupBy.Source => (SqlScripts.Revenue.RevenueByLead, "source"),
            RevenueGroupBy.Bot => (SqlScripts.Revenue.RevenueByLead, "bot"),
            RevenueGroupBy.Agent => (SqlScripts.Revenue.RevenueByAgent, ""),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
        };
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<BreakdownRow>(RevenueSql.Command(query, PeriodArgs.For(location, period, new { by }), ct));
        return rows.AsList();
    }
}
