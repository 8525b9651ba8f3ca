using System.CommandLine;
using JorgeBi.Data.Backup;
using JorgeBi.Data.Hosting;

namespace JorgeBi.Web.Cli;

/// <summary>restore --from FILE: into an empty database only, verified against the backup's manifest.</summary>
internal static class RestoreCommand
{
    public static Command Create() => Create(Console.Out, Console.Error);

    internal static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<FileInfo>("--from") { Description = "The backup file (written by backup --to)", Required = true };
        var command = new Command("restore", "Restore a backup into an empty database and check every table against its manifest.") { from };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(from)!.FullName;
            if (BackupService.SourceProblem(path) is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }
            // Not migrated: the database must stay empty for the restore; the app migrates it on its next start.
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct, DatabasePreparation.AsFound);
            var database = app.Services.GetRequiredService<AppDatabase>();
            try
            {
                var summary = await app.Services.GetRequiredService<BackupService>().RestoreAsync(database.ConnectionString, path, ct);
                output.WriteLine($"Restored {BackupCommand.Describe(summary)} from {path}; every table matches the manifest.");
                return 0;
            }
            catch (DatabaseNotEmptyException e)
            {
                var embeddedDirectory = database.EmbeddedDirectory;
                error.WriteLine($"{e.Message} {(embeddedDirectory is not null
                    ? $"Stop JorgeBi and move its data directory ({embeddedDirectory}) aside, or restore into a new database with --Database:DatabaseName=NAME."
                    : "Point ConnectionStrings:Postgres at a new, empty database.")}");
                return 1;
            }
            catch (BackupException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
