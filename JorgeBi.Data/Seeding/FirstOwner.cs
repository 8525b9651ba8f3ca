using System.Security.Cryptography;
using JorgeBi.Data.Access;

namespace JorgeBi.Data.Seeding;

/// <summary>
/// The owner account of a fresh embedded database: its password comes from
/// JORGEBI_OWNER_PASSWORD, or is generated and printed once to the console (never logged).
/// </summary>
public sealed class FirstOwner(UserStore users)
{
    public const string Username = "owner";
    public const string PasswordVariable = "JORGEBI_OWNER_PASSWORD";

    public async Task CreateAsync(CancellationToken ct)
    {
        if (await users.AnyAsync(ct)) return;
        var given = Environment.GetEnvironmentVariable(PasswordVariable);
        var password = string.IsNullOrEmpty(given) ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_') : given;
        await users.AddAsync(Username, UserRoles.Owner, password, ct: ct);
        if (!string.IsNullOrEmpty(given)) return;
        Console.WriteLine();
        Console.WriteLine("  JorgeBi first start: sign in as 'owner' with this password (shown once):");
        Console.WriteLine($"    {password}");
        Console.WriteLine("  Change it with: dotnet run --project JorgeBi.Web -- user passwd --username owner");
        Console.WriteLine();
    }
}
