using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Core;

namespace CxPlatform.Care.Tests;

public sealed class AuthTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    [Fact]
    public async Task A_request_without_a_token_is_401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(CxRoles.Agent)]
    [InlineData(CxRoles.Analyst)]
    [InlineData(CxRoles.Service)]
    public async Task A_caller_without_the_care_role_is_403_and_creates_nothing(string role)
    {
        var tenant = $"auth-{role}";
        var client = factory.CreateClient(tenant, role);

        var create = await client.PostAsJsonAsync("/api/v1/customers", CustomerRequests.Body(CustomerRequests.NewEmail()));
        var list = await client.GetAsync("/api/v1/customers");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (create.StatusCode, list.StatusCode));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "customers", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task An_admin_may_do_what_a_care_agent_does()
    {
        var admin = factory.CreateClient("auth-admin", CxRoles.Admin);

        var created = await CustomerRequests.CreateAsync(admin);

        Assert.Equal(created.Id, (await CustomerRequests.GetAsync(admin, created.Id)).Id);
    }

    [Fact]
    public async Task gRPC_without_a_token_is_UNAUTHENTICATED_and_with_a_care_token_PERMISSION_DENIED()
    {
        var grpc = CareGrpc.Client(factory);
        var request = new ResolveCustomerRequest { ContactPoint = new ContactPoint { Kind = "email", Value = CustomerRequests.NewEmail() }, CreateIfUnknown = true };

        var anonymous = await CareGrpc.FailureOf(() => grpc.ResolveCustomerAsync(request).ResponseAsync);
        var care = await CareGrpc.FailureOf(() => grpc.ResolveCustomerAsync(request, CareGrpc.As("auth-grpc", CxRoles.Care)).ResponseAsync);
        var admin = await grpc.ResolveCustomerAsync(request, CareGrpc.As("auth-grpc", CxRoles.Admin));

        Assert.Equal((StatusCode.Unauthenticated, StatusCode.PermissionDenied), (anonymous.StatusCode, care.StatusCode));
        Assert.True(admin.Created);
    }
}
