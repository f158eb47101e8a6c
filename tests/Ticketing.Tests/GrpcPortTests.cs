using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CxPlatform.Contracts.Grpc.Ticketing;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Net.Client;
using TicketingClient = CxPlatform.Contracts.Grpc.Ticketing.Ticketing.TicketingClient;

namespace CxPlatform.Ticketing.Tests;

/// <summary>
/// Cleartext Kestrel cannot offer HTTP/1.1 and HTTP/2 on one port (no TLS, no ALPN), so gRPC gets a port of its own while
/// REST stays on HTTP/1.1: proven on real sockets.
/// </summary>
public sealed class GrpcPortTests(SeparateGrpcPortFactory factory) : IClassFixture<SeparateGrpcPortFactory>
{
    [Fact]
    public async Task REST_answers_HTTP_1_1_on_the_http_port_while_gRPC_answers_on_the_grpc_port()
    {
        factory.StartServer();
        var customerId = Guid.NewGuid();
        using var rest = new HttpClient { BaseAddress = new Uri(factory.HttpAddress), DefaultRequestVersion = HttpVersion.Version11 };
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("ports", CxRoles.Agent));
        using var channel = GrpcChannel.ForAddress(factory.GrpcAddress);
        var grpc = new TicketingClient(channel);

        var created = await rest.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = "Over HTTP/1.1",
            description = "d",
            requester = new { customerId },
            channel = "phone",
        });
        var count = await grpc.CountOpenTicketsAsync(
            new CountOpenTicketsRequest { CustomerId = customerId.ToString() }, TicketingGrpc.As("ports", CxRoles.Service));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpVersion.Version11, created.Version);
        Assert.Equal(1, count.Count);
    }
}
