using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class SlaReplicaFactory : FakeClockTicketingFactory
{
    // Each replica learns of the other's targets through the recheck; make it quick.
    public SlaReplicaFactory(PlatformContainers containers) : base(containers) => WithSetting("Sla:RecheckInterval", "00:00:01");
}

public sealed class SlaReplicaTests(SlaReplicaFactory factory) : IClassFixture<SlaReplicaFactory>
{
    private const string Tenant = "replicas";
    private const int TicketsPerReplica = 15;

    [Fact]
    public async Task Two_replicas_on_one_database_publish_each_breach_exactly_once()
    {
        await using var replica = factory.Replica();
        var first = factory.Client(Tenant, CxRoles.Admin);
        var second = FakeClockTicketingFactory.Authorize(replica.CreateClient(), Tenant, CxRoles.Agent);
        await SlaRequests.CreatePolicyAsync(first, SlaRequests.Policy("Everything", SlaRequests.Targets(30)));
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);

        var tickets = new List<Guid>();
        for (var i = 0; i < TicketsPerReplica; i++)
        {
            tickets.Add((await TicketRequests.CreateAsync(first, $"first replica {i}")).Id);
            tickets.Add((await TicketRequests.CreateAsync(second, $"second replica {i}")).Id);
        }
        var dueAt = factory.Clock.GetUtcNow().AddMinutes(30);
        // Both schedulers wait for the same instant, so both wake for it and compete for the same rows.
        foreach (var services in new[] { factory.Services, replica.Services })
        {
            var signal = services.GetRequiredService<SlaDeadlineSignal>();
            Assert.Equal(dueAt, await Eventually.ReturnsAsync(() => Task.FromResult(signal.SleepingUntil), until => until == dueAt));
        }

        factory.Clock.SetUtcNow(dueAt);

        var received = await probe.WaitForAsync(m => tickets.Contains(m.TicketId), tickets.Count, settle: TimeSpan.FromSeconds(2));
        Assert.Equal(tickets.Count, received.Count);
        Assert.Equal(tickets.Order(), received.Select(m => m.Message.TicketId).Order());
        Assert.Equal(tickets.Count, await Sql.CountAsync(factory.DatabaseConnectionString, "outbox_messages", "message_type LIKE '%SlaBreached%'"));
    }
}
