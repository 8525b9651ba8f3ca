using System.Runtime.CompilerServices;
using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Export;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Leads;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Export;

/// <summary>
/// Every row of an export, read unbuffered: rows go to the response as PostgreSQL sends
/// them, and the connection is held only while the caller enumerates.
/// </summary>
public sealed class ExportQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IExportSource
{
    public IAsyncEnumerable<LeadRow> LeadsAsync(IReadOnlyList<LocationPeriod> locations, CancellationToken ct = default) =>
        StreamAsync<LeadRow>(DrillQuery.Leads, locations, ct);

    public IAsyncEnumerable<DealRow> DealsAsync(IReadOnlyList<LocationPeriod> locations, CancellationToken ct = default) =>
        StreamAsync<DealRow>(DrillQuery.DealsClosed, locations, ct);

    private async IAsyncEnumerable<T> StreamAsync<T>(DrillQuery q, IReadOnlyList<LocationPeriod> locations, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = DrillSql.Args(locations, qualifiedOnly: false, new LeadsFilters());
        await foreach (var row in conn.QueryUnbufferedAsync<T>(DrillSql.All(q), args).WithCancellation(ct))
        {
            yield return row;
        }
    }
}
