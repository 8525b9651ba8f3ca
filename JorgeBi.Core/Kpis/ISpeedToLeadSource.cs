namespace JorgeBi.Core.Kpis;

/// <summary>
/// The distribution behind <see cref="Kpi.SpeedToLeadS"/> of one location and period: the
/// leads created in it that had a bot contact, by whole seconds to that contact, the leads of
/// one second by the millisecond within it, and their exact values one millisecond at a time.
/// Enough to find the exact median of several locations together without reading every lead
/// (<see cref="Company.CompanySpeedToLead"/>).
/// </summary>
public interface ISpeedToLeadSource
{
    /// <summary>How many leads took each whole number of seconds; seconds with none may be left out.</summary>
    Task<IReadOnlyList<SpeedSecondCount>> ReadSecondsAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>How many leads of whole second <paramref name="second"/> fall in each millisecond (0-999) within it; milliseconds with none may be left out.</summary>
    Task<IReadOnlyList<SpeedMillisecondCount>> ReadMillisecondsAsync(LocationInfo location, Period period, long second, CancellationToken ct = default);

    /// <summary>The <paramref name="count"/> smallest exact speeds (seconds) among the leads of millisecond <paramref name="millisecond"/> of whole second <paramref name="second"/>, ascending.</summary>
    Task<IReadOnlyList<double>> ReadSmallestAsync(LocationInfo location, Period period, long second, int millisecond, int count, CancellationToken ct = default);
}

/// <summary><paramref name="N"/> leads reached their first bot contact after <paramref name="Second"/> whole seconds.</summary>
public sealed record SpeedSecondCount(long Second, long N);

/// <summary><paramref name="N"/> leads of one whole second reached their first bot contact in its millisecond <paramref name="Millisecond"/>.</summary>
public sealed record SpeedMillisecondCount(int Millisecond, long N);
