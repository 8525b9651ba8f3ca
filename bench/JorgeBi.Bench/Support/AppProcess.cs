using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JorgeBi.Bench.Support;

/// <summary>
/// The published app in a process of its own (the load generator never shares its
/// runtime), on a free loopback port, configured only through environment variables as
/// an operator would. Its console goes to a log file beside the app.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _logCopy;

    private AppProcess(Process process, Uri baseAddress, Task logCopy)
    {
        _process = process;
        BaseAddress = baseAddress;
        _logCopy = logCopy;
    }

    public Uri BaseAddress { get; }
    public int Pid => _process.Id;

    public ProcessMemory Memory() => ProcessMemory.Read(Pid);

    /// <param name="settings">Configuration keys (":" separated), passed as environment variables.</param>
    public static async Task<AppProcess> StartAsync(string appDll, string name, IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(appDll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) psi.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = Path.Combine(psi.WorkingDirectory, $"bench-{name}.log");
        var app = new AppProcess(process, baseAddress, CopyOutputAsync(process, log));
        await app.WaitReadyAsync(log);
        Console.WriteLine($"app '{name}' ready at {baseAddress} (pid {process.Id})");
        return app;
    }

    /// <summary>SIGTERM for a graceful stop (as systemd or Kubernetes would), a kill if it hangs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", Pid.ToString()])) await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        await _logCopy;
        _process.Dispose();
    }

    private async Task WaitReadyAsync(string log)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode}; see {log}.");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app was not ready within 2 minutes; see {log}.");
    }

    private static Task CopyOutputAsync(Process process, string path) => Task.WhenAll(
        CopyAsync(process.StandardOutput.BaseStream, path),
        CopyAsync(process.StandardError.BaseStream, Path.ChangeExtension(path, ".err.log")));

    private static async Task CopyAsync(Stream from, string path)
    {
        await using var file = File.Create(path);
        await from.CopyToAsync(file);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
