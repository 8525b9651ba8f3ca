using Dapper;
using JorgeBi.Core.Access;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace JorgeBi.Data.Access;

/// <param name="Locations">What the user may see; owners see every location.</param>
/// <param name="DisabledAt">Set while the account is disabled: it cannot sign in.</param>
public sealed record AppUser(
    long UserId, string Username, string Role, LocationGrant Locations, Guid SecurityStamp, int FailedLogins,
    DateTime? LockedUntil, DateTime CreatedAt, DateTime? DisabledAt)
{
    public bool IsDisabled => DisabledAt is not null;
}

public enum LoginOutcome { Success, Invalid, LockedOut }

public sealed record LoginResult(LoginOutcome Outcome, AppUser? User);

/// <summary>
/// Dashboard users: passwords hashed with ASP.NET Core's hasher (PBKDF2), a lockout after
/// repeated failures, and a security stamp whose change ends every session of the user. A
/// change of role or locations, a new password and disabling all change the stamp, so they
/// apply at once to every browser the user has open.
/// </summary>
public sealed class UserStore(NpgsqlDataSource db, TimeProvider clock)
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();
    private const string Columns = "user_id, username, role, locations, security_stamp, failed_logins, locked_until, created_at, disabled_at";

    // Checked against when the username is unknown, so both paths cost the same time.
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    /// <param name="locations">What the user may see; every location when left out.</param>
    public async Task<AppUser> AddAsync(string username, string role, string password, LocationGrant? locations = null, CancellationToken ct = default)
    {
        locations ??= LocationGrant.All;
        ValidateAccess(role, locations);
        ValidatePassword(password);
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QuerySingleAsync<UserRow>(new CommandDefinition(
            $"insert into app_user (username, password_hash, role, locations) values (@username, @hash, @role, @locations) returning {Columns}",
            new { username, hash = Hasher.HashPassword(username, password), role, locations = locations.ToColumn() }, cancellationToken: ct))).ToUser();
    }

    /// <summary>
    /// Sets the role and locations (null keeps the current one) and ends the user's sessions, so
    /// no page keeps showing what the user may no longer see. Null when there is no such user.
    /// </summary>
    public async Task<AppUser?> SetAccessAsync(string username, string? role, LocationGrant? locations, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var current = await conn.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"select {Columns} from app_user where username = @username for update", new { username }, tx, cancellationToken: ct));
        if (current is null) return null;
        var newRole = role ?? current.Role;
        // Made an owner without a word on locations: owners see every location.
        var newLocations = locations ?? (newRole == UserRoles.Owner ? LocationGrant.All : LocationGrant.FromColumn(current.Locations));
        ValidateAccess(newRole, newLocations);
        var updated = await conn.QuerySingleAsync<UserRow>(new CommandDefinition(
            $"update app_user set role = @newRole, locations = @locations, security_stamp = gen_random_uuid() where user_id = @id returning {Columns}",
            new { newRole, locations = newLocations.ToColumn(), id = current.UserId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return updated.ToUser();
    }

    /// <summary>Disables (sign-in refused, sessions ended) or enables an account; false when there is no such user.</summary>
    public async Task<bool> SetDisabledAsync(string username, bool disabled, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            """
            update app_user set disabled_at = case when @disabled then coalesce(disabled_at, now()) end,
                                security_stamp = case when @disabled then gen_random_uuid() else security_stamp end
            where username = @username
            """,
            new { username, disabled }, cancellationToken: ct)) > 0;
    }

    /// <summary>Sets a new password and ends the user's sessions; false when there is no such user.</summary>
    public async Task<bool> SetPasswordAsync(string username, string password, CancellationToken ct = default)
    {
        ValidatePassword(password);
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
        // A disabled account answers like a wrong password: the sign-in page does not tell who exists.
        if (row is null || row.DisabledAt is not null) return new(LoginOutcome.Invalid, null);
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
        return (await conn.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"select {Columns} from app_user where user_id = @userId", new { userId }, cancellationToken: ct)))?.ToUser();
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return [.. (await conn.QueryAsync<UserRow>(new CommandDefinition($"select {Columns} from app_user order by username", cancellationToken: ct))).Select(r => r.ToUser())];
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

    public const string OwnersSeeAll = "Owners see every location: an owner's locations are 'all'.";

    /// <summary>The rules of a role and its locations; the writers (command line, admin page) check them first to name the field.</summary>
    public static string? AccessError(string role, LocationGrant locations) =>
        !UserRoles.All.Contains(role) ? $"Role must be one of: {string.Join(", ", UserRoles.All)}."
        : role == UserRoles.Owner && !locations.IsAll ? OwnersSeeAll
        : null;

    private static void ValidateAccess(string role, LocationGrant locations)
    {
        if (AccessError(role, locations) is { } error) throw new ArgumentException(error, UserRoles.All.Contains(role) ? nameof(locations) : nameof(role));
    }

    private static void ValidatePassword(string password)
    {
        if (password.Length < MinPasswordLength) throw new ArgumentException($"Passwords have at least {MinPasswordLength} characters.", nameof(password));
    }

    // Dapper cannot bind a text[] column to a constructor parameter; it can set a property.
    private sealed class UserRow
    {
        public long UserId { get; init; }
        public string Username { get; init; } = "";
        public string Role { get; init; } = "";
        public string[]? Locations { get; init; }
        public Guid SecurityStamp { get; init; }
        public int FailedLogins { get; init; }
        public DateTime? LockedUntil { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime? DisabledAt { get; init; }
        // Read only to check a password.
        public string PasswordHash { get; init; } = "";

        public AppUser ToUser() =>
            new(UserId, Username, Role, LocationGrant.FromColumn(Locations), SecurityStamp, FailedLogins, LockedUntil, CreatedAt, DisabledAt);
    }
}
