using System.Diagnostics;

namespace JorgeBi.Data.Postgres;

/// <summary>
/// Runs a PostgreSQL program, as the unprivileged <c>postgres</c> user when this process
/// is root: the server refuses to run as root.
/// </summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> args, CancellationToken ct = default)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            psi.FileName = "runuser";
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(ServiceUser);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(program);
        }
        else
        {
            psi.FileName = program;
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {program}.");
        // Read both streams concurrently; pg_ctl's children keep stdout open otherwise.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>Hands a directory to the service user when running as root.</summary>
    public static async Task GiveToServiceUserAsync(string path)
    {
        if (!IsRoot) return;
        using var chown = Process.Start("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path]);
        await chown.WaitForExitAsync();
        if (chown.ExitCode != 0) throw new InvalidOperationException($"chown of {path} to {ServiceUser} failed.");
    }
}
