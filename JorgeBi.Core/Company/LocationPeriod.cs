using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// One location of the company view with the period it is read over: the request's period
/// resolved in that location's own zone ("today" and "this month" are each office's own).
/// </summary>
public sealed record LocationPeriod(LocationInfo Location, Period Period);
