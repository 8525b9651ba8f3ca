using Dapper;
using JorgeBi.Core.Settings;
using Npgsql;

namespace JorgeBi.Data.Settings;

/// <summary>
/// Owner settings of locations, bots and sources. Each save is checked against
/// <see cref="SettingsRules"/>, stored, written to the audit log with what changed, and told
/// to every instance through the change feed (kind <see cref="SettingsKind"/>), all in one
/// transaction: a setting is never changed without its audit row.
/// </summary>
public sealed class SettingsStore(NpgsqlDataSource db)
{
    /// <summary>The change-feed kind of a settings change: the numbers may all have moved.</summary>
    public const string SettingsKind = "settings";

    private const string LocationColumns =
        "location_id, name, time_zone, commission_rate, monthly_commission_target, confirmed_at";

    public async Task<IReadOnlyList<LocationSettings>> ListLocationsAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var locations = await conn.QueryAsync<LocationRow>(new CommandDefinition(
            $"select {LocationColumns} from location order by location_id", cancellationToken: ct));
        var jobs = (await RebucketQueries.LatestAsync(conn, null, ct)).ToDictionary(j => j.LocationId);
        return locations.Select(r => r.ToSettings() with { Rebucket = jobs.GetValueOrDefault(r.LocationId) }).ToList();
    }

    public async Task<LocationSettings?> FindLocationAsync(string locationId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await FindAsync(conn, locationId, ct);
    }

    private static async Task<LocationSettings?> FindAsync(NpgsqlConnection conn, string locationId, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<LocationRow>(new CommandDefinition(
            $"select {LocationColumns} from location where location_id = @locationId", new { locationId }, cancellationToken: ct));
        if (row is null) return null;
        return row.ToSettings() with { Rebucket = (await RebucketQueries.LatestAsync(conn, locationId, ct)).SingleOrDefault() };
    }

    /// <summary>
    /// Creates the location or changes the values given, and confirms it. A new time zone of a
    /// location with history is queued (see save_location_settings): <see cref="RebucketRunner"/>
    /// moves the history and only then the zone. While that runs, the location is not changed.
    /// </summary>
    public async Task<SaveResult<LocationSettings>> SaveLocationAsync(
        string locationId, LocationChange change, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var errors = SettingsRules.Check(locationId, change);
        if (!errors.IsEmpty) return SaveResult<LocationSettings>.Invalid(errors.ToDictionary());
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        SavedLocation saved;
        try
        {
            saved = await conn.QuerySingleAsync<SavedLocation>(new CommandDefinition(
                "select * from save_location_settings(@locationId, @Name, @TimeZone, @CommissionRate, @MonthlyCommissionTarget, @actor)",
                new { locationId, change.Name, change.TimeZone, change.CommissionRate, change.MonthlyCommissionTarget, actor },
                tx, cancellationToken: ct));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            await tx.RollbackAsync(ct);
            var running = await RebucketQueries.LatestAsync(conn, locationId, ct);
            return SaveResult<LocationSettings>.Conflict(SettingsFields.TimeZone,
                $"This location is moving to {running.SingleOrDefault()?.ToTimeZone ?? "another time zone"}; save again when that has finished.");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidParameterValue)
        {
            // The database's tz data lacks a zone .NET knows: the rollups could not bucket by it.
            return SaveResult<LocationSettings>.Invalid(new Dictionary<string, string[]>
            {
                [SettingsFields.TimeZone] = ["Unknown to the database's time zone data."],
            });
        }
        var changes = SettingsAudit.Changes(
            (SettingsFields.Name, saved.OldName, change.Name),
            (SettingsFields.TimeZone, saved.OldTimeZone, change.TimeZone),
            (SettingsFields.CommissionRate, SettingsAudit.Text(saved.OldCommissionRate), SettingsAudit.Text(change.CommissionRate)),
            (SettingsFields.MonthlyCommissionTarget, SettingsAudit.Text(saved.OldMonthlyTarget), SettingsAudit.Text(change.MonthlyCommissionTarget)));
        await SettingsAudit.WriteAsync(conn, tx, actor, saved.Created ? "settings.location.create" : "settings.location", locationId, changes, remoteIp, ct);
        await tx.CommitAsync(ct);
        var stored = await FindAsync(conn, locationId, ct);
        return new(saved.Created ? SaveOutcome.Created : SaveOutcome.Updated, stored, new Dictionary<string, string[]>(), saved.RebucketJobId is not null);
    }

    public async Task<IReadOnlyList<BotSettings>> ListBotsAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<BotSettings>(new CommandDefinition(
            "select bot_id, name, response_target_ms, success_target from bot order by bot_id", cancellationToken: ct))).AsList();
    }

    /// <summary>Changes an existing bot (bots appear as events name them); NotFound for an id no event named.</summary>
    public async Task<SaveResult<BotSettings>> SaveBotAsync(
        string botId, BotChange change, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var errors = SettingsRules.Check(change);
        if (!errors.IsEmpty) return SaveResult<BotSettings>.Invalid(errors.ToDictionary());
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var old = await conn.QuerySingleOrDefaultAsync<BotSettings>(new CommandDefinition(
            "select bot_id, name, response_target_ms, success_target from bot where bot_id = @botId for update", new { botId }, tx, cancellationToken: ct));
        if (old is null) return SaveResult<BotSettings>.NotFound();
        var stored = await conn.QuerySingleAsync<BotSettings>(new CommandDefinition(
            """
            update bot set name = coalesce(@Name, name), response_target_ms = coalesce(@ResponseTargetMs, response_target_ms),
                           success_target = coalesce(@SuccessTarget, success_target)
            where bot_id = @botId
            returning bot_id, name, response_target_ms, success_target
            """,
            new { botId, change.Name, change.ResponseTargetMs, change.SuccessTarget }, tx, cancellationToken: ct));
        var changes = SettingsAudit.Changes(
            (SettingsFields.Name, old.Name, change.Name),
            (SettingsFields.ResponseTargetMs, SettingsAudit.Text(old.ResponseTargetMs), SettingsAudit.Text(change.ResponseTargetMs)),
            (SettingsFields.SuccessTarget, SettingsAudit.Text(old.SuccessTarget), SettingsAudit.Text(change.SuccessTarget)));
        await SettingsAudit.WriteAsync(conn, tx, actor, "settings.bot", botId, changes, remoteIp, ct);
        await conn.ExecuteAsync(new CommandDefinition("select notify_settings_of_all_locations()", transaction: tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return new(SaveOutcome.Updated, stored, new Dictionary<string, string[]>());
    }

    public async Task<IReadOnlyList<SourceSettings>> ListSourcesAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<SourceSettings>(new CommandDefinition(
            "select source_id, name from source order by source_id", cancellationToken: ct))).AsList();
    }

    /// <summary>Renames an existing source (sources appear as events name them); NotFound for an id no event named.</summary>
    public async Task<SaveResult<SourceSettings>> SaveSourceAsync(
        string sourceId, string? name, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var errors = SettingsRules.CheckName(name);
        if (!errors.IsEmpty) return SaveResult<SourceSettings>.Invalid(errors.ToDictionary());
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var oldName = await conn.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select name from source where source_id = @sourceId for update", new { sourceId }, tx, cancellationToken: ct));
        if (oldName is null) return SaveResult<SourceSettings>.NotFound();
        await conn.ExecuteAsync(new CommandDefinition(
            "update source set name = @name where source_id = @sourceId", new { sourceId, name }, tx, cancellationToken: ct));
        await SettingsAudit.WriteAsync(conn, tx, actor, "settings.source", sourceId, SettingsAudit.Changes((SettingsFields.Name, oldName, name)), remoteIp, ct);
        await conn.ExecuteAsync(new CommandDefinition("select notify_settings_of_all_locations()", transaction: tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return new(SaveOutcome.Updated, new SourceSettings(sourceId, name!), new Dictionary<string, string[]>());
    }

    // Npgsql reads timestamptz as a UTC DateTime; answers carry instants with their offset.
    private sealed record LocationRow(
        string LocationId, string Name, string TimeZone, decimal CommissionRate, decimal MonthlyCommissionTarget, DateTime? ConfirmedAt)
    {
        public LocationSettings ToSettings() => new(LocationId, Name, TimeZone, CommissionRate, MonthlyCommissionTarget,
            ConfirmedAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null);
    }

    private sealed record SavedLocation(
        bool Created, long? RebucketJobId, string? OldName, string? OldTimeZone, decimal? OldCommissionRate, decimal? OldMonthlyTarget);
}
