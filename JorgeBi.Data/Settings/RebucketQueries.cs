using Dapper;
using JorgeBi.Core.Settings;
using Npgsql;

namespace JorgeBi.Data.Settings;

/// <summary>The time-zone moves of locations (rebucket_job), as the settings and the pages show them.</summary>
public static class RebucketQueries
{
    internal const string Columns =
        """
        job_id, location_id, from_time_zone, to_time_zone, requested_by, requested_at, state, started_at, finished_at,
        case when work_total > 0 then least(work_done::float8 / work_total, 1) else 0 end as progress, error
        """;

    /// <summary>Each location's latest move (one location's when <paramref name="locationId"/> is given).</summary>
    public static async Task<IReadOnlyList<RebucketJob>> LatestAsync(NpgsqlConnection conn, string? locationId, CancellationToken ct) =>
        (await conn.QueryAsync<JobRow>(new CommandDefinition(
            $"""
            select distinct on (location_id) {Columns} from rebucket_job
            where @locationId::text is null or location_id = @locationId
            order by location_id, job_id desc
            """, new { locationId }, cancellationToken: ct))).Select(r => r.ToJob()).ToList();

    /// <summary>The moves queued or running, oldest first.</summary>
    public static async Task<IReadOnlyList<RebucketJob>> ActiveAsync(NpgsqlConnection conn, CancellationToken ct) =>
        (await conn.QueryAsync<JobRow>(new CommandDefinition(
            $"select {Columns} from rebucket_job where state in ('queued', 'running') order by job_id", cancellationToken: ct)))
        .Select(r => r.ToJob()).ToList();

    // Npgsql reads timestamptz as a UTC DateTime; the job carries instants with their offset.
    internal sealed record JobRow(
        long JobId, string LocationId, string FromTimeZone, string ToTimeZone, string RequestedBy, DateTime RequestedAt,
        string State, DateTime? StartedAt, DateTime? FinishedAt, double Progress, string? Error)
    {
        public RebucketJob ToJob() => new(JobId, LocationId, FromTimeZone, ToTimeZone, RequestedBy, Utc(RequestedAt),
            State, StartedAt is { } s ? Utc(s) : null, FinishedAt is { } f ? Utc(f) : null, Progress, Error);

        private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
    }
}
