using System.CommandLine;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Support;
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
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Actor: "cli", Action: "user.add", Target: "ana", Detail: "manager" });
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

    private UserStore Users() => new(db.DataSource, TimeProvider.System);

    private async Task<(int Code, string Output)> RunAsync(string[] args, string stdin = "", string? env = null)
    {
        var console = Console(stdin, env);
        string[] host = [$"--ConnectionStrings:Postgres={db.ConnectionString}", "--environment=Development", "--Serilog:MinimumLevel:Default=Warning"];
        var code = await new RootCommand { UserCommand.Create(console) }.Parse([.. args, .. host]).InvokeAsync();
        return (code, console.Out + "\n" + console.Error);
    }

    private static UserConsole Console(string stdin, string? password) =>
        new(new StringReader(stdin), new StringWriter(), new StringWriter(), name => name == UserInput.PasswordVariable ? password : null, Interactive: false);
}
