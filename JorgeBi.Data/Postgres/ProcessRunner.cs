using System.Diagnostics;

namespace JorgeBi.Data.Postgres;

/// <summary>
/// Runs a PostgreSQL program: the server programs as the unprivileged <c>postgres</c> user
/// when this process is root (the server refuses to run as root), the client programs
/// (pg_dump, pg_restore) as this process, so the files they write belong to the caller.
/// </summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public static Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> args, CancellationToken ct = default)
    {
        var psi = NewStartInfo();
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
        return RunAsync(psi, input: null, ct);
    }

    /// <summary>
    /// Runs a client program as this process with extra environment variables (how secrets
    /// reach it: never on the command line), feeding <paramref name="input"/> to its standard input.
    /// </summary>
    public static Task<(int ExitCode, string Output)> RunClientAsync(
        string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, Stream? input = null, CancellationToken ct = default)
    {
        var psi = NewStartInfo();
        psi.FileName = program;
        psi.RedirectStandardInput = input is not null;
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return RunAsync(psi, input, ct);
    }

    /// <summary>True when the service user can enter <paramref name="directory"/>, and so every folder above it.</summary>
    public static bool ServiceUserCanEnter(string directory)
    {
        using var test = Process.Start("runuser", ["-u", ServiceUser, "--", "test", "-x", directory]);
        test.WaitForExit();
        return test.ExitCode == 0;
    }

    /// <summary>Hands a directory to the service user when running as root.</summary>
    public static async Task GiveToServiceUserAsync(string path)
    {
        if (!IsRoot) return;
        using var chown = Process.Start("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path]);
        await chown.WaitForExitAsync();
        if (chown.ExitCode != 0) throw new InvalidOperationException($"chown of {path} to {ServiceUser} failed.");
    }

    private static ProcessStartInfo NewStartInfo() => new()
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo psi, Stream? input, CancellationToken ct)
    {
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {psi.FileName}.");
        // Read both streams concurrently; pg_ctl's children keep stdout open otherwise.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (input is not null) await FeedAsync(process, input, ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static async Task FeedAsync(Process process, Stream input, CancellationToken ct)
    {
        try
        {
            await using var stdin = process.StandardInput.BaseStream;
            await input.CopyToAsync(stdin, ct);
        }
        catch (IOException)
        {
            // The program stopped reading (it failed): its exit code and output tell why.
        }
    }
}
