using JorgeBi.Core.Forecasting;
using Xunit.Abstractions;

namespace JorgeBi.Tests.Core.Forecasting;

/// <summary>
/// The prediction intervals mean what they say: replaying the forecaster month by month on
/// seeded synthetic commission series (trend, yearly season, normal noise), the 80 % band
/// holds about 80 % of the held-out months and the 95 % band more of them.
/// </summary>
public sealed class ForecastCoverageTests(ITestOutputHelper output)
{
    private const int Months = 64;
    private const int FirstOrigin = 24;
    private static readonly int[] Seeds = [11, 23, 37, 41];

    [Fact]
    public void Predict_OneMonthAhead_BandsCoverHeldOutMonthsAtAboutTheirLevel()
    {
        int held = 0, in80 = 0, in95 = 0;
        foreach (var seed in Seeds)
        {
            var series = Series(seed);
            for (var origin = FirstOrigin; origin < Months; origin++)
            {
                var point = MonthlyForecaster.Predict(series[..origin], 1).Points.Single();
                var actual = series[origin].Value;
                held++;
                if (point.Lo80 <= actual && actual <= point.Hi80) in80++;
                if (point.Lo95 <= actual && actual <= point.Hi95) in95++;
            }
        }

        double coverage80 = (double)in80 / held, coverage95 = (double)in95 / held;
        output.WriteLine($"{held} held-out months: 80 % band held {coverage80:P1}, 95 % band {coverage95:P1}");
        // 160 held-out months: one standard error of a true 80 % is 3.2 points, so 65-95 % leaves room
        // for the intervals ignoring parameter uncertainty but not for a band of the wrong width.
        Assert.Equal(Seeds.Length * (Months - FirstOrigin), held);
        Assert.InRange(coverage80, 0.65, 0.95);
        Assert.InRange(coverage95, 0.85, 1.0);
        Assert.True(coverage95 > coverage80, $"80 %: {coverage80:P1}, 95 %: {coverage95:P1}");
    }

    /// <summary>Monthly commission around 30,000: +150 a month, a ±6,000 yearly swing, noise of sd 2,500.</summary>
    private static (DateOnly MonthStart, double Value)[] Series(int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2019, 1, 1);
        return Enumerable.Range(0, Months).Select(i =>
        {
            var season = 6_000 * Math.Sin(2 * Math.PI * i / 12);
            return (start.AddMonths(i), 30_000 + 150.0 * i + season + 2_500 * Normal(random));
        }).ToArray();
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
