using System.Data;
using Dapper;
using Npgsql;

namespace JorgeBi.Data.Backup;

/// <summary>
/// Reads what a manifest records. Everything JorgeBi stores lives in the <c>public</c>
/// schema: facts, dimensions, rollups, snapshots, auth, audit log and DbUp's journal. Unlogged
/// tables (ingestion staging) hold nothing between transactions and are left out.
/// </summary>
internal static class ManifestQueries
{
    private const string Tables = """
        select c.relname as name, format('%I.%I', n.nspname, c.relname) as qualified
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relpersistence = 'p'
        order by c.relname collate "C"
        """;

    // Order-independent, so no sort and no dependence on collations: the sums of each
    // row's MD5 (two 64-bit halves) with the row count. Rows are read as text under the
    // fixed settings of BeginSnapshotAsync, so the same rows give the same text anywhere.
    private const string Checksum = """
        select count(*) as rows,
               md5(count(*) || ':' || coalesce(sum(('x' || left(h, 16))::bit(64)::bigint::numeric), 0)
                            || ':' || coalesce(sum(('x' || right(h, 16))::bit(64)::bigint::numeric), 0)) as checksum
        from (select md5(t::text) as h from {0} t) r
        """;

    private const string Objects = """
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        union all
        select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public'
        order by 1
        """;

    /// <summary>
    /// A read-only REPEATABLE READ transaction with fixed output settings; its snapshot can be
    /// exported so pg_dump sees exactly the same rows.
    /// </summary>
    public static async Task<NpgsqlTransaction> BeginSnapshotAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            set transaction read only;
            set local timezone = 'UTC';
            set local datestyle = 'ISO, YMD';
            set local intervalstyle = 'postgres';
            set local extra_float_digits = 1;
            set local bytea_output = 'hex';
            """, transaction: tx, cancellationToken: ct));
        return tx;
    }

    public static Task<string> ExportSnapshotAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string>(new CommandDefinition("select pg_export_snapshot()", transaction: tx, cancellationToken: ct))!;

    public static async Task<IReadOnlyList<TableManifest>> ReadTablesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var tables = await conn.QueryAsync<(string Name, string Qualified)>(new CommandDefinition(Tables, transaction: tx, cancellationToken: ct));
        var result = new List<TableManifest>();
        foreach (var (name, qualified) in tables)
        {
            var (rows, checksum) = await conn.QuerySingleAsync<(long, string)>(
                new CommandDefinition(string.Format(Checksum, qualified), transaction: tx, cancellationToken: ct, commandTimeout: 0));
            result.Add(new TableManifest(name, rows, checksum));
        }
        return result;
    }

    public static Task<string> ServerVersionAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string>(new CommandDefinition("show server_version", transaction: tx, cancellationToken: ct))!;

    /// <summary>The last migration script applied, or null in a database JorgeBi never migrated.</summary>
    public static async Task<string?> MigrationAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var journaled = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select to_regclass('public.schemaversions') is not null", transaction: tx, cancellationToken: ct));
        return journaled
            ? await conn.ExecuteScalarAsync<string?>(new CommandDefinition("select scriptname from public.schemaversions order by schemaversionsid desc limit 1", transaction: tx, cancellationToken: ct))
            : null;
    }

    /// <summary>Names of the relations and functions in the public schema: none in an empty database.</summary>
    public static async Task<IReadOnlyList<string>> ObjectsAsync(NpgsqlConnection conn, CancellationToken ct) =>
        [.. await conn.QueryAsync<string>(new CommandDefinition(Objects, cancellationToken: ct))];
}
