using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Support;

/// <summary>The app over a database holding the example events, and a bi:read client for it.</summary>
public sealed class ExampleDataFactory : ApiFactory
{
    private HttpClient? _reader;

    public async Task<HttpClient> ReaderAsync()
    {
        if (_reader is not null) return _reader;
        await new AppliedEventStore(Services.GetRequiredService<Npgsql.NpgsqlDataSource>()).IngestAsync(ExampleEvents.Load());
        return _reader = await ClientWithScopesAsync(ApiKeyScopes.BiRead);
    }
}
