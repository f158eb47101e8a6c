using CxPlatform.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;

namespace CxPlatform.Care.Tests;

/// <summary>A real gRPC channel to CareOutreach hosted in-process (the test server speaks HTTP/2 semantics: trailers, statuses).</summary>
internal static class CareGrpc
{
    public static CareOutreachClient Client(WebApplicationFactory<Program> factory) =>
        new(GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }));

    public static CallOptions As(string tenant, params string[] roles) =>
        new(headers: new Metadata { { "authorization", $"Bearer {TestTokens.For(tenant, roles)}" } });

    public static async Task<RpcException> FailureOf(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);
}
