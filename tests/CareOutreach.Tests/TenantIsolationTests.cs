using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Core;

namespace CxPlatform.Care.Tests;

/// <summary>Another tenant's customer does not exist for a caller: on every endpoint and every gRPC method.</summary>
public sealed class TenantIsolationTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    private readonly HttpClient _acme = factory.CreateClient("iso-acme", CxRoles.Care);
    private readonly HttpClient _globex = factory.CreateClient("iso-globex", CxRoles.Care);

    [Fact]
    public async Task Every_customer_endpoint_answers_404_for_another_tenants_customer_and_changes_nothing()
    {
        var email = CustomerRequests.NewEmail();
        var acmes = await CustomerRequests.CreateAsync(_acme, email);
        var pointId = acmes.ContactPoints[0].Id;
        var globexOwn = await CustomerRequests.CreateAsync(_globex);
        var id = acmes.Id;

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["get"] = await _globex.GetAsync($"/api/v1/customers/{id}"),
            ["patch"] = await CustomerRequests.PatchAsync(_globex, id, new { preferredName = "Mallory" }),
            ["add contact point"] = await CustomerRequests.AddContactPointAsync(_globex, id, "email", CustomerRequests.NewEmail()),
            ["remove contact point"] = await _globex.DeleteAsync($"/api/v1/customers/{id}/contact-points/{pointId}"),
            ["verify contact point"] = await _globex.PostAsync($"/api/v1/customers/{id}/contact-points/{pointId}/verify", null),
            ["consent"] = await CustomerRequests.RecordConsentAsync(_globex, id, "email", "marketing", "granted"),
            ["consent history"] = await _globex.GetAsync($"/api/v1/customers/{id}/consents/history"),
            ["note"] = await _globex.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = "mine now" }),
            ["merge into it"] = await CustomerRequests.MergeAsync(_globex, id, globexOwn.Id),
            ["search"] = await _globex.GetAsync($"/api/v1/customers/by-contact-point?kind=email&value={email}"),
        };
        var mergeItAway = await CustomerRequests.MergeAsync(_globex, globexOwn.Id, id);
        var list = await _globex.GetFromJsonAsync<CustomerPage>("/api/v1/customers?limit=100");

        Assert.All(responses, r => Assert.True(r.Value.StatusCode == HttpStatusCode.NotFound, $"{r.Key}: {r.Value.StatusCode}"));
        Assert.Equal(HttpStatusCode.BadRequest, mergeItAway.StatusCode);
        Assert.DoesNotContain(list!.Items, c => c.Id == id);
        var unchanged = await CustomerRequests.GetAsync(_acme, id);
        Assert.Equal((null, 1, 0), (unchanged.PreferredName, unchanged.ContactPoints.Count, unchanged.Consents.Count));
        Assert.Empty(unchanged.Notes);
        Assert.False(unchanged.ContactPoints[0].Verified);
    }

    [Fact]
    public async Task Tenants_may_each_have_a_customer_with_the_same_contact_point()
    {
        var email = CustomerRequests.NewEmail();

        var acmes = await CustomerRequests.CreateAsync(_acme, email);
        var globexs = await CustomerRequests.CreateAsync(_globex, email);

        Assert.NotEqual(acmes.Id, globexs.Id);
    }

    [Fact]
    public async Task Every_gRPC_method_acts_only_within_the_callers_tenant()
    {
        var email = CustomerRequests.NewEmail();
        var acmes = await CustomerRequests.CreateAsync(_acme, email);
        var grpc = CareGrpc.Client(factory);
        var globex = CareGrpc.As("iso-globex", CxRoles.Service);

        var resolve = await CareGrpc.FailureOf(() => grpc.ResolveCustomerAsync(
            new ResolveCustomerRequest { ContactPoint = new ContactPoint { Kind = "email", Value = email } }, globex).ResponseAsync);
        var profile = await CareGrpc.FailureOf(() => grpc.GetCustomerProfileAsync(
            new GetCustomerProfileRequest { CustomerId = acmes.Id.ToString() }, globex).ResponseAsync);
        var policy = await CareGrpc.FailureOf(() => grpc.GetContactPolicyAsync(
            new GetContactPolicyRequest { CustomerId = acmes.Id.ToString(), Channel = "email", Purpose = "service" }, globex).ResponseAsync);
        var created = await grpc.ResolveCustomerAsync(
            new ResolveCustomerRequest { ContactPoint = new ContactPoint { Kind = "email", Value = email }, CreateIfUnknown = true }, globex);

        Assert.Equal([StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound], new[] { resolve.StatusCode, profile.StatusCode, policy.StatusCode });
        Assert.True(created.Created);
        Assert.NotEqual(acmes.Id.ToString(), created.CustomerId);
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "customer_contact_points", $"\"Value\" = '{email}' AND \"TenantId\" = 'iso-acme'"));
    }
}
