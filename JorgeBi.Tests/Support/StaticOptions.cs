using Microsoft.Extensions.Options;

namespace JorgeBi.Tests.Support;

/// <summary>Options whose value the test holds (and may change between calls), as bound configuration would give them.</summary>
public sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
