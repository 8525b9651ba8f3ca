using JorgeBi.Core.Analytics;
using JorgeBi.Core.Events;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace JorgeBi.Web.Components.Shared;

/// <summary>
/// The filters of the dashboard, kept in the URL query string (location_id, timeframe,
/// from, to: the API's own parameter names) so any view can be bookmarked and shared.
/// Pages resolve them through the same <see cref="BiScopeResolver"/> as the API, so a
/// page and the API show the same numbers for the same filters.
/// </summary>
public sealed class DashboardFilters : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly BiScopeResolver _resolver;

    public DashboardFilters(NavigationManager navigation, BiScopeResolver resolver)
    {
        _navigation = navigation;
        _resolver = resolver;
        _navigation.LocationChanged += OnLocationChanged;
        Read();
    }

    public string LocationId { get; private set; } = Domain.DefaultLocation;
    public string Timeframe { get; private set; } = Timeframes.Default;
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    /// <summary>
    /// What is wrong with the URL's filters, by query parameter, in the API's own words (its
    /// 400 answer for the same parameters). Bad values are not applied: the page shows
    /// <see cref="Label"/>'s period instead, and says so beside the filter.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    /// <summary>Raised when the URL's filters change (not on every navigation).</summary>
    public event Action? Changed;

    public bool IsCustomRange => From is not null && To is not null;

    public string Label => IsCustomRange ? $"{From:MMM d, yyyy} – {To:MMM d, yyyy}" : TimeframeLabels.Of(Timeframe);

    /// <summary>All locations together (location_id=all).</summary>
    public bool IsCompany => CompanyLocations.IsAll(LocationId);

    /// <summary>
    /// The location and period the filters name; null (with errors) when the URL holds bad
    /// values, and for all locations on a page that does not combine them (<paramref name="combines"/>).
    /// </summary>
    public async Task<BiScope?> ScopeAsync(QueryErrors? errors = null, CancellationToken ct = default, bool combines = false) =>
        await _resolver.ResolveAsync(errors ?? new QueryErrors(), LocationId, IsCustomRange ? null : Timeframe,
            From?.ToString("yyyy-MM-dd"), To?.ToString("yyyy-MM-dd"), null, ct, combines);

    public void SetTimeframe(string timeframe) => Navigate(LocationId, timeframe, null, null);

    public void SetRange(DateOnly from, DateOnly to) => Navigate(LocationId, null, from, to);

    public void SetLocation(string locationId) => Navigate(locationId, IsCustomRange ? null : Timeframe, From, To);

    /// <summary>A link to another page that keeps the current filters, plus extra query values.</summary>
    public string Link(string path, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var query = Query(LocationId, IsCustomRange ? null : Timeframe, From, To);
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) query[k] = v;
        return QueryHelpers.AddQueryString(path, query);
    }

    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;

    private void Navigate(string locationId, string? timeframe, DateOnly? from, DateOnly? to) =>
        _navigation.NavigateTo(_navigation.GetUriWithQueryParameters(Query(locationId, timeframe, from, to).ToDictionary(kv => kv.Key, kv => (object?)kv.Value)));

    private static Dictionary<string, string?> Query(string locationId, string? timeframe, DateOnly? from, DateOnly? to) => new()
    {
        ["location_id"] = locationId == Domain.DefaultLocation ? null : locationId,
        ["timeframe"] = timeframe is null || timeframe == Timeframes.Default ? null : timeframe,
        ["from"] = from?.ToString("yyyy-MM-dd"),
        ["to"] = to?.ToString("yyyy-MM-dd"),
    };

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private string ErrorText => string.Join('\n', Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));

    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        var before = (LocationId, Timeframe, From, To, ErrorText);
        Read();
        if (before != (LocationId, Timeframe, From, To, ErrorText)) Changed?.Invoke();
    }

    private void Read()
    {
        var query = QueryHelpers.ParseQuery(_navigation.ToAbsoluteUri(_navigation.Uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        // Read by the API's rules so the page can repeat the API's messages; a bad value falls
        // back (location and timeframe to their defaults, a bad range to the timeframe).
        var errors = new QueryErrors();
        LocationId = errors.LocationId(Get("location_id"));
        var (timeframe, from, to) = BiScopeResolver.ReadPeriod(errors, Get("timeframe"), Get("from"), Get("to"));
        var rangeIsBad = errors.ToDictionary().Keys.Any(k => k is "from" or "to");
        (Timeframe, From, To) = (timeframe, rangeIsBad ? null : from, rangeIsBad ? null : to);
        Errors = errors.Any ? new Dictionary<string, string[]>(errors.ToDictionary()) : NoErrors;
    }
}
