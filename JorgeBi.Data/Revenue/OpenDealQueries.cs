using Dapper;
using JorgeBi.Core.Revenue;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Revenue;

/// <summary>Deals open at an instant, from the deal snapshot and each deal's latest stage change.</summary>
public sealed class OpenDealQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IOpenDealSource
{
    public async Task<IReadOnlyList<OpenDealGroup>> ReadAsync(string locationId, DateTimeOffset asOf, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        // A UTC DateTime goes out as timestamptz: an instant, with no zone to get wrong.
        var rows = await conn.QueryAsync<OpenDealGroup>(RevenueSql.Command(
            SqlScripts.Revenue.RevenueOpenDeals, new { loc = locationId, as_of = asOf.UtcDateTime }, ct));
        return rows.AsList();
    }
}
