using System.Diagnostics;

namespace JorgeBi.Tests.Support;

/// <summary>The built app (JorgeBi.Web.dll, copied beside the tests) run as its own process, as a user runs it.</summary>
public static class AppProcess
{
    /// <summary>Runs the app to its exit; a run that does not end within the deadline is killed and fails the test.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JorgeBi.Web.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"JorgeBi {string.Join(' ', args)} was still running after two minutes.");
        }
        return (process.ExitCode, await output, await error);
    }
}
