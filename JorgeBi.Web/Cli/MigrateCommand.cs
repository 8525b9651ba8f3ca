using System.CommandLine;

namespace JorgeBi.Web.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations and exit.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            // Starting the database applies the migrations.
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct);
            return 0;
        });
        return command;
    }
}
