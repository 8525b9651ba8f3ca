namespace JorgeBi.Core.Statistics;

/// <summary>A closed interval [<see cref="Low"/>, <see cref="High"/>].</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}
