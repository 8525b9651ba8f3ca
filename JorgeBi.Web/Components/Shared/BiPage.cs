using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using Microsoft.AspNetCore.Components;

namespace JorgeBi.Web.Components.Shared;

/// <summary>
/// The one lifecycle of a BI page. The first load happens before the first render; a change of
/// the URL's filters shows skeletons and loads again; a change of the numbers on screen (the
/// change feed's applied events, any location's when all are shown together) refreshes in place.
/// Every load reads through the page cache (<see cref="BiAnswer.ForPageAsync{T}"/>), so one
/// computation per change serves every open page of a location, as it serves the API. A load that
/// fails outside the renderer's own calls is handed to the renderer, so the error boundary
/// shows it instead of the page waiting behind skeletons forever.
/// </summary>
/// <typeparam name="TData">What the page shows, loaded together so it appears at once.</typeparam>
public abstract class BiPage<TData> : ComponentBase, IDisposable where TData : class
{
    private IDisposable? _live;
    private int _generation;
    private bool _disposed;

    [Inject] protected DashboardFilters Filters { get; set; } = default!;

    [Inject] private BiAnswer Answer { get; set; } = default!;

    [Inject] private LiveUpdates Updates { get; set; } = default!;

    /// <summary>What the page shows; null while it loads (the page shows skeletons).</summary>
    protected TData? Data { get; set; }

    /// <summary>The location(s) and period <see cref="Data"/> is for; null where the filters name none.</summary>
    protected BiScope? Scope { get; private set; }

    /// <summary>Whether a refresh in place is reading.</summary>
    protected bool Refreshing { get; private set; }

    /// <summary>The page's part of the cache key (<c>page:&lt;name&gt;</c>).</summary>
    protected abstract string PageName { get; }

    /// <summary>What the page's answer depends on besides the scope (a grouping, a lead id, a request).</summary>
    protected virtual string Parameters => "";

    /// <summary>Whether a refresh computes anew rather than reading the cache, for answers that age with the clock.</summary>
    protected virtual bool RefreshForces => false;

    /// <summary>Shorter than the cache's default for answers that age with the clock, not only with new events.</summary>
    protected virtual TimeSpan? Expiration => null;

    protected abstract Task<TData> ComputeAsync(BiScope scope, CancellationToken ct);

    /// <summary>What the page shows when the filters name no location it may show.</summary>
    protected virtual TData? WithoutScope() => null;

    protected override async Task OnInitializedAsync()
    {
        // Before listening: the location shown may change to all locations here, and that is this first load.
        await Filters.CombineByDefaultAsync();
        Filters.Changed += OnFiltersChanged;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Pushed, not polled; started once the page is interactive, as the prerender never refreshes.
        if (firstRender) _live = Updates.Subscribe(LiveUpdates.AllLocations, change => Filters.Shows(change.LocationId) ? RefreshAsync() : Task.CompletedTask);
    }

    /// <summary>Reads what the page shows for the current filters and keeps it, unless a later load started meanwhile.</summary>
    /// <param name="force">Computes anew and replaces the cached answer.</param>
    protected async Task LoadAsync(bool force = false)
    {
        var generation = ++_generation;
        var scope = await Filters.ScopeAsync(combines: true);
        var data = scope is null ? WithoutScope() : await Answer.ForPageAsync(PageName, scope, Parameters, ComputeAsync, force, Expiration);
        // A load for newer filters started while this one read: its answer is the one to show.
        if (generation != _generation) return;
        (Scope, Data) = (scope, data);
    }

    /// <summary>Skeletons, then what the page shows now.</summary>
    protected Task ReloadAsync() => RunAsync(async () =>
    {
        Data = null;
        StateHasChanged();
        await LoadAsync();
    });

    /// <summary>Reads again and swaps the numbers in place, without skeletons.</summary>
    protected Task RefreshAsync() => RunAsync(async () =>
    {
        Refreshing = true;
        StateHasChanged();
        try { await LoadAsync(RefreshForces); }
        finally { Refreshing = false; }
    });

    /// <summary>The URL's filters changed.</summary>
    protected virtual void OnFiltersChanged() => _ = ReloadAsync();

    // Called from events the renderer does not await (the filters, the change feed), an
    // exception would be lost: dispatched, it fails the page like one thrown while rendering.
    private Task RunAsync(Func<Task> load) => InvokeAsync(async () =>
    {
        try
        {
            await load();
            StateHasChanged();
        }
        catch (Exception e) when (!_disposed)
        {
            await DispatchExceptionAsync(e);
        }
    });

    public void Dispose()
    {
        _disposed = true;
        Filters.Changed -= OnFiltersChanged;
        _live?.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>For a page's own subscriptions.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
