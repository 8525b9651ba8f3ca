using System.Diagnostics;

namespace JorgeBi.Tests.Telemetry;

/// <summary>
/// Prometheus's own checker, from Debian's prometheus package (scripts/prerequisites.sh
/// installs it for the tests). Missing, it fails the test: a skipped check would pass silently.
/// </summary>
public static class Promtool
{
    private static readonly string[] Candidates = ["/usr/bin/promtool", "/usr/local/bin/promtool"];

    public static async Task<(int Code, string Output)> RunAsync(string? input, params string[] args)
    {
        var path = Candidates.FirstOrDefault(File.Exists);
        Assert.True(path is not null, "promtool is missing: install Debian's prometheus package (scripts/prerequisites.sh --with-browser does).");
        var psi = new ProcessStartInfo(path!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null) await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, (await output + await error).Trim());
    }
}
