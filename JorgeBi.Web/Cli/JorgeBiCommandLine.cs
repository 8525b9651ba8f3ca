using System.CommandLine;
using JorgeBi.Data.Hosting;
using JorgeBi.Web.Hosting;
using Serilog;

namespace JorgeBi.Web.Cli;

/// <summary>
/// The command line. Without a command name it runs <c>serve</c>, so the standard host
/// arguments (--urls, --environment) and test hosts pass straight through; any other word,
/// or an argument a command does not know that is no host option, is refused with exit code 2.
/// </summary>
public static class JorgeBiCommandLine
{
    private const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        Logging.CreateStartupLogger();
        try
        {
            var root = new RootCommand("JorgeBi: real-time business intelligence for Jorge's real-estate business.")
            {
                ServeCommand.Create(),
                MigrateCommand.Create(),
                SeedCommand.Create(),
                ApiKeyCommand.Create(),
                UserCommand.Create(),
                LocationCommand.Create(),
                BotCommand.Create(),
                SimulateCommand.Create(),
                BackupCommand.Create(),
                RestoreCommand.Create(),
            };
            var parse = root.Parse(NamesCommand(root, args) ? args : [ServeCommand.Name, .. args]);
            if (parse.Errors.Count == 0 && HostArguments.Problem(parse.UnmatchedTokens) is { } problem)
            {
                return Refuse(root, problem);
            }
            // Failures reach the one handler below, serve's and the other commands' alike.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException && e.GetType().Name != "HostAbortedException")
        {
            Log.Fatal(e, "JorgeBi stopped unexpectedly");
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static bool NamesCommand(RootCommand root, string[] args) =>
        args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "--help" or "-?" or "--version");

    /// <summary>The error and the list of commands, on standard error.</summary>
    private static int Refuse(RootCommand root, string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine();
        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
        return UsageError;
    }

    /// <summary>
    /// Builds the app for a command over its started database, without starting the host (no
    /// web server, no background work). Disposing the app stops the database again.
    /// </summary>
    internal static async Task<WebApplication> StartDatabaseAsync(
        ParseResult parse, CancellationToken ct, DatabasePreparation preparation = DatabasePreparation.Migrated)
    {
        var app = await WebHost.BuildAsync([.. parse.UnmatchedTokens], preparation, ct);
        // The host never starts for a command, so the start's log lines are handed over here.
        app.Services.GetRequiredService<StartupLog>().ForwardTo(app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
