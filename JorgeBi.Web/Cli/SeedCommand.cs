using System.CommandLine;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Seeding;

namespace JorgeBi.Web.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var scale = new Option<DemoScale>("--scale") { Description = "demo (~50k events), medium (~1M) or large (~10M)", DefaultValueFactory = _ => DemoScale.Demo };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same history", DefaultValueFactory = _ => 42 };
        var months = new Option<int>("--months") { Description = "Months of history, ending now", DefaultValueFactory = _ => 36 };
        var location = new Option<string>("--location") { Description = "Location id", DefaultValueFactory = _ => "default" };
        var end = new Option<DateTimeOffset?>("--end") { Description = "End of the history (ISO-8601); default now" };
        var command = new Command("seed", "Generate a realistic, deterministic demo history and store it.")
        {
            scale, seed, months, location, end,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var options = new DemoOptions(parse.GetValue(scale), parse.GetValue(seed), parse.GetValue(months),
                parse.GetValue(end) ?? DateTimeOffset.UtcNow, parse.GetValue(location)!);
            var progress = new ConsoleProgress("Seeding", DemoDataGenerator.ApproximateEventCount(options));
            await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(options, progress, ct);
            progress.Finish();
            return 0;
        });
        return command;
    }
}
