using System.CommandLine;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using static JorgeBi.Web.Cli.SettingsOptions;

namespace JorgeBi.Web.Cli;

/// <summary>Locations' settings from the command line: the same saves, checks and audit entries as the settings page and API.</summary>
internal static class LocationCommand
{
    private const string Actor = "cli";

    public static Command Create() => Create(UserConsole.System);

    internal static Command Create(UserConsole console) =>
        new("location", "List locations and set their name, time zone, commission rate and monthly target.") { List(console), Set(console) };

    private static Command List(UserConsole console)
    {
        var command = new Command("list", "List locations with their settings; new ones run on the defaults until set.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            if (UnknownOption(parse.UnmatchedTokens, "location list") is { } unknown) return Fail(console, [unknown]);
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var locations = await app.Services.GetRequiredService<SettingsStore>().ListLocationsAsync(ct);
            console.Out.WriteLine($"{"id",-20} {"name",-28} {"time zone",-22} {"rate",-8} {"monthly target",15}  status");
            foreach (var l in locations)
            {
                console.Out.WriteLine($"{l.LocationId,-20} {l.Name,-28} {l.TimeZone,-22} {Number(l.CommissionRate),-8} {Number(l.MonthlyCommissionTarget),15}  {(l.IsNew ? "new, using defaults" : "confirmed")}");
            }
            return 0;
        });
        return command;
    }

    private static Command Set(UserConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The location id (created when new)" };
        var name = new Option<string>("--name") { Description = "Display name" };
        var zone = new Option<string>("--time-zone") { Description = "IANA time zone, e.g. America/Los_Angeles; a change re-buckets the location's history" };
        var rate = new Option<string>("--commission-rate") { Description = "Fraction of the sale price, above 0 and at most 0.1 (6 % is 0.06); applies to deals from now on" };
        var target = new Option<string>("--monthly-target") { Description = "Monthly commission target in USD" };
        var command = new Command("set", "Create a location or change its settings, and confirm them.") { id, name, zone, rate, target };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            if (UnknownOption(parse.UnmatchedTokens, "location set") is { } unknown) return Fail(console, [unknown]);
            var errors = new List<string>();
            var change = new LocationChange(parse.GetValue(name), parse.GetValue(zone),
                Decimal(parse.GetValue(rate), "--commission-rate", errors), Decimal(parse.GetValue(target), "--monthly-target", errors));
            var locationId = parse.GetValue(id)!;
            var checks = SettingsRules.Check(locationId, change);
            if (errors.Count > 0 || !checks.IsEmpty) return Fail(console, errors.Concat(Describe(checks.ToDictionary())));

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var saved = await app.Services.GetRequiredService<SettingsStore>().SaveLocationAsync(locationId, change, Actor, ct: ct);
            if (saved.Outcome is SaveOutcome.Invalid or SaveOutcome.Conflict) return Fail(console, Describe(saved.Errors));
            var l = saved.Saved!;
            console.Out.WriteLine($"{(saved.Outcome == SaveOutcome.Created ? "Created" : "Saved")} location '{l.LocationId}': {l.Name}, {l.TimeZone}, " +
                                  $"commission rate {Number(l.CommissionRate)}, monthly target {Number(l.MonthlyCommissionTarget)}.");
            return saved.RebucketQueued ? await MoveAsync(console, app.Services.GetRequiredService<RebucketJobs>(), l.Rebucket!, ct) : 0;
        });
        return command;
    }

    /// <summary>
    /// Runs the queued moves here, showing this one's progress, so the command returns with the
    /// history in the new zone (a running app may run it first: this then finds it finished).
    /// </summary>
    private static async Task<int> MoveAsync(UserConsole console, RebucketJobs jobs, RebucketJob queued, CancellationToken ct)
    {
        console.Out.WriteLine($"Re-bucketing its history into {queued.ToTimeZone} local hours and days...");
        while (await jobs.RunNextAsync((job, _) =>
               {
                   if (job.JobId == queued.JobId) console.Out.WriteLine($"  {job.Progress * 100:0} %");
                   return Task.CompletedTask;
               }, ct) is not null)
        {
        }
        var ended = await jobs.FindAsync(queued.JobId, ct);
        if (ended.Error is not null) return Fail(console, [$"The move to {ended.ToTimeZone} failed: {ended.Error}. The location keeps {ended.FromTimeZone}."]);
        console.Out.WriteLine($"Its history now follows {ended.ToTimeZone} days.");
        return 0;
    }
}
