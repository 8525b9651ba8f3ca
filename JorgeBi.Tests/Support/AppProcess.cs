using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JorgeBi.Tests.Support;

/// <summary>
/// The built app (JorgeBi.Web.dll, copied beside the tests) run as its own process, as a
/// user runs it: a command run to its exit, or a server that a test may kill the hard way.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    private static string AppDll => Path.Combine(AppContext.BaseDirectory, "JorgeBi.Web.dll");

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
        psi.ArgumentList.Add(AppDll);
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

    public static async Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AppDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start)!;
        // Drain the output so a full pipe never blocks the app.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await app.WaitUntilLiveAsync();
        }
        catch
        {
            // A failed start must not leave the app running past the test.
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no chance to finish anything in flight.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it was live.");
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still busy starting.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The app was not live within 60 s.");
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
