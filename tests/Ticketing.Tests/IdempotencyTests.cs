using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class IdempotencyTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    [Fact]
    public async Task The_same_Idempotency_Key_twice_creates_one_ticket()
    {
        var tenant = $"idem-{Guid.NewGuid():N}"[..20];
        var client = factory.CreateClient(tenant, CxRoles.Agent);
        await using var probe = await BrokerProbe<TicketCreated>.StartAsync(factory.MessagingConnectionString);
        var key = Guid.NewGuid().ToString();

        var first = await CreateAsync(client, key);
        var retry = await CreateAsync(client, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.False(first.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(["true"], retry.Headers.GetValues(IdempotencyHeaders.Replayed));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        var ticket = (await first.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "tickets", $"\"TenantId\" = '{tenant}'"));
        var published = await probe.WaitForAsync(m => m.TenantId == tenant, 1, settle: TimeSpan.FromSeconds(1));
        Assert.Equal(ticket.Id, Assert.Single(published).Message.TicketId);
    }

    [Fact]
    public async Task The_create_operation_documents_the_Idempotency_Key_header()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/tickets").GetProperty("post").GetProperty("parameters");
        Assert.Contains(parameters.EnumerateArray(), p => p.GetProperty("name").GetString() == IdempotencyHeaders.Key
            && p.GetProperty("in").GetString() == "header");
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(TicketRequests.Valid()) };
        request.Headers.Add(IdempotencyHeaders.Key, key);
        return client.SendAsync(request);
    }
}
