using System.Collections.Concurrent;
using System.Net;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.Contracts.Grpc.Ticketing;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>
/// Ticketing's CountOpenTickets and CareOutreach's GetContactPolicy at the real boundary: the real protos on a real Kestrel
/// h2c port, tokens validated like a platform service (role <c>service</c>). Answers what the test set per customer (a policy
/// keyed <c>{customer}/{channel}</c> wins over one keyed by the customer alone); by default no open ticket and contact allowed at
/// <c>someone@example.com</c>. (The real services are exercised in Platform.Tests.)
/// </summary>
public sealed class ContactStandIns : IAsyncDisposable
{
    private WebApplication? _app;

    public int Port { get; } = FreePort.Next();
    public string Address => $"http://127.0.0.1:{Port}";
    public ConcurrentDictionary<string, int> OpenTickets { get; } = new();
    public ConcurrentDictionary<string, ContactPolicy> Policies { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration[$"{CxAuthOptions.SectionName}:SigningKey"] = TestTokens.SigningKey;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddDefaultAuthentication();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<StandInTicketing>().RequireAuthorization(CxPolicies.Service);
        app.MapGrpcService<StandInCareOutreach>().RequireAuthorization(CxPolicies.Service);
        await app.StartAsync();
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class StandInTicketing(ContactStandIns state) : Ticketing.TicketingBase
    {
        public override Task<CountOpenTicketsResponse> CountOpenTickets(CountOpenTicketsRequest request, ServerCallContext context) =>
            Task.FromResult(new CountOpenTicketsResponse { Count = state.OpenTickets.GetValueOrDefault(request.CustomerId) });
    }

    private sealed class StandInCareOutreach(ContactStandIns state) : CareOutreach.CareOutreachBase
    {
        public override Task<ContactPolicy> GetContactPolicy(GetContactPolicyRequest request, ServerCallContext context) =>
            Task.FromResult(state.Policies.GetValueOrDefault($"{request.CustomerId}/{request.Channel}")
                ?? state.Policies.GetValueOrDefault(request.CustomerId)
                ?? new ContactPolicy { Allowed = true, ContactPoint = new ContactPoint { Kind = "email", Value = "someone@example.com" } });
    }
}
