using System.CommandLine;
using JorgeBi.Data.Access;
using JorgeBi.Web.Cli;

namespace JorgeBi.Tests.Cli;

/// <summary>The user command parsed and run in-process against a test database, its console and environment handed in.</summary>
public sealed class UserCommandTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const string GoodPassword = "correct-horse-battery";

    [Fact]
    public async Task Add_PasswordOnStandardInput_CreatesUserThatCanSignInAndAudits()
    {
        var (code, output) = await RunAsync(["user", "add", "--username", "ana", "--role", "manager"], stdin: GoodPassword + "\n");

        Assert.Equal(0, code);
        Assert.Contains("Added manager 'ana'", output);
        var login = await Users().CheckPasswordAsync("ana", GoodPassword);
        Assert.Equal((LoginOutcome.Success, "manager"), (login.Outcome, login.User!.Role));
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Actor: "cli", Action: "user.add", Target: "ana", Detail: "manager; locations all" });
    }

    [Fact]
    public async Task Passwd_PasswordFromEnvironment_ChangesItAndEndsSessions()
    {
        var before = await Users().AddAsync("ben", UserRoles.Viewer, "old-password-123");

        var (code, _) = await RunAsync(["user", "passwd", "--username", "ben"], env: GoodPassword);

        Assert.Equal(0, code);
        Assert.Equal(LoginOutcome.Success, (await Users().CheckPasswordAsync("ben", GoodPassword)).Outcome);
        Assert.NotEqual(before.SecurityStamp, (await Users().FindAsync(before.UserId))!.SecurityStamp);
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Action: "user.passwd", Target: "ben" });
    }

    [Fact]
    public async Task Passwd_UnknownUser_FailsWithMessage()
    {
        var (code, output) = await RunAsync(["user", "passwd", "--username", "nobody"], stdin: GoodPassword);

        Assert.Equal(1, code);
        Assert.Contains("No user named 'nobody'", output);
    }

    [Fact]
    public async Task Add_ExistingUsername_FailsWithMessage()
    {
        await Users().AddAsync("cara", UserRoles.Viewer, GoodPassword);

        var (code, output) = await RunAsync(["user", "add", "--username", "cara", "--role", "viewer"], stdin: GoodPassword);

        Assert.Equal(1, code);
        Assert.Contains("already exists", output);
    }

    [Theory]
    [InlineData("admin", GoodPassword, "Unknown role 'admin'. Use one of: owner, manager, viewer.")]
    [InlineData("viewer", "short-pass", "too short: at least 12 characters")]
    [InlineData("viewer", "", "No password: give it on standard input (one line) or in JORGEBI_PASSWORD.")]
    public async Task Add_BadInput_RefusedBeforeTheDatabaseStarts(string role, string password, string message)
    {
        // No connection string: reaching the database would start an embedded cluster, so a pass proves it was never reached.
        var console = Console(password + "\n", null);
        var code = await new RootCommand { UserCommand.Create(console) }.Parse(["user", "add", "--username", "dan", "--role", role]).InvokeAsync();

        Assert.Equal(2, code);
        Assert.Contains(message, console.Error.ToString());
    }

    [Fact]
    public void Password_IsNeverAnOption()
    {
        var add = UserCommand.Create(Console("", null)).Subcommands.Single(c => c.Name == "add");

        Assert.DoesNotContain(add.Options, o => o.Name.Contains("pass", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Add_WithLocations_SeesOnlyThem_AndAudits()
    {
        await LocationsExistAsync("north", "south");

        var (code, output) = await RunAsync(["user", "add", "--username", "nia", "--role", "manager", "--locations", "south,north"], stdin: GoodPassword);

        Assert.Equal(0, code);
        Assert.Contains("Added manager 'nia' seeing north, south.", output);
        Assert.Equal("north,south", (await Users().CheckPasswordAsync("nia", GoodPassword)).User!.Locations.ToString());
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Action: "user.add", Target: "nia", Detail: "manager; locations north,south" });
    }

    [Theory]
    [InlineData("owner", "north", "--locations: Owners see every location")]
    [InlineData("manager", "North!", "--locations: 'North!' is not a location id")]
    [InlineData("manager", "north,all", "--locations: 'all' stands alone")]
    public async Task Add_BadLocations_RefusedBeforeTheDatabaseStarts(string role, string locations, string message)
    {
        var console = Console(GoodPassword + "\n", null);
        var code = await new RootCommand { UserCommand.Create(console) }
            .Parse(["user", "add", "--username", "dan", "--role", role, "--locations", locations]).InvokeAsync();

        Assert.Equal(2, code);
        Assert.Contains(message, console.Error.ToString());
    }

    [Fact]
    public async Task Add_UnknownLocation_NamesItAndTheKnownOnes()
    {
        var (code, output) = await RunAsync(["user", "add", "--username", "ola", "--role", "viewer", "--locations", "atlantis"], stdin: GoodPassword);

        Assert.Equal(2, code);
        Assert.Contains("--locations: no location 'atlantis'. Known: default", output);
        Assert.Null((await Users().ListAsync()).SingleOrDefault(u => u.Username == "ola"));
    }

    [Fact]
    public async Task Set_RoleAndLocations_ChangesThem_EndsSessions_AndAuditsWhatChanged()
    {
        await LocationsExistAsync("north");
        var before = await Users().AddAsync("eli", UserRoles.Viewer, GoodPassword);

        var (code, output) = await RunAsync(["user", "set", "--username", "eli", "--role", "manager", "--locations", "north"]);

        Assert.Equal(0, code);
        Assert.Contains("'eli' is now manager seeing north; their sessions have ended.", output);
        var after = (await Users().FindAsync(before.UserId))!;
        Assert.Equal(("manager", "north"), (after.Role, after.Locations.ToString()));
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20),
            e => e is { Action: "user.access", Target: "eli", Detail: "role viewer -> manager; locations all -> north" });
    }

    [Fact]
    public async Task Set_LocationsOfAnOwner_Refused()
    {
        await LocationsExistAsync("north");
        await Users().AddAsync("fay", UserRoles.Owner, GoodPassword);

        var (code, output) = await RunAsync(["user", "set", "--username", "fay", "--locations", "north"]);

        Assert.Equal(2, code);
        Assert.Contains("--locations: Owners see every location", output);
    }

    [Fact]
    public async Task DisableThenEnable_RefusesThenAllowsSignIn()
    {
        await Users().AddAsync("gus", UserRoles.Viewer, GoodPassword);

        var (disabled, _) = await RunAsync(["user", "disable", "--username", "gus"]);
        var whileDisabled = await Users().CheckPasswordAsync("gus", GoodPassword);
        var (enabled, _) = await RunAsync(["user", "enable", "--username", "gus"]);

        Assert.Equal((0, 0), (disabled, enabled));
        Assert.Equal(LoginOutcome.Invalid, whileDisabled.Outcome);
        Assert.Equal(LoginOutcome.Success, (await Users().CheckPasswordAsync("gus", GoodPassword)).Outcome);
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Action: "user.disable", Target: "gus" });
    }

    [Fact]
    public async Task ApiKeyCreate_WithLocations_KeyIsLimitedToThem()
    {
        await LocationsExistAsync("north");
        var console = Console("", null);

        var code = await new RootCommand { ApiKeyCommand.Create(console) }
            .Parse(["apikey", "create", "--name", "north-crm", "--scopes", "bi:read", "--locations", "north", .. Host]).InvokeAsync();

        Assert.Equal(0, code);
        var key = console.Out.ToString()!.Trim().Split('\n')[^1];
        Assert.Equal("north", (await new ApiKeyStore(db.DataSource, TimeProvider.System).VerifyAsync(key))!.Locations.ToString());
        Assert.Contains("for north.", console.Out.ToString());
    }

    [Fact]
    public async Task ApiKeyCreate_AdminWithLocations_RefusedNamingTheOption()
    {
        var console = Console("", null);

        var code = await new RootCommand { ApiKeyCommand.Create(console) }
            .Parse(["apikey", "create", "--name", "north-admin", "--scopes", "admin", "--locations", "north"]).InvokeAsync();

        Assert.Equal(2, code);
        Assert.Contains("--locations: Keys with the admin scope see every location", console.Error.ToString());
    }

    private async Task LocationsExistAsync(params string[] ids)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        foreach (var id in ids)
        {
            await using var insert = new Npgsql.NpgsqlCommand("insert into location (location_id, name) values ($1, $1) on conflict do nothing", conn);
            insert.Parameters.AddWithValue(id);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private UserStore Users() => new(db.DataSource, TimeProvider.System);

    private async Task<(int Code, string Output)> RunAsync(string[] args, string stdin = "", string? env = null)
    {
        var console = Console(stdin, env);
        var code = await new RootCommand { UserCommand.Create(console) }.Parse([.. args, .. Host]).InvokeAsync();
        return (code, console.Out + "\n" + console.Error);
    }

    private string[] Host => [$"--ConnectionStrings:Postgres={db.ConnectionString}", "--environment=Development", "--Serilog:MinimumLevel:Default=Warning"];

    private static UserConsole Console(string stdin, string? password) =>
        new(new StringReader(stdin), new StringWriter(), new StringWriter(), name => name == UserInput.PasswordVariable ? password : null, Interactive: false);
}
