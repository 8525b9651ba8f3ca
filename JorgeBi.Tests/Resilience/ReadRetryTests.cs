using JorgeBi.Web.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JorgeBi.Tests.Resilience;

public sealed class ReadRetryTests
{
    private readonly ReadRetry _retry = new(TimeProvider.System, NullLogger<ReadRetry>.Instance);

    private static NpgsqlException BrokenConnection() => new("Exception while reading from stream", new IOException("connection reset"));

    [Fact]
    public async Task Read_FailsOnceOnABrokenConnection_IsRunAgainAndAnswers()
    {
        var attempts = 0;

        var answer = await _retry.ExecuteAsync(_ => ++attempts == 1 ? throw BrokenConnection() : ValueTask.FromResult(42), CancellationToken.None);

        Assert.Equal((42, 2), (answer, attempts));
    }

    [Fact]
    public async Task Read_DatabaseStaysDown_GivesUpAfterTheLastRetry_WithTheDatabaseError()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<NpgsqlException>(() => _retry.ExecuteAsync<int>(_ => { attempts++; throw BrokenConnection(); }, CancellationToken.None).AsTask());

        Assert.Equal(ReadRetry.MaxRetries + 1, attempts);
    }

    [Fact]
    public async Task Read_FailsForAnotherReason_IsNotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _retry.ExecuteAsync<int>(_ => { attempts++; throw new InvalidOperationException("a bug, not an outage"); }, CancellationToken.None).AsTask());

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Read_FailsAfterItStartedAnswering_IsNotRunAgain()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<NpgsqlException>(() => _retry.ExecuteAsync<int>(_ => { attempts++; throw BrokenConnection(); }, CancellationToken.None, mayRetry: () => false).AsTask());

        Assert.Equal(1, attempts);
    }
}
