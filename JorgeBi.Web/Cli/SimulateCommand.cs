using System.CommandLine;
using JorgeBi.Data.Seeding;

namespace JorgeBi.Web.Cli;

internal static class SimulateCommand
{
    public static Command Create()
    {
        var rate = new Option<double>("--rate") { Description = "Events per second", DefaultValueFactory = _ => 20 };
        var location = new Option<string>("--location") { Description = "Location id", DefaultValueFactory = _ => "default" };
        var duration = new Option<TimeSpan?>("--duration") { Description = "How long, e.g. 00:10:00 (default: until Ctrl+C)" };
        var command = new Command("simulate", "Store realistic live events at a steady rate, so open dashboards visibly move.") { rate, location, duration };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(rate) is <= 0 or > 10_000)
            {
                Console.Error.WriteLine("--rate must be between 0 and 10000 events per second.");
                return 2;
            }
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var stored = await app.Services.GetRequiredService<SimulationRunner>()
                .RunAsync(parse.GetValue(rate), parse.GetValue(location)!, parse.GetValue(duration), ct);
            Console.WriteLine($"Stored {stored} events.");
            return 0;
        });
        return command;
    }
}
