namespace JorgeBi.Tests.Cli;

/// <summary>The built app refuses what is neither a command nor a host option, before it starts anything.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jorgebi-cli-").FullName;

    // Should the app wrongly start, it fails at once on this unreachable server instead of
    // creating a cluster and serving.
    private static readonly Dictionary<string, string> NoDatabase = new() { ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=9;Timeout=1" };

    [Theory]
    [InlineData("migarte", "migarte")]
    [InlineData("locations", "locations", "set", "default", "--name", "Main office")]
    [InlineData("stray", "--urls", "http://127.0.0.1:5099", "stray")]
    [InlineData("stray", "serve", "stray")]
    [InlineData("stray", "migrate", "stray")]
    public async Task UnknownWord_ExitsTwo_WithTheErrorAndTheCommandList(string stray, params string[] args)
    {
        var (code, output, error) = await AppProcess.RunAsync(_directory, NoDatabase, args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"'{stray}' is not a command or a host option", error);
        Assert.Contains("Commands:", error);
        Assert.Contains("migrate", error);
        Assert.Contains("restore", error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
