using System.CommandLine;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using static JorgeBi.Web.Cli.SettingsOptions;

namespace JorgeBi.Web.Cli;

/// <summary>Bots' names and targets from the command line: the same saves, checks and audit entries as the settings page and API.</summary>
internal static class BotCommand
{
    private const string Actor = "cli";

    public static Command Create() => Create(UserConsole.System);

    internal static Command Create(UserConsole console) =>
        new("bot", "List bots and set their name, p95 response target and success-rate target.") { List(console), Set(console) };

    private static Command List(UserConsole console)
    {
        var command = new Command("list", "List bots with their targets.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            if (UnknownOption(parse.UnmatchedTokens, "bot list") is { } unknown) return Fail(console, [unknown]);
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var bots = await app.Services.GetRequiredService<SettingsStore>().ListBotsAsync(ct);
            console.Out.WriteLine($"{"id",-20} {"name",-28} {"p95 target ms",13} {"success target",15}");
            foreach (var b in bots) console.Out.WriteLine($"{b.BotId,-20} {b.Name,-28} {b.ResponseTargetMs,13} {Number(b.SuccessTarget),15}");
            return 0;
        });
        return command;
    }

    private static Command Set(UserConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The bot id, as events name it" };
        var name = new Option<string>("--name") { Description = "Display name" };
        var response = new Option<string>("--response-target-ms") { Description = "p95 processing time the bot is held to, in ms" };
        var success = new Option<string>("--success-target") { Description = "Success-rate target, a fraction (94 % is 0.94)" };
        var command = new Command("set", "Change a bot's name or targets.") { id, name, response, success };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            if (UnknownOption(parse.UnmatchedTokens, "bot set") is { } unknown) return Fail(console, [unknown]);
            var errors = new List<string>();
            var change = new BotChange(parse.GetValue(name),
                Integer(parse.GetValue(response), "--response-target-ms", errors), Decimal(parse.GetValue(success), "--success-target", errors));
            var checks = SettingsRules.Check(change);
            if (errors.Count > 0 || !checks.IsEmpty) return Fail(console, errors.Concat(Describe(checks.ToDictionary())));
            if (change.IsEmpty) return Fail(console, ["Nothing to set: give --name, --response-target-ms or --success-target."]);

            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            var botId = parse.GetValue(id)!;
            var saved = await app.Services.GetRequiredService<SettingsStore>().SaveBotAsync(botId, change, Actor, ct: ct);
            if (saved.Outcome == SaveOutcome.NotFound) return Fail(console, [$"No bot '{botId}': bots appear when events name them."], 1);
            if (saved.Outcome == SaveOutcome.Invalid) return Fail(console, Describe(saved.Errors));
            var b = saved.Saved!;
            console.Out.WriteLine($"Saved bot '{b.BotId}': {b.Name}, p95 target {b.ResponseTargetMs} ms, success target {Number(b.SuccessTarget)}.");
            return 0;
        });
        return command;
    }
}
