using Dapper;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Data.Revenue;

/// <summary>Commands and parameters shared by the revenue query classes.</summary>
internal static class RevenueSql
{
    public static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, cancellationToken: ct);
}
