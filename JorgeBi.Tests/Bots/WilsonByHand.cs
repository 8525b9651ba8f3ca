namespace JorgeBi.Tests.Bots;

/// <summary>The closed form of the 95 % Wilson score interval, written out independently of the code under test.</summary>
internal static class WilsonByHand
{
    private const double Z = 1.959963984540054;

    public static (double Low, double High) Interval(double successes, double n)
    {
        var p = successes / n;
        var centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        var half = Z / (1 + Z * Z / n) * Math.Sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
        return (centre - half, centre + half);
    }
}
