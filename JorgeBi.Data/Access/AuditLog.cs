using Dapper;
using Npgsql;

namespace JorgeBi.Data.Access;

public sealed record AuditEntry(long AuditId, DateTime At, string Actor, string Action, string? Target, string? Detail, string? RemoteIp);

/// <summary>Who did what: logins, failed logins, key creation and revocation, admin actions.</summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    /// <summary>One entry; for writers that audit inside their own transaction.</summary>
    public const string InsertSql =
        "insert into audit_log (actor, action, target, detail, remote_ip) values (@actor, @action, @target, @detail, @remoteIp)";

    public async Task WriteAsync(string actor, string action, string? target = null, string? detail = null, string? remoteIp = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            InsertSql, new { actor, action, target, detail, remoteIp }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AuditEntry>(new CommandDefinition(
            "select audit_id, at, actor, action, target, detail, remote_ip from audit_log order by at desc limit @limit",
            new { limit }, cancellationToken: ct))).AsList();
    }
}
