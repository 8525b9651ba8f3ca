using System.CommandLine;
using JorgeBi.Data.Hosting;
using JorgeBi.Web.Hosting;

namespace JorgeBi.Web.Cli;

internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create()
    {
        var command = new Command(Name, "Run the dashboard and API (the default). Host options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => ServeAsync([.. parse.UnmatchedTokens], ct));
        return command;
    }

    public static async Task<int> ServeAsync(string[] args, CancellationToken ct)
    {
        // Disposing the app stops the embedded database also when the host failed to start.
        await using var app = (await WebHost.BuildAsync(args, DatabasePreparation.MigratedWithDemoData, ct)).UseJorgeBi();
        await app.RunAsync();
        return 0;
    }
}
