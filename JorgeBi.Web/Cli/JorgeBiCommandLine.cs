using System.CommandLine;
using JorgeBi.Web.Hosting;
using Serilog;

namespace JorgeBi.Web.Cli;

/// <summary>
/// The command line. Anything that is not a command name runs the server, so the standard
/// host arguments (--urls, --environment) and test hosts pass straight through.
/// </summary>
public static class JorgeBiCommandLine
{
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
                SimulateCommand.Create(),
                BackupCommand.Create(),
                RestoreCommand.Create(),
            };
            var isCommand = args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "--help" or "-?" or "--version");
            return isCommand ? await root.Parse(args).InvokeAsync() : await ServeCommand.ServeAsync(args);
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

    /// <summary>Builds the app for a command and starts only its database (no web server).</summary>
    /// <param name="migrate">False leaves the database as found, e.g. empty for a restore.</param>
    internal static async Task<WebApplication> StartDatabaseAsync(ParseResult parse, CancellationToken ct, bool seedDemo = false, bool migrate = true)
    {
        var app = WebHost.Build([.. parse.UnmatchedTokens]);
        var database = app.Services.GetRequiredService<JorgeBi.Data.Hosting.DatabaseLifetime>();
        database.SkipDemoSeed = !seedDemo;
        database.SkipMigrations = !migrate;
        await database.StartDatabaseAsync(ct);
        return app;
    }

    internal static async Task StopDatabaseAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<JorgeBi.Data.Hosting.DatabaseLifetime>().StopDatabaseAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
