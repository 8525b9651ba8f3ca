using System.CommandLine;
using JorgeBi.Web.Hosting;

namespace JorgeBi.Web.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the dashboard and API (the default). Host options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, _) => ServeAsync([.. parse.UnmatchedTokens]));
        return command;
    }

    public static async Task<int> ServeAsync(string[] args)
    {
        var app = WebHost.Build(args).UseJorgeBi();
        await app.RunAsync();
        return 0;
    }
}
