using System.CommandLine;
using JorgeBi.Data.Access;
using JorgeBi.Web.Cli;
using Npgsql;

namespace JorgeBi.Tests.Cli;

/// <summary>backup and restore parsed and run in-process against test databases, their output captured.</summary>
public sealed class BackupCommandTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jorgebi-backup-cli-").FullName;

    [Fact]
    public async Task BackupThenRestore_OneLineEach_NoSecretPrinted()
    {
        await new UserStore(db.DataSource, TimeProvider.System).AddAsync("owner", UserRoles.Owner, "correct-horse-battery");
        var file = Path.Combine(_directory, "round-trip.backup");
        await using var target = await TestDatabase.EmptyAsync();

        var backup = await RunAsync(db, "backup", "--to", file);
        var restore = await RunAsync(target, "restore", "--from", file);

        Assert.Equal(0, backup.Code);
        Assert.Matches($@"^Backed up \d+ tables, [\d,]+ rows, [\d.]+ MB to {Escape(file)}\.$", backup.Output.Trim());
        Assert.Equal(0, restore.Code);
        Assert.Matches($@"^Restored \d+ tables, [\d,]+ rows, [\d.]+ MB from {Escape(file)}; every table matches the manifest\.$", restore.Output.Trim());
        var password = new NpgsqlConnectionStringBuilder(db.ConnectionString).Password!;
        Assert.DoesNotContain(password, backup.Output + backup.Error + restore.Output + restore.Error);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task Restore_IntoDatabaseInUse_ExitsOneWithWhatToDo()
    {
        var file = Path.Combine(_directory, "in-use.backup");
        Assert.Equal(0, (await RunAsync(db, "backup", "--to", file)).Code);

        var (code, _, error) = await RunAsync(db, "restore", "--from", file);

        Assert.Equal(1, code);
        Assert.Contains("is not empty", error);
        Assert.Contains("Point ConnectionStrings:Postgres at a new, empty database.", error);
    }

    [Fact]
    public async Task Backup_FileExists_ExitsTwoAndKeepsIt()
    {
        var file = Path.Combine(_directory, "taken.backup");
        await File.WriteAllTextAsync(file, "keep me");

        var (code, _, error) = await RunAsync(db, "backup", "--to", file);

        Assert.Equal(2, code);
        Assert.Equal($"{file} already exists: choose a new name (a backup never overwrites a file).", error.Trim());
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Restore_NoSuchFile_ExitsTwo()
    {
        var file = Path.Combine(_directory, "missing.backup");

        var (code, _, error) = await RunAsync(db, "restore", "--from", file);

        Assert.Equal(2, code);
        Assert.Equal($"{file} does not exist.", error.Trim());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Escape(string path) => System.Text.RegularExpressions.Regex.Escape(path);

    private static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        string[] host = [$"--ConnectionStrings:Postgres={database.ConnectionString}", "--environment=Development", "--Serilog:MinimumLevel:Default=Warning"];
        var root = new RootCommand { BackupCommand.Create(output, error), RestoreCommand.Create(output, error) };
        var code = await root.Parse([.. args, .. host]).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }
}
