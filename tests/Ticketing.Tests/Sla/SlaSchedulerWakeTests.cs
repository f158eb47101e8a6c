using CxPlatform.ServiceDefaults.BusinessTime;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class SlaSchedulerWakeTests(FakeClockTicketingFactory factory) : IClassFixture<FakeClockTicketingFactory>
{
    [Fact]
    public async Task A_target_due_before_the_schedulers_sleep_wakes_it_to_sleep_until_the_earlier_instant()
    {
        var admin = factory.Client("wake", CxRoles.Admin);
        await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("Low", SlaRequests.Targets(600), new { priorities = new[] { "low" } }));
        await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("High", SlaRequests.Targets(5), new { priorities = new[] { "high" } }));
        var signal = factory.Services.GetRequiredService<SlaDeadlineSignal>();
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);

        var low = await CreateAsync(admin, "low");
        var lowDue = low.Sla.Single().DueAt;
        Assert.Equal(lowDue, await Eventually.ReturnsAsync(() => Task.FromResult(signal.SleepingUntil), until => until == lowDue));

        var high = await CreateAsync(admin, "high");
        var highDue = high.Sla.Single().DueAt!.Value;
        factory.Clock.SetUtcNow(highDue);

        var breach = Assert.Single(await probe.WaitForAsync(m => m.TicketId == high.Id, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal(highDue, breach.DueAt);
        Assert.DoesNotContain(probe.Received, m => m.Message.TicketId == low.Id);
    }

    private static async Task<TicketResponse> CreateAsync(HttpClient client, string priority)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = $"A {priority} priority question",
            description = "When will my order arrive?",
            requester = new { contactPoint = "jane@example.com" },
            channel = "email",
            priority,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }
}
