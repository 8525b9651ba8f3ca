using System.ComponentModel;

namespace JorgeBi.Web.Answers;

/// <summary>
/// An answer in the cache, with its JSON as served to cache hits once someone asked for it.
/// Marked immutable so HybridCache keeps the instance instead of serialising it: the value
/// is a record built once and never changed, and the JSON is always the same bytes (two
/// requests racing to fill it write equal arrays).
/// </summary>
[ImmutableObject(true)]
public sealed class CachedAnswer<T>(T value)
{
    public T Value { get; } = value;

    public byte[]? HitJson { get; set; }
}
