using System.Diagnostics;
using JorgeBi.Data.Postgres;
using JorgeBi.TestSupport;
using Npgsql;

namespace JorgeBi.Tests.Data;

/// <summary>The self-starting cluster behind the embedded default, on its own throwaway directory.</summary>
public sealed class PostgresClusterTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jorgebi-cluster-" + Guid.NewGuid().ToString("N")[..8]);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await new PostgresCluster(_root, ThrowawayCluster.Settings).StopIfRunningAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Start_SecondStartAfterStop_ReusesClusterAndItsData()
    {
        var first = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await first.StartAsync();
        await first.CreateDatabaseIfMissingAsync("kept");
        await ExecuteAsync(first.ConnectionString("kept"), "create table marker (id int); insert into marker values (42)");
        await first.StopAsync();

        var second = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await second.StartAsync();

        Assert.False(await second.CreateDatabaseIfMissingAsync("kept"));
        Assert.Equal(42, await ScalarAsync(second.ConnectionString("kept"), "select id from marker"));
        await second.StopAsync();
    }

    [Fact]
    public async Task Start_WhileAnotherInstanceRunsIt_AdoptsTheRunningServer()
    {
        var running = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await running.StartAsync();

        var adopter = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await adopter.StartAsync();

        Assert.Equal(running.Port, adopter.Port);
        Assert.False(adopter.StartedHere);
        Assert.Equal(1, await ScalarAsync(adopter.ConnectionString("postgres"), "select 1"));

        // Leaving does not stop a server someone else started.
        await adopter.StopAsync();
        Assert.Equal(1, await ScalarAsync(running.ConnectionString("postgres"), "select 1"));
        await running.StopAsync();
    }

    [Fact]
    public async Task Start_AfterServerWasKilled_RecoversFromStalePidFile()
    {
        var crashed = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await crashed.StartAsync();
        var pidFile = Path.Combine(crashed.DataDirectory, "postmaster.pid");
        var pid = int.Parse(File.ReadLines(pidFile).First());
        using (var postmaster = Process.GetProcessById(pid))
        {
            postmaster.Kill();
            await postmaster.WaitForExitAsync();
        }
        Assert.True(File.Exists(pidFile));

        var restarted = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await restarted.StartAsync();

        Assert.Equal(1, await ScalarAsync(restarted.ConnectionString("postgres"), "select 1"));
        await restarted.StopAsync();
    }

    [Fact]
    public async Task Start_WithPidFileOfDeadProcess_Starts()
    {
        var cluster = new PostgresCluster(_root, ThrowawayCluster.Settings);
        await cluster.StartAsync();
        await cluster.StopAsync();
        // A pid file naming a process that no longer exists, as a power loss leaves it.
        File.WriteAllLines(Path.Combine(cluster.DataDirectory, "postmaster.pid"), ["999999", cluster.DataDirectory, "0", "5432"]);

        await cluster.StartAsync();

        Assert.Equal(1, await ScalarAsync(cluster.ConnectionString("postgres"), "select 1"));
        await cluster.StopAsync();
    }

    [Fact]
    public async Task Start_WithSettings_ServerRunsWithThem_AndDefaultsStayDurableAndReachTheServer()
    {
        var tuned = new PostgresCluster(_root, new ClusterSettings(["fsync=off", "work_mem=7MB"], ["--no-sync"]));
        await tuned.StartAsync();
        Assert.Equal("off", await TextAsync(tuned.ConnectionString("postgres"), "show fsync"));
        Assert.Equal("7MB", await TextAsync(tuned.ConnectionString("postgres"), "show work_mem"));
        await tuned.StopAsync();

        var plain = new PostgresCluster(_root);
        await plain.StartAsync();
        Assert.Equal("on", await TextAsync(plain.ConnectionString("postgres"), "show fsync"));
        Assert.NotEmpty(ClusterSettings.Default.ServerSettings);
        foreach (var setting in ClusterSettings.Default.ServerSettings)
        {
            var nameAndValue = setting.Split('=', 2);
            Assert.Equal(nameAndValue[1], await TextAsync(plain.ConnectionString("postgres"), $"show {nameAndValue[0]}"));
        }
        await plain.StopAsync();
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<int> ScalarAsync(string cs, string sql) => Convert.ToInt32(await ReadAsync(cs, sql));

    private static async Task<string?> TextAsync(string cs, string sql) => (string?)await ReadAsync(cs, sql);

    private static async Task<object?> ReadAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }
}
