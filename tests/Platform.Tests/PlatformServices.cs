using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>
/// The real CareOutreach and the real Ticketing in this process, each on its own ports, database and virtual host, with
/// Ticketing pointed at CareOutreach. Subclasses decide which of them run.
/// </summary>
public abstract class PlatformServices : IAsyncLifetime
{
    protected PlatformServices(PlatformContainers containers)
    {
        CareOutreach = new CareOutreachService(containers);
        Ticketing = new TicketingService(containers, CareOutreach);
    }

    public CareOutreachService CareOutreach { get; }
    public TicketingService Ticketing { get; }

    public virtual async ValueTask InitializeAsync() =>
        await Task.WhenAll(CareOutreach.InitializeAsync().AsTask(), Ticketing.InitializeAsync().AsTask());

    public virtual async ValueTask DisposeAsync()
    {
        await Ticketing.DisposeAsync();
        await CareOutreach.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
