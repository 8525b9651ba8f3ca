using Dapper;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Commissions;

/// <summary>The closed deals of a period with their lead's source (commission_closed_deals.sql).</summary>
public sealed class ClosedDealQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IClosedDealSource
{
    public async Task<IReadOnlyList<ClosedDeal>> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = PeriodArgs.For(location, period);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(SqlScripts.Commissions.CommissionClosedDeals, args, cancellationToken: ct));
        return rows.Select(r => new ClosedDeal(location.LocationId, r.DealId, r.LeadId, r.AgentId, r.Source, r.SalePrice, r.CommissionRate, r.Commission,
            new DateTimeOffset(DateTime.SpecifyKind(r.ClosedAt, DateTimeKind.Utc)))).ToList();
    }

    private sealed record Row(string DealId, string LeadId, string AgentId, string? Source, decimal SalePrice, decimal CommissionRate, decimal Commission, DateTime ClosedAt);
}
