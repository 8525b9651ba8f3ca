using Dapper;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>Reads locations: their zone, commission rate and monthly target.</summary>
public sealed class LocationQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ILocationSource
{
    private const string Columns =
        "location_id as LocationId, name as Name, time_zone as TimeZone, commission_rate as CommissionRate, monthly_commission_target as MonthlyCommissionTarget";

    public async Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<LocationInfo>(new CommandDefinition(
            $"select {Columns} from location where location_id = @locationId", new { locationId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LocationInfo>(new CommandDefinition($"select {Columns} from location order by name", cancellationToken: ct));
        return rows.AsList();
    }
}
