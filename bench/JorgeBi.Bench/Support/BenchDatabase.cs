using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;
using Npgsql;

namespace JorgeBi.Bench.Support;

/// <summary>The bench database opened in-process, for the measurements that time queries directly.</summary>
public sealed class BenchDatabase(string connectionString) : IAsyncDisposable
{
    public const string Location = "default";

    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(connectionString);

    public async Task<LocationInfo> LocationAsync() =>
        await new LocationQueries(DataSource).FindAsync(Location) ?? throw new InvalidOperationException($"No location '{Location}': seed the bench database first.");

    /// <summary>The year ending today in the location's time zone, as the API's timeframe=1y resolves it.</summary>
    public static Period LastYear(LocationInfo location) => Timeframes.Resolve("1y", location.LocalNow(DateTimeOffset.UtcNow));

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
