using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Funnel;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Funnel;

/// <summary>
/// Funnel counts straight from the lead snapshot and the facts: the cohort is the leads
/// created in the period, and stage changes have no rollup; neither is keyed by any.
/// </summary>
public sealed class FunnelQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IFunnelSource
{
    public Task<FunnelCounts> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        QueryAsync<FunnelCounts>("drill_funnel", location, period, ct);

    public Task<DealStagesEntered> ReadStagesEnteredAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        QueryAsync<DealStagesEntered>("funnel_stages_entered", location, period, ct);

    private async Task<T> QueryAsync<T>(string script, LocationInfo location, Period period, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<T>(new CommandDefinition(SqlScripts.Get(script),
            new { loc = location.LocationId, start = period.Start, end = period.End }, cancellationToken: ct));
    }
}
