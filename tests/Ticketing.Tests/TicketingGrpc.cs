using CxPlatform.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using TicketingClient = CxPlatform.Contracts.Grpc.Ticketing.Ticketing.TicketingClient;

namespace CxPlatform.Ticketing.Tests;

/// <summary>A real gRPC channel to Ticketing hosted in-process (the test server speaks HTTP/2 semantics: trailers, statuses).</summary>
internal static class TicketingGrpc
{
    public static TicketingClient Client(TicketingApiFactory factory) =>
        new(GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }));

    public static CallOptions As(string tenant, params string[] roles) =>
        new(headers: new Metadata { { "authorization", $"Bearer {TestTokens.For(tenant, roles)}" } });
}
