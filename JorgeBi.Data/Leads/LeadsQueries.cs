using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Leads;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Leads;

/// <summary>The rows behind the numbers, a page at a time, with a summary of the whole filtered set.</summary>
public sealed class LeadsQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ILeadsSource
{
    public async Task<LeadsResult> QueryAsync(IReadOnlyList<LocationPeriod> locations, LeadsRequest request, CancellationToken ct = default)
    {
        var q = DrillQuery.For(request.Component);
        // A JSON body with "filters": null binds null despite the initialiser.
        var filters = request.Filters ?? new LeadsFilters();
        var where = DrillSql.Where(q, filters);
        var args = DrillSql.Args(locations, request.MetricOrDefault == LeadsComponents.QualifiedLeadsMetric, filters);
        args.Add("limit", request.PageSize);
        args.Add("offset", (long)(request.Page - 1) * request.PageSize);

        // One statement per part, each over every location at once: the page is cut from the whole list.
        await using var conn = await db.OpenConnectionAsync(ct);
        var summaryRow = (IDictionary<string, object?>)await conn.QuerySingleAsync(new CommandDefinition(DrillSql.Summary(q, where), args, cancellationToken: ct));
        var rows = await conn.QueryAsync(q.RowType, new CommandDefinition(DrillSql.Page(q, where), args, cancellationToken: ct));
        var summary = summaryRow.ToDictionary(kv => kv.Key, kv => kv.Value is null ? (double?)null : Convert.ToDouble(kv.Value, System.Globalization.CultureInfo.InvariantCulture));
        return new LeadsResult(summary, rows.AsList(), (long)summary["total"]!.Value);
    }

    public async Task<IReadOnlyList<TimelineEvent>> LeadTimelineAsync(IReadOnlyList<string> locationIds, string leadId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<TimelineRow>(new CommandDefinition(
            SqlScripts.Leads.DrillLeadTimeline, new { locs = locationIds.ToArray(), lead = leadId }, cancellationToken: ct));
        return rows.Select(r => new TimelineEvent(r.LocationId, r.Type, new DateTimeOffset(DateTime.SpecifyKind(r.OccurredAt, DateTimeKind.Utc)), r.Data)).ToList();
    }

    /// <summary>Npgsql reads timestamptz as a UTC DateTime; the answer carries it as an instant with its offset.</summary>
    private sealed record TimelineRow(string LocationId, string Type, DateTime OccurredAt, string Data);
}
