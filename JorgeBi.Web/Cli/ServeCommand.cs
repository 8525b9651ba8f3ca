using System.CommandLine;
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
        command.SetAction((parse, _) => ServeAsync([.. parse.UnmatchedTokens]));
        return command;
    }

    public static async Task<int> ServeAsync(string[] args)
    {
        // Disposing the app stops the embedded database also when the host failed to start.
        await using var app = WebHost.Build(args).UseJorgeBi();
        await app.RunAsync();
        return 0;
    }
}
