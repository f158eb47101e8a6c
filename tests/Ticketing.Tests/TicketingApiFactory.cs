using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Ticketing in-process on its own database and virtual host; one per test class.</summary>
public class TicketingApiFactory(PlatformContainers containers) : ServiceFactory<Program>(containers, ResourceNames.TicketingDb);
