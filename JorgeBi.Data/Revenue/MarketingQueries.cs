using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Revenue;

/// <summary>Leads per source from the lead rollup, and the monthly marketing spend overlapping a period.</summary>
public sealed class MarketingQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IMarketingSource
{
    public async Task<IReadOnlyList<SourceLeads>> ReadLeadsAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<SourceLeads>(RevenueSql.Command(SqlScripts.Revenue.RevenueLeadsBySource, PeriodArgs.For(location, period), ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<MonthlySpend>> ReadSpendAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<MonthlySpend>(RevenueSql.Command(SqlScripts.Revenue.RevenueSpend, PeriodArgs.For(location, period), ct));
        return rows.AsList();
    }
}
