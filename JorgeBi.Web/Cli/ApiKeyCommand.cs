using System.CommandLine;
using JorgeBi.Core.Access;
using JorgeBi.Data.Access;

namespace JorgeBi.Web.Cli;

internal static class ApiKeyCommand
{
    public static Command Create() => Create(UserConsole.System);

    internal static Command Create(UserConsole console) =>
        new("apikey", "Create, list and revoke API keys.") { CreateKey(console), ListKeys(console), RevokeKey(console) };

    private static Command CreateKey(UserConsole console)
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var scopes = new Option<string>("--scopes") { Description = $"Comma-separated: {string.Join(", ", ApiKeyScopes.All)}", Required = true };
        var locations = LocationsOption.Create();
        var command = new Command("create", $"Create a key (every location unless {LocationsOption.Name} says otherwise); it is printed once, on the last line.")
        {
            name, scopes, locations,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var requested = parse.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = requested.Except(ApiKeyScopes.All).ToList();
            if (requested.Length == 0 || unknown.Count > 0)
            {
                console.Error.WriteLine($"Unknown scopes: {string.Join(", ", unknown)}. Use: {string.Join(", ", ApiKeyScopes.All)}.");
                return 2;
            }
            var grant = LocationsOption.Read(parse.GetValue(locations), LocationGrant.All, out var error);
            if (error is null && ApiKeyStore.LocationsError(requested, grant!) is { } rule) error = $"{LocationsOption.Name}: {rule}";
            if (error is not null)
            {
                console.Error.WriteLine(error);
                return 2;
            }
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            if (await LocationsOption.UnknownAsync(app.Services, grant!, ct) is { } missing)
            {
                console.Error.WriteLine(missing);
                return 2;
            }
            var created = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(parse.GetValue(name)!, requested, grant, ct);
            await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", "apikey.create", created.Info.Prefix, ApiKeyAudit.Describe(created.Info), ct: ct);
            console.Out.WriteLine($"Created API key {created.Info.ApiKeyId} ({created.Info.Name}) with scopes {string.Join(",", created.Info.Scopes)} " +
                              $"for {created.Info.Locations.Describe()}. Store it now: it is not shown again.");
            console.Out.WriteLine(created.Key);
            return 0;
        });
        return command;
    }

    private static Command ListKeys(UserConsole console)
    {
        var command = new Command("list", "List keys (prefix, scopes, last use; never the key).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var keys = await app.Services.GetRequiredService<ApiKeyStore>().ListAsync(ct);
            console.Out.WriteLine($"{"id",-5} {"prefix",-14} {"name",-24} {"scopes",-30} {"locations",-20} {"last used",-20} status");
            foreach (var k in keys)
            {
                console.Out.WriteLine($"{k.ApiKeyId,-5} {k.Prefix,-14} {k.Name,-24} {string.Join(",", k.Scopes),-30} {k.Locations,-20} {k.LastUsedAt?.ToString("u") ?? "never",-20} {(k.RevokedAt is null ? "active" : "revoked")}");
            }
            return 0;
        });
        return command;
    }

    private static Command RevokeKey(UserConsole console)
    {
        var key = new Argument<string>("key") { Description = "The key's id or prefix" };
        var command = new Command("revoke", "Revoke a key at once.") { key };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var revoked = await app.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(parse.GetValue(key)!, ct);
            if (revoked) await app.Services.GetRequiredService<AuditLog>().WriteAsync("cli", "apikey.revoke", parse.GetValue(key), ct: ct);
            console.Out.WriteLine(revoked ? "Revoked." : "No active key with that id or prefix.");
            return revoked ? 0 : 1;
        });
        return command;
    }
}
