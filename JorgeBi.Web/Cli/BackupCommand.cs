using System.CommandLine;
using JorgeBi.Data.Backup;
using JorgeBi.Data.Hosting;

namespace JorgeBi.Web.Cli;

/// <summary>backup --to FILE: one file holding a pg_dump archive and its manifest (README "Disaster recovery").</summary>
internal static class BackupCommand
{
    public static Command Create() => Create(Console.Out, Console.Error);

    internal static Command Create(TextWriter output, TextWriter error)
    {
        var to = new Option<FileInfo>("--to") { Description = "The backup file to write; it must not exist yet", Required = true };
        var command = new Command("backup", "Back the database up into one file: a pg_dump archive with row counts and checksums per table.") { to };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(to)!.FullName;
            if (BackupService.TargetProblem(path) is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }
            // Not migrated first: a backup taken before an upgrade holds the database as it was.
            await using var app = await JorgeBiCommandLine.StartDatabaseAsync(parse, ct, DatabasePreparation.AsFound);
            try
            {
                var connection = app.Services.GetRequiredService<AppDatabase>().ConnectionString;
                var summary = await app.Services.GetRequiredService<BackupService>().BackupAsync(connection, path, ct);
                output.WriteLine($"Backed up {Describe(summary)} to {path}.");
                return 0;
            }
            catch (BackupException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>"12 tables, 3,456 rows, 1.2 MB".</summary>
    internal static string Describe(BackupSummary summary) =>
        $"{summary.Tables} tables, {summary.Rows:N0} rows, {summary.Bytes / 1024.0 / 1024.0:N1} MB";
}
