using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Revenue;

/// <summary>Closed-deal sales from the hourly sales rollup.</summary>
public sealed class SalesQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ISalesSource
{
    public async Task<IReadOnlyList<SalesBucket>> ReadHourlyAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<SalesBucket>(RevenueSql.Command(SqlScripts.Revenue.RevenueSalesHourly, PeriodArgs.For(location, period), ct));
        return rows.AsList();
    }

    public async Task<SalesTotals> ReadTotalsAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<SalesTotals>(RevenueSql.Command(SqlScripts.Revenue.RevenueSalesTotals, PeriodArgs.For(location, period), ct));
    }

    public async Task<IReadOnlyList<MonthlyCommission>> ReadMonthlyCommissionAsync(LocationInfo location, DateTime before, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<MonthlyCommission>(RevenueSql.Command(
            SqlScripts.Revenue.RevenueMonthlyCommission, new { loc = location.LocationId, before = PeriodArgs.Local(before) }, ct));
        return rows.AsList();
    }
}
