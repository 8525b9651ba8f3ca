using JorgeBi.Web.Cli;

// `serve` (the default) runs the app; the other commands share its configuration.
return await JorgeBiCommandLine.RunAsync(args);
