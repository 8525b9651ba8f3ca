namespace JorgeBi.Core.Demo;

/// <summary>
/// Event ids derived from the seed, an owner (a lead number, or a negative number for
/// lead-less events) and a counter within that owner: regenerating the same options gives the
/// same ids, so a re-import is deduplicated by the idempotency key instead of doubling the data.
/// </summary>
internal static class DemoIds
{
    public static Guid EventId(int seed, long owner, long counter)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], DemoRandom.Hash(seed, owner, counter));
        BitConverter.TryWriteBytes(bytes[8..], DemoRandom.Hash(seed ^ 0x5bd1e995, counter, owner));
        // RFC 9562 version 8 (custom) and variant bits, so the ids are well-formed UUIDs.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
