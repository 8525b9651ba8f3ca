using System.Text;
using JorgeBi.Core.Access;
using JorgeBi.Data.Access;

namespace JorgeBi.Web.Cli;

/// <summary>Where the user command reads and writes; tests hand it their own.</summary>
/// <param name="Interactive">Standard input is a terminal: read the password without echoing it.</param>
internal sealed record UserConsole(TextReader In, TextWriter Out, TextWriter Error, Func<string, string?> Environment, bool Interactive)
{
    public static UserConsole System => new(Console.In, Console.Out, Console.Error,
        global::System.Environment.GetEnvironmentVariable, !Console.IsInputRedirected);
}

/// <summary>The user command's checks, made before the database starts so a mistake costs nothing.</summary>
internal static class UserInput
{
    public const string PasswordVariable = "JORGEBI_PASSWORD";

    public static string? UsernameError(string username) =>
        username.Length is 0 or > 100 ? "A username has 1 to 100 characters." : null;

    public static string? RoleError(string role) =>
        UserRoles.All.Contains(role) ? null : $"Unknown role '{role}'. Use one of: {string.Join(", ", UserRoles.All)}.";

    /// <summary>The role's rule on locations (owners see all), named after the option that breaks it.</summary>
    public static string? AccessError(string role, LocationGrant locations) =>
        UserStore.AccessError(role, locations) is { } error ? $"{LocationsOption.Name}: {error}" : null;

    /// <summary>The password from the environment variable, else one line of input; null with an error when missing or too short.</summary>
    public static string? ReadPassword(UserConsole console, out string? error)
    {
        var password = console.Environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (console.Interactive) console.Error.Write("Password: ");
            password = console.Interactive ? ReadHidden() : console.In.ReadLine();
        }
        error = password switch
        {
            null or "" => $"No password: give it on standard input (one line) or in {PasswordVariable}.",
            { Length: < UserStore.MinPasswordLength } => $"The password is too short: at least {UserStore.MinPasswordLength} characters.",
            _ => null,
        };
        return error is null ? password : null;
    }

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
