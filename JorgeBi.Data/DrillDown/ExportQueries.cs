using System.Runtime.CompilerServices;
using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.DrillDown;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.DrillDown;

/// <summary>
/// Every row of an export, read unbuffered: rows go to the response as PostgreSQL sends
/// them, and the connection is held only while the caller enumerates.
/// </summary>
public sealed class ExportQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IExportSource
{
    public IAsyncEnumerable<LeadRow> LeadsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        StreamAsync<LeadRow>(DrillQuery.Leads, location, period, ct);

    public IAsyncEnumerable<DealRow> DealsAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        StreamAsync<DealRow>(DrillQuery.DealsClosed, location, period, ct);

    private async IAsyncEnumerable<T> StreamAsync<T>(DrillQuery q, LocationInfo location, Period period, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = DrillSql.Args(location, period, qualifiedOnly: false, new DrillDownFilters());
        await foreach (var row in conn.QueryUnbufferedAsync<T>(DrillSql.All(q), args).WithCancellation(ct))
        {
            yield return row;
        }
    }
}
