using System.CommandLine;
using JorgeBi.Core.Access;
using JorgeBi.Data.Access;
using Npgsql;

namespace JorgeBi.Web.Cli;

/// <summary>
/// Dashboard users from the command line. Passwords never come from an argument (shell
/// history, process lists): they are read from JORGEBI_PASSWORD or one line of standard input.
/// </summary>
internal static class UserCommand
{
    public static Command Create() => Create(UserConsole.System);

    internal static Command Create(UserConsole console) =>
        new("user", "Add dashboard users, change their role and locations, set their passwords, disable them.")
        {
            AddUser(console), SetAccess(console), SetPassword(console), SetDisabled(console, disabled: true), SetDisabled(console, disabled: false),
        };

    private static Command AddUser(UserConsole console)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", UserRoles.All)}", Required = true };
        var locations = LocationsOption.Create();
        var command = new Command("add", $"Add a user (every location unless {LocationsOption.Name} says otherwise); the password is read from {UserInput.PasswordVariable} or standard input.")
        {
            username, role, locations,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(username)!.Trim();
            var grant = LocationsOption.Read(parse.GetValue(locations), LocationGrant.All, out var error);
            error ??= UserInput.UsernameError(name) ?? UserInput.RoleError(parse.GetValue(role)!) ?? UserInput.AccessError(parse.GetValue(role)!, grant!);
            var password = error is null ? UserInput.ReadPassword(console, out error) : null;
            if (error is not null) return Fail(console, error);

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            if (await LocationsOption.UnknownAsync(app.Services, grant!, ct) is { } unknown) return Fail(console, unknown);
            try
            {
                var user = await app.Services.GetRequiredService<UserStore>().AddAsync(name, parse.GetValue(role)!, password!, grant, ct);
                await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", UserAudit.Add, user.Username, UserAudit.Describe(user), ct: ct);
                console.Out.WriteLine($"Added {user.Role} '{user.Username}' seeing {user.Locations.Describe()}.");
                return 0;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return Fail(console, $"A user named '{name}' already exists; use 'user passwd' to change the password.", 1);
            }
        });
        return command;
    }

    private static Command SetAccess(UserConsole console)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", UserRoles.All)}" };
        var locations = LocationsOption.Create();
        var command = new Command("set", "Change a user's role and/or locations; their sessions end, so the change applies at once.") { username, role, locations };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(username)!.Trim();
            var newRole = parse.GetValue(role);
            var grant = LocationsOption.Read(parse.GetValue(locations), null, out var error);
            if (error is null && newRole is null && grant is null) error = $"Give --role, {LocationsOption.Name} or both.";
            error ??= newRole is null ? null : UserInput.RoleError(newRole);
            if (error is not null) return Fail(console, error);

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            if (grant is not null && await LocationsOption.UnknownAsync(app.Services, grant, ct) is { } unknown) return Fail(console, unknown);
            var users = app.Services.GetRequiredService<UserStore>();
            var before = (await users.ListAsync(ct)).SingleOrDefault(u => u.Username == name);
            if (before is null) return Fail(console, $"No user named '{name}'.", 1);
            AppUser user;
            try
            {
                user = (await users.SetAccessAsync(name, newRole, grant, ct))!;
            }
            catch (ArgumentException e) when (e.ParamName == "locations")
            {
                return Fail(console, $"{LocationsOption.Name}: {UserStore.OwnersSeeAll}");
            }
            await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", UserAudit.Access, name, UserAudit.Change(before, user), ct: ct);
            console.Out.WriteLine($"'{name}' is now {user.Role} seeing {user.Locations.Describe()}; their sessions have ended.");
            return 0;
        });
        return command;
    }

    private static Command SetDisabled(UserConsole console, bool disabled)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var command = new Command(disabled ? "disable" : "enable",
            disabled ? "Disable an account: sign-in is refused and its sessions end." : "Enable a disabled account again.") { username };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(username)!.Trim();
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            if (!await app.Services.GetRequiredService<UserStore>().SetDisabledAsync(name, disabled, ct)) return Fail(console, $"No user named '{name}'.", 1);
            await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", disabled ? UserAudit.Disable : UserAudit.Enable, name, ct: ct);
            console.Out.WriteLine(disabled ? $"'{name}' is disabled; their sessions have ended." : $"'{name}' is enabled.");
            return 0;
        });
        return command;
    }

    private static Command SetPassword(UserConsole console)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var command = new Command("passwd", $"Set a user's password (read from {UserInput.PasswordVariable} or standard input) and end their sessions.") { username };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(username)!.Trim();
            var password = UserInput.ReadPassword(console, out var error);
            if (error is not null) return Fail(console, error);

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            if (!await app.Services.GetRequiredService<UserStore>().SetPasswordAsync(name, password!, ct))
            {
                return Fail(console, $"No user named '{name}'.", 1);
            }
            await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", UserAudit.Password, name, ct: ct);
            console.Out.WriteLine($"Password of '{name}' changed; their sessions have ended.");
            return 0;
        });
        return command;
    }

    private static int Fail(UserConsole console, string message, int code = 2)
    {
        console.Error.WriteLine(message);
        return code;
    }
}
