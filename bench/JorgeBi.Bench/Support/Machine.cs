using System.Runtime.InteropServices;
using Dapper;
using Npgsql;

namespace JorgeBi.Bench.Support;

/// <summary>The header of a result file: when, on what, with which command.</summary>
public static class Machine
{
    public static async Task<string> HeaderAsync(BenchOptions options, string connectionString, string commandLine)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        var postgres = await conn.ExecuteScalarAsync<string>("show server_version");
        var events = await conn.ExecuteScalarAsync<long>("select count(*) from event");
        return $"""
            # JorgeBi benchmark run ({options.Scale})

            - Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC
            - Machine: {Environment.ProcessorCount} cores ({Cpu()}), {MemoryGb():0} GiB, {Os()}, .NET {Environment.Version}, PostgreSQL {postgres}
            - Database: `seed --scale {options.Scale}`, {events:#,0} events at the start of the run
            - Command: `{commandLine}`
            - Load: {options.WarmupSeconds} s warm-up + {options.Seconds} s measured per point; soak {options.SoakMinutes:0.#} min; circuits {options.Circuits}

            """;
    }

    private static string Cpu() => ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static double MemoryGb() =>
        long.TryParse(ProcLine("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kb) ? kb / 1024.0 / 1024.0 : 0;

    private static string Os() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=')[1].Trim('"') ?? "Linux"
            : RuntimeInformation.OSDescription;

    private static string? ProcLine(string file, string key) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
}
