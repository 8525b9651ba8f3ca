using Dapper;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Funnel;

/// <summary>
/// Funnel counts straight from the lead snapshot and the facts: the cohort is the leads
/// created in the period, and stage changes have no rollup; neither is keyed by any.
/// </summary>
public sealed class FunnelQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IFunnelSource
{
    public Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        QueryAsync<FunnelCounts>(SqlScripts.Leads.DrillFunnel, location, period, ct);

    public Task<DealStagesEntered> ReadStagesEnteredAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        QueryAsync<DealStagesEntered>(SqlScripts.Funnel.FunnelStagesEntered, location, period, ct);

    private async Task<T> QueryAsync<T>(string sql, LocationInfo location, Period period, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<T>(new CommandDefinition(sql,
            PeriodArgs.For(location, period), cancellationToken: ct));
    }
}
