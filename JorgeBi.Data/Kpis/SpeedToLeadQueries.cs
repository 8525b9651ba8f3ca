using Dapper;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>The speed-to-lead distribution of a location and period, from the daily rollups for whole days and the hourly ones for hours, and the leads of one millisecond.</summary>
public sealed class SpeedToLeadQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ISpeedToLeadSource
{
    public async Task<IReadOnlyList<SpeedSecondCount>> ReadSecondsAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<SpeedSecondCount>(new CommandDefinition(
            period.IsWholeDays ? SqlScripts.Kpis.SpeedSecondsDaily : SqlScripts.Kpis.SpeedSecondsHourly,
            PeriodArgs.For(location, period), cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<SpeedMillisecondCount>> ReadMillisecondsAsync(LocationInfo location, Period period, long second, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<SpeedMillisecondCount>(new CommandDefinition(SqlScripts.Kpis.SpeedMilliseconds,
            PeriodArgs.For(location, period, new { second }), cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<double>> ReadSmallestAsync(LocationInfo location, Period period, long second, int millisecond, int count, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<double>(new CommandDefinition(SqlScripts.Kpis.SpeedInSecond,
            PeriodArgs.For(location, period, new { second, millisecond, count }), cancellationToken: ct));
        return rows.AsList();
    }
}
