using System.CommandLine;
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
        new("user", "Add dashboard users and set their passwords.") { AddUser(console), SetPassword(console) };

    private static Command AddUser(UserConsole console)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", UserRoles.All)}", Required = true };
        var command = new Command("add", $"Add a user; the password is read from {UserInput.PasswordVariable} or standard input.") { username, role };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(username)!.Trim();
            var error = UserInput.UsernameError(name) ?? UserInput.RoleError(parse.GetValue(role)!);
            var password = error is null ? UserInput.ReadPassword(console, out error) : null;
            if (error is not null) return Fail(console, error);

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            try
            {
                var user = await app.Services.GetRequiredService<UserStore>().AddAsync(name, parse.GetValue(role)!, password!, ct);
                await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", "user.add", user.Username, user.Role, ct: ct);
                console.Out.WriteLine($"Added {user.Role} '{user.Username}'.");
                return 0;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return Fail(console, $"A user named '{name}' already exists; use 'user passwd' to change the password.", 1);
            }
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
            await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", "user.passwd", name, ct: ct);
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
