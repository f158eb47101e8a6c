using CxPlatform.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using InsightsClient = CxPlatform.Contracts.Grpc.Insights.Insights.InsightsClient;

namespace CxPlatform.Insights.Tests;

/// <summary>A real gRPC channel to Insights hosted in-process.</summary>
internal static class InsightsGrpc
{
    public static InsightsClient Client(WebApplicationFactory<Program> factory) =>
        new(GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }));

    public static CallOptions As(string tenant, params string[] roles) =>
        new(headers: new Metadata { { "authorization", $"Bearer {TestTokens.For(tenant, roles)}" } });
}
