using System.Security.Cryptography;
using System.Text.RegularExpressions;
using JorgeBi.Core.Access;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Access;
using Npgsql;

namespace JorgeBi.Web.Security;

/// <summary>What an account change did: the account as it is now and, after an add or a reset, the password shown once; or why nothing changed.</summary>
public sealed record AccountChange(AppUser? User, string? Error, string? Password = null)
{
    public static AccountChange Refused(string error) => new(null, error);
}

/// <summary>
/// The owner's changes to accounts from the admin page: add (role, locations, a generated
/// password shown once), change role and locations, reset a password, disable or enable. Each
/// is written to the audit log like the command line writes it. An owner cannot disable or
/// demote their own account, so the company is never left without one.
/// </summary>
public sealed partial class AccountEditor(UserStore users, AuditLog audit, ILocationSource locations)
{
    // Generated passwords: 96 random bits, well over the minimum length.
    private const int PasswordBytes = 12;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,49}$")]
    private static partial Regex UsernamePattern();

    public async Task<AccountChange> AddAsync(string actor, string username, string role, LocationGrant grant, CancellationToken ct = default)
    {
        if (!UsernamePattern().IsMatch(username)) return AccountChange.Refused("Username: 2 to 50 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit.");
        if (await AccessErrorAsync(role, grant, ct) is { } error) return AccountChange.Refused(error);
        var password = NewPassword();
        try
        {
            var user = await users.AddAsync(username, role, password, grant, ct);
            await audit.WriteAsync(actor, UserAudit.Add, username, UserAudit.Describe(user), ct: ct);
            return new AccountChange(user, null, password);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return AccountChange.Refused($"Username: '{username}' is taken.");
        }
    }

    public async Task<AccountChange> SetAccessAsync(string actor, AppUser user, string role, LocationGrant grant, CancellationToken ct = default)
    {
        if (user.Username == actor && role != user.Role) return AccountChange.Refused("You cannot change your own role.");
        if (await AccessErrorAsync(role, grant, ct) is { } error) return AccountChange.Refused(error);
        var changed = await users.SetAccessAsync(user.Username, role, grant, ct);
        if (changed is null) return AccountChange.Refused($"No user named '{user.Username}'.");
        await audit.WriteAsync(actor, UserAudit.Access, user.Username, UserAudit.Change(user, changed), ct: ct);
        return new AccountChange(changed, null);
    }

    public async Task<AccountChange> ResetPasswordAsync(string actor, AppUser user, CancellationToken ct = default)
    {
        var password = NewPassword();
        if (!await users.SetPasswordAsync(user.Username, password, ct)) return AccountChange.Refused($"No user named '{user.Username}'.");
        await audit.WriteAsync(actor, UserAudit.Password, user.Username, ct: ct);
        return new AccountChange(user, null, password);
    }

    public async Task<AccountChange> SetDisabledAsync(string actor, AppUser user, bool disabled, CancellationToken ct = default)
    {
        if (disabled && user.Username == actor) return AccountChange.Refused("You cannot disable your own account.");
        if (!await users.SetDisabledAsync(user.Username, disabled, ct)) return AccountChange.Refused($"No user named '{user.Username}'.");
        await audit.WriteAsync(actor, disabled ? UserAudit.Disable : UserAudit.Enable, user.Username, ct: ct);
        return new AccountChange(user, null);
    }

    private async Task<string?> AccessErrorAsync(string role, LocationGrant grant, CancellationToken ct)
    {
        if (UserStore.AccessError(role, grant) is { } error) return error;
        var known = (await locations.ListAsync(ct)).Select(l => l.LocationId).ToHashSet();
        return grant.Locations.FirstOrDefault(id => !known.Contains(id)) is { } unknown ? $"Locations: no location '{unknown}'." : null;
    }

    private static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(PasswordBytes)).Replace('+', '-').Replace('/', '_');
}
