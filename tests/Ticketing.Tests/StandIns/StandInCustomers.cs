using System.Collections.Concurrent;

namespace CxPlatform.Ticketing.Tests.StandIns;

/// <summary>The stand-in's customer directory (one customer per tenant and contact point) and its record of calls.</summary>
public sealed class StandInCustomers
{
    private readonly ConcurrentDictionary<(string Tenant, string Kind, string Value), Guid> _customers = new();
    private readonly ConcurrentQueue<ResolveCustomerCall> _calls = new();

    public IReadOnlyCollection<ResolveCustomerCall> Calls => _calls.ToArray();

    public IReadOnlyList<ResolveCustomerCall> CallsFor(string tenant) => Calls.Where(call => call.Tenant == tenant).ToList();

    /// <summary>The customer the stand-in answers (or will answer) for this contact point.</summary>
    public Guid CustomerFor(string tenant, string kind, string value) =>
        _customers.GetOrAdd((tenant, kind, value.ToLowerInvariant()), _ => Guid.CreateVersion7());

    public void Record(ResolveCustomerCall call) => _calls.Enqueue(call);
}
