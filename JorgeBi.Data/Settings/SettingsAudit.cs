using System.Globalization;
using Dapper;
using JorgeBi.Data.Access;
using Npgsql;

namespace JorgeBi.Data.Settings;

/// <summary>How a settings save is audited: inside its own transaction, saying what changed ("field old -> new").</summary>
internal static class SettingsAudit
{
    public static Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string actor, string action, string target, string detail, string? remoteIp, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(AuditLog.InsertSql, new { actor, action, target, detail, remoteIp }, tx, cancellationToken: ct));

    /// <summary>"field old -> new" for each value given, so the audit log says what an owner changed.</summary>
    public static string Changes(params (string Field, string? Old, string? New)[] fields)
    {
        var changed = fields.Where(f => f.New is not null && f.New != f.Old).Select(f => $"{f.Field} {f.Old ?? "(new)"} -> {f.New}").ToList();
        return changed.Count == 0 ? "confirmed unchanged" : string.Join("; ", changed);
    }

    // Without trailing zeros, so 0.06000 as stored and 0.06 as given compare equal.
    public static string? Text(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
