using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>A fresh, migrated database on the shared test cluster: one per test class.</summary>
public sealed class TestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private readonly bool _migrate = true;

    public TestDatabase() { }

    private TestDatabase(bool migrate) => _migrate = migrate;

    /// <summary>A database with nothing in it, not even the schema (e.g. a restore target); dispose it.</summary>
    public static async Task<TestDatabase> EmptyAsync()
    {
        var db = new TestDatabase(migrate: false);
        await db.InitializeAsync();
        return db;
    }

    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];
    public string ConnectionString { get; private set; } = "";
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cluster = await TestCluster.GetAsync();
        await cluster.CreateDatabaseIfMissingAsync(Name);
        ConnectionString = cluster.ConnectionString(Name);
        if (_migrate) await new Migrator(NullLogger<Migrator>.Instance).MigrateAsync(ConnectionString);
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null) await DataSource.DisposeAsync();
        var cluster = await TestCluster.GetAsync();
        await using var conn = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", conn);
        await drop.ExecuteNonQueryAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
