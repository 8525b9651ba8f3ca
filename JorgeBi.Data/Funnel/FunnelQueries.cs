using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Funnel;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Funnel;

/// <summary>
/// Funnel counts straight from the lead snapshot and the facts: the cohort is the leads
/// created in the period, which no hourly rollup is keyed by.
/// </summary>
public sealed class FunnelQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IFunnelSource
{
    public async Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<FunnelCounts>(new CommandDefinition(SqlScripts.Get("drill_funnel"),
            new { loc = location.LocationId, start = period.Start, end = period.End }, cancellationToken: ct));
    }
}
