using System.Diagnostics;
using System.Text.Json;

namespace JorgeBi.Tests.Support.OpenApi;

public sealed record LintReport(int Errors, int Warnings, string Output);

/// <summary>
/// Runs Redocly's OpenAPI linter (restored from npm into JorgeBi.Tests/node_modules by the
/// build) with the project's redocly.yaml on a document, and reads its JSON report.
/// </summary>
public static class RedoclyLint
{
    private static readonly string Project = Path.Combine(RepositoryRoot.Path, "JorgeBi.Tests");

    public static async Task<LintReport> RunAsync(string documentJson)
    {
        var file = Path.Combine(Path.GetTempPath(), $"jorgebi-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, documentJson);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(Project, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", Path.Combine(Project, "redocly.yaml"), "--format=json" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Project,
            };
            // No usage reports or update checks from a test run.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return Parse(await stdout, await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static LintReport Parse(string stdout, string stderr)
    {
        var start = stdout.IndexOf('{');
        if (start < 0) throw new InvalidOperationException($"The linter wrote no report: {stdout}\n{stderr}");
        using var report = JsonDocument.Parse(stdout[start..]);
        var totals = report.RootElement.GetProperty("totals");
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(p =>
            $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at " +
            string.Join(", ", p.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString())));
        return new LintReport(totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), string.Join("\n", problems));
    }
}
