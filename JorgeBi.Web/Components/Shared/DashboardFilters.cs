using System.Security.Claims;
using JorgeBi.Core.Events;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;

namespace JorgeBi.Web.Components.Shared;

/// <summary>
/// The filters of the dashboard, kept in the URL query string (location_id, timeframe,
/// from, to: the API's own parameter names) so any view can be bookmarked and shared.
/// Pages resolve them through the same <see cref="BiScopeResolver"/> as the API, so a
/// page and the API show the same numbers for the same filters. The location is always one the
/// signed-in user may see: no location_id means their default, and another is refused like an
/// unknown one.
/// </summary>
public sealed class DashboardFilters : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly BiScopeResolver _resolver;
    private readonly CompanyLocations _company;
    private readonly ClaimsPrincipal _user;

    // The page that combines locations and what it shows when its URL names none (CombineByDefaultAsync).
    private (string Path, string LocationId)? _combinedDefault;

    // Whether the URL names a location: links keep a location once chosen, so no page's own default replaces it.
    private bool _named;

    public DashboardFilters(NavigationManager navigation, BiScopeResolver resolver, CompanyLocations company, AuthenticationStateProvider authentication)
    {
        _navigation = navigation;
        _resolver = resolver;
        _company = company;
        _user = SignedInUser(authentication);
        _navigation.LocationChanged += OnLocationChanged;
        Read();
    }

    // The state is set before any component renders, on the prerender and in the circuit alike;
    // a page signed out later is replaced by the sign-in redirect, so it is read once.
    private static ClaimsPrincipal SignedInUser(AuthenticationStateProvider authentication)
    {
        var state = authentication.GetAuthenticationStateAsync();
        return state.IsCompletedSuccessfully ? state.Result.User : throw new InvalidOperationException("The authentication state is not known yet.");
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

    /// <summary>Whether a change at this location changes what the filters show.</summary>
    public bool Shows(string locationId) => locationId == LocationId || (IsCompany && LocationAccess.MaySee(_user, locationId));

    /// <summary>
    /// The location and period the filters name; null (with errors) when the URL holds bad
    /// values, and for all locations on a page that does not combine them (<paramref name="combines"/>).
    /// </summary>
    public async Task<BiScope?> ScopeAsync(QueryErrors? errors = null, CancellationToken ct = default, bool combines = false) =>
        await _resolver.ResolveAsync(_user, errors ?? new QueryErrors(), LocationId, IsCustomRange ? null : Timeframe,
            From?.ToString("yyyy-MM-dd"), To?.ToString("yyyy-MM-dd"), null, ct, combines);

    /// <summary>
    /// For a page that combines locations: from now on, on this page, a URL naming no location
    /// shows the caller's company default (all the locations they may see, or their only one)
    /// instead of one location; the API's dashboard-kpis decides the same way.
    /// </summary>
    public async Task CombineByDefaultAsync(CancellationToken ct = default)
    {
        _combinedDefault = (CurrentPath, await _company.DefaultIdAsync(_user, ct));
        Apply();
    }

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

    // A location the URL leaves out stays out: each page then shows its own default (all locations
    // where they combine). One that differs from what is shown is written, so it survives every page.
    private Dictionary<string, string?> Query(string locationId, string? timeframe, DateOnly? from, DateOnly? to) => new()
    {
        ["location_id"] = !_named && locationId == LocationId ? null : locationId,
        ["timeframe"] = timeframe is null || timeframe == Timeframes.Default ? null : timeframe,
        ["from"] = from?.ToString("yyyy-MM-dd"),
        ["to"] = to?.ToString("yyyy-MM-dd"),
    };

    // The API answers 404 for a location the caller may not see; the page says the same and shows the user's default.
    // "all" is every location the caller may see, whatever their grant.
    private string VisibleLocationId(QueryErrors errors, string? requested)
    {
        var id = LocationAccess.RequestedId(_user, errors, requested);
        if (CompanyLocations.IsAll(id) || LocationAccess.MaySee(_user, id)) return id;
        if (!errors.ToDictionary().ContainsKey("location_id")) errors.Add("location_id", $"No location '{id}'.");
        return LocationAccess.GrantOf(_user).DefaultLocation;
    }

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private string ErrorText => string.Join('\n', Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));

    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e) => Apply();

    private void Apply()
    {
        var before = (LocationId, Timeframe, From, To, ErrorText);
        Read();
        if (before != (LocationId, Timeframe, From, To, ErrorText)) Changed?.Invoke();
    }

    private string CurrentPath => "/" + _navigation.ToBaseRelativePath(_navigation.Uri).Split('?', '#')[0];

    private void Read()
    {
        var query = QueryHelpers.ParseQuery(_navigation.ToAbsoluteUri(_navigation.Uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        // Read by the API's rules so the page can repeat the API's messages; a bad value falls
        // back (location and timeframe to their defaults, a bad range to the timeframe).
        var errors = new QueryErrors();
        var requested = Get("location_id");
        _named = !string.IsNullOrEmpty(requested);
        LocationId = !_named && _combinedDefault is { } combined && combined.Path == CurrentPath
            ? combined.LocationId
            : VisibleLocationId(errors, requested);
        var (timeframe, from, to) = BiScopeResolver.ReadPeriod(errors, Get("timeframe"), Get("from"), Get("to"));
        var rangeIsBad = errors.ToDictionary().Keys.Any(k => k is "from" or "to");
        (Timeframe, From, To) = (timeframe, rangeIsBad ? null : from, rangeIsBad ? null : to);
        Errors = errors.Any ? new Dictionary<string, string[]>(errors.ToDictionary()) : NoErrors;
    }
}
