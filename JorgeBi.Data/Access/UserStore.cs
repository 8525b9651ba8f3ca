using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace JorgeBi.Data.Access;

public sealed record AppUser(long UserId, string Username, string Role, Guid SecurityStamp, int FailedLogins, DateTime? LockedUntil, DateTime CreatedAt);

public enum LoginOutcome { Success, Invalid, LockedOut }

public sealed record LoginResult(LoginOutcome Outcome, AppUser? User);

/// <summary>
/// Dashboard users: passwords hashed with ASP.NET Core's hasher (PBKDF2), a lockout after
/// repeated failures, and a security stamp whose change ends every session of the user.
/// </summary>
public sealed class UserStore(NpgsqlDataSource db, TimeProvider clock)
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();
    private const string Columns = "user_id, username, role, security_stamp, failed_logins, locked_until, created_at";

    // Checked against when the username is unknown, so both paths cost the same time.
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    public async Task<AppUser> AddAsync(string username, string role, string password, CancellationToken ct = default)
    {
        Validate(role, password);
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<AppUser>(new CommandDefinition(
            $"insert into app_user (username, password_hash, role) values (@username, @hash, @role) returning {Columns}",
            new { username, hash = Hasher.HashPassword(username, password), role }, cancellationToken: ct));
    }

    /// <summary>Sets a new password and ends the user's sessions; false when there is no such user.</summary>
    public async Task<bool> SetPasswordAsync(string username, string password, CancellationToken ct = default)
    {
        Validate(UserRoles.Viewer, password);
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            "update app_user set password_hash = @hash, security_stamp = gen_random_uuid(), failed_logins = 0, locked_until = null where username = @username",
            new { username, hash = Hasher.HashPassword(username, password) }, cancellationToken: ct)) > 0;
    }

    public async Task<LoginResult> CheckPasswordAsync(string username, string password, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"select {Columns}, password_hash from app_user where username = @username", new { username }, cancellationToken: ct));
        var now = clock.GetUtcNow().UtcDateTime;
        var verified = Hasher.VerifyHashedPassword(username, row?.PasswordHash ?? DummyHash, password) != PasswordVerificationResult.Failed;
        if (row is null) return new(LoginOutcome.Invalid, null);
        if (row.LockedUntil > now) return new(LoginOutcome.LockedOut, null);
        if (!verified)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                "update app_user set failed_logins = failed_logins + 1, locked_until = case when failed_logins + 1 >= @max then @until end where user_id = @id",
                new { max = MaxFailedLogins, until = now + LockoutDuration, id = row.UserId }, cancellationToken: ct));
            return new(row.FailedLogins + 1 >= MaxFailedLogins ? LoginOutcome.LockedOut : LoginOutcome.Invalid, null);
        }
        await conn.ExecuteAsync(new CommandDefinition(
            "update app_user set failed_logins = 0, locked_until = null where user_id = @id", new { id = row.UserId }, cancellationToken: ct));
        return new(LoginOutcome.Success, row.ToUser());
    }

    public async Task<AppUser?> FindAsync(long userId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<AppUser>(new CommandDefinition(
            $"select {Columns} from app_user where user_id = @userId", new { userId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AppUser>(new CommandDefinition($"select {Columns} from app_user order by username", cancellationToken: ct))).AsList();
    }

    /// <summary>Ends every session of the user: their cookies carry the old stamp.</summary>
    public async Task EndSessionsAsync(long userId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "update app_user set security_stamp = gen_random_uuid() where user_id = @userId", new { userId }, cancellationToken: ct));
    }

    public async Task<bool> AnyAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition("select exists (select 1 from app_user)", cancellationToken: ct));
    }

    private static void Validate(string role, string password)
    {
        if (!UserRoles.All.Contains(role)) throw new ArgumentException($"Role must be one of: {string.Join(", ", UserRoles.All)}.", nameof(role));
        if (password.Length < MinPasswordLength) throw new ArgumentException($"Passwords have at least {MinPasswordLength} characters.", nameof(password));
    }

    private sealed record UserRow(long UserId, string Username, string Role, Guid SecurityStamp, int FailedLogins, DateTime? LockedUntil, DateTime CreatedAt, string PasswordHash)
    {
        public AppUser ToUser() => new(UserId, Username, Role, SecurityStamp, FailedLogins, LockedUntil, CreatedAt);
    }
}
