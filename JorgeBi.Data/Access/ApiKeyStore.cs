using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using JorgeBi.Core.Access;
using Npgsql;

namespace JorgeBi.Data.Access;

/// <param name="Locations">What the key may read (and write events for); admin keys reach every location.</param>
public sealed record ApiKeyInfo(
    long ApiKeyId, string Name, string Prefix, string[] Scopes, LocationGrant Locations, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>The key itself, returned once at creation and never stored.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);

/// <summary>
/// API keys: 256 random bits, stored as a SHA-256 hash beside a short visible prefix,
/// compared in constant time, revocable, and their last use recorded.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource db, TimeProvider clock)
{
    private const string KeyMarker = "jbi_";
    private const int PrefixLength = 12;
    // Recording every use would turn each read into a write; a minute's precision is enough.
    private static readonly TimeSpan LastUseGranularity = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a verified key is trusted without asking the database again. Every API request
    /// presents a key, and a round trip each would cost more than a cached answer. A key revoked
    /// through this instance stops at once; through another (the CLI, a second instance) within
    /// this time.
    /// </summary>
    public static readonly TimeSpan VerifiedLifetime = TimeSpan.FromSeconds(10);

    private const string Columns = "api_key_id, name, prefix, scopes, locations, created_at, last_used_at, revoked_at";

    private readonly ConcurrentDictionary<string, VerifiedKey> _verified = new(StringComparer.Ordinal);

    /// <param name="locations">What the key may see; every location when left out.</param>
    public async Task<CreatedApiKey> CreateAsync(string name, IReadOnlyCollection<string> scopes, LocationGrant? locations = null, CancellationToken ct = default)
    {
        locations ??= LocationGrant.All;
        var unknown = scopes.Except(ApiKeyScopes.All).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown scopes: {string.Join(", ", unknown)}.", nameof(scopes));
        if (LocationsError(scopes, locations) is { } error) throw new ArgumentException(error, nameof(locations));
        var key = KeyMarker + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<KeyRow>(new CommandDefinition(
            $"insert into api_key (name, prefix, hash, scopes, locations) values (@name, @prefix, @hash, @scopes, @locations) returning {Columns}",
            new { name, prefix = key[..PrefixLength], hash = Hash(key), scopes = scopes.Distinct().ToArray(), locations = locations.ToColumn() }, cancellationToken: ct));
        return new CreatedApiKey(row.ToInfo(), key);
    }

    /// <summary>Admin keys reach the company-wide endpoints (settings, rebuilds), so they cannot be limited to locations.</summary>
    public static string? LocationsError(IEnumerable<string> scopes, LocationGrant locations) =>
        scopes.Contains(ApiKeyScopes.Admin) && !locations.IsAll ? "Keys with the admin scope see every location: give them the locations 'all'." : null;

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<KeyRow>(new CommandDefinition($"select {Columns} from api_key order by api_key_id", cancellationToken: ct));
        return rows.Select(r => r.ToInfo()).ToList();
    }

    /// <summary>Revokes by id or prefix; false when no active key matched.</summary>
    public async Task<bool> RevokeAsync(string idOrPrefix, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var id = long.TryParse(idOrPrefix, out var n) ? n : (long?)null;
        var rows = await conn.ExecuteAsync(new CommandDefinition(
            "update api_key set revoked_at = now() where revoked_at is null and (api_key_id = @id or prefix = @idOrPrefix)",
            new { id, idOrPrefix }, cancellationToken: ct));
        if (rows > 0) _verified.Clear();
        return rows > 0;
    }

    /// <summary>The active key matching <paramref name="presented"/>, or null.</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string presented, CancellationToken ct = default)
    {
        if (presented.Length < PrefixLength || !presented.StartsWith(KeyMarker, StringComparison.Ordinal)) return null;
        var prefix = presented[..PrefixLength];
        var hash = Hash(presented);
        var checkedAt = clock.GetUtcNow();
        if (_verified.TryGetValue(prefix, out var known) && checkedAt - known.CheckedAt < VerifiedLifetime
            && CryptographicOperations.FixedTimeEquals(known.Hash, hash))
        {
            return known.Info;
        }
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            $"select {Columns}, hash from api_key where prefix = @prefix and revoked_at is null",
            new { prefix }, cancellationToken: ct));
        if (row is null || !CryptographicOperations.FixedTimeEquals(row.Hash, hash)) return null;
        var now = checkedAt.UtcDateTime;
        if (row.LastUsedAt is null || now - row.LastUsedAt > LastUseGranularity)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                "update api_key set last_used_at = @now where api_key_id = @id", new { now, id = row.ApiKeyId }, cancellationToken: ct));
        }
        var info = row.ToInfo() with { LastUsedAt = now };
        _verified[prefix] = new VerifiedKey(row.Hash, info, checkedAt);
        return info;
    }

    private sealed record VerifiedKey(byte[] Hash, ApiKeyInfo Info, DateTimeOffset CheckedAt);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Dapper cannot bind a text[] column to a constructor parameter; it can set a property.
    private sealed class KeyRow
    {
        public long ApiKeyId { get; init; }
        public string Name { get; init; } = "";
        public string Prefix { get; init; } = "";
        public string[] Scopes { get; init; } = [];
        public string[]? Locations { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime? LastUsedAt { get; init; }
        public DateTime? RevokedAt { get; init; }
        public byte[] Hash { get; init; } = [];

        public ApiKeyInfo ToInfo() => new(ApiKeyId, Name, Prefix, Scopes, LocationGrant.FromColumn(Locations), CreatedAt, LastUsedAt, RevokedAt);
    }
}
