namespace JorgeBi.Core.Demo;

/// <summary>
/// A small seeded PRNG (SplitMix64) with the distributions the demo needs. Our own rather than
/// <see cref="Random"/> so that every lead can get a cheap independent stream from a hash of the
/// seed and its number, and so the output cannot change with a runtime upgrade.
/// </summary>
internal sealed class DemoRandom(ulong state)
{
    private ulong _state = state;

    public static DemoRandom For(int seed, long a, long b = 0) => new(Hash(seed, a, b));

    /// <summary>Mixes the inputs so that nearby seeds and counters give unrelated streams.</summary>
    public static ulong Hash(int seed, long a, long b)
    {
        var h = Mix((ulong)(uint)seed ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ (ulong)a);
        return Mix(h ^ (ulong)b ^ 0xD1B54A32D192ED03UL);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public double Between(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [min, max].</summary>
    public int Between(int min, int max) => min + (int)(NextDouble() * (max - min + 1));

    public double Normal(double mean, double sd)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Right-skewed positive values, as response times and prices are.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(Normal(0, sigma));

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextDouble() * items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
