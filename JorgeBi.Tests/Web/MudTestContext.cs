using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace JorgeBi.Tests.Web;

/// <summary>
/// Base for bUnit tests of components that use MudBlazor. Disposal goes through
/// <see cref="IAsyncLifetime"/> because MudBlazor's PointerEventsNoneService is only
/// IAsyncDisposable, which a synchronous container dispose rejects.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
