using System.CommandLine;
using JorgeBi.Data.Access;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Cli;

namespace JorgeBi.Tests.Cli;

/// <summary>The location and bot commands parsed and run in-process against a test database.</summary>
public sealed class SettingsCommandTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task LocationSet_NewLocation_CreatedConfirmedAndAudited()
    {
        var (code, output) = await RunAsync(["location", "set", "south-office", "--name", "South office", "--time-zone", "America/Chicago",
            "--commission-rate", "0.055", "--monthly-target", "120000"]);

        Assert.Equal(0, code);
        Assert.Contains("Created location 'south-office': South office, America/Chicago, commission rate 0.055, monthly target 120000.", output);
        var stored = await new SettingsStore(db.DataSource).FindLocationAsync("south-office");
        Assert.Equal(("South office", "America/Chicago", 0.055m, 120_000m, false), (stored!.Name, stored.TimeZone, stored.CommissionRate, stored.MonthlyCommissionTarget, stored.IsNew));
        Assert.Contains(await new AuditLog(db.DataSource).RecentAsync(20), e => e is { Actor: "cli", Action: "settings.location.create", Target: "south-office" });
    }

    [Fact]
    public async Task LocationSet_NewTimeZoneOfAnOfficeWithHistory_MovesItBeforeReturning_ShowingProgress()
    {
        var history = new FixtureEvents("east-office");
        history.Lead(new DateTime(2026, 6, 10, 5, 30, 0, DateTimeKind.Utc));
        await history.IngestAsync(db.DataSource);

        var (code, output) = await RunAsync(["location", "set", "east-office", "--time-zone", "America/New_York"]);

        Assert.Equal(0, code);
        Assert.Contains("Re-bucketing its history into America/New_York local hours and days...", output);
        Assert.Contains("  100 %", output);
        Assert.Contains("Its history now follows America/New_York days.", output);
        var stored = await new SettingsStore(db.DataSource).FindLocationAsync("east-office");
        Assert.Equal(("America/New_York", "done"), (stored!.TimeZone, stored.Rebucket!.State));
    }

    [Fact]
    public async Task LocationList_ShowsNewLocationsAsUsingDefaults()
    {
        var (code, output) = await RunAsync(["location", "list"]);

        Assert.Equal(0, code);
        Assert.Matches(@"default\s+Jorge Real Estate\s+America/Los_Angeles\s+0\.06\s+150000\s+new, using defaults", output);
    }

    [Theory]
    [InlineData(new[] { "location", "set", "default", "--time-zone", "Mars/Olympus_Mons" }, "--time-zone: Must be an IANA time zone")]
    [InlineData(new[] { "location", "set", "default", "--commission-rate", "6%" }, "--commission-rate: '6%' is not a number.")]
    [InlineData(new[] { "location", "set", "default", "--monthly-target", "-10" }, "--monthly-target: Must be an amount")]
    [InlineData(new[] { "location", "set", "Bad Id" }, "ID: Must match")]
    [InlineData(new[] { "location", "set", "default", "--timezone", "Europe/Berlin" }, "Unknown option '--timezone' for 'location set'.")]
    [InlineData(new[] { "bot", "set", "jorge-seller", "--success-target", "2" }, "--success-target: Must be a fraction")]
    [InlineData(new[] { "bot", "set", "jorge-seller", "--target", "50" }, "Unknown option '--target' for 'bot set'.")]
    [InlineData(new[] { "bot", "set", "jorge-seller" }, "Nothing to set")]
    public async Task BadInput_ExitsTwoWithTheOptionNamed_NothingChanged(string[] args, string message)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, output);
        Assert.True((await new SettingsStore(db.DataSource).FindLocationAsync("default"))!.IsNew);
    }

    [Fact]
    public async Task BotSet_NewTargets_StoredAndListed_UnknownBotExitsOne()
    {
        var (code, _) = await RunAsync(["bot", "set", "intent-decoder", "--response-target-ms", "30", "--success-target", "0.95"]);
        var (unknownCode, unknown) = await RunAsync(["bot", "set", "no-such-bot", "--name", "Ghost"]);
        var (_, list) = await RunAsync(["bot", "list"]);

        Assert.Equal((0, 1), (code, unknownCode));
        Assert.Contains("No bot 'no-such-bot'", unknown);
        Assert.Matches(@"intent-decoder\s+Intent Analysis Engine\s+30\s+0\.95", list);
    }

    private async Task<(int Code, string Output)> RunAsync(string[] args)
    {
        var console = new UserConsole(new StringReader(""), new StringWriter(), new StringWriter(), _ => null, Interactive: false);
        string[] host = [$"--ConnectionStrings:Postgres={db.ConnectionString}", "--environment=Development", "--Serilog:MinimumLevel:Default=Warning"];
        var code = await new RootCommand { LocationCommand.Create(console), BotCommand.Create(console) }.Parse([.. args, .. host]).InvokeAsync();
        return (code, console.Out + "\n" + console.Error);
    }
}
