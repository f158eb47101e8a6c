using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Core;

namespace CxPlatform.Care.Tests;

/// <summary>ResolveCustomer through a real gRPC channel, as Ticketing calls it on every new ticket.</summary>
public sealed class ResolveCustomerTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    private const string Tenant = "resolve-acme";
    private readonly CareOutreach.CareOutreachClient _grpc = CareGrpc.Client(factory);
    private readonly CallOptions _service = CareGrpc.As(Tenant, CxRoles.Service);

    [Fact]
    public async Task An_unknown_contact_point_creates_a_customer_with_the_display_name_and_the_next_call_finds_it()
    {
        var email = $"Jane.{Guid.NewGuid():N}@Example.com";

        var first = await ResolveAsync("email", email, create: true, "Jane Doe");
        var second = await ResolveAsync("email", email.ToLowerInvariant(), create: false);

        Assert.True(first.Created);
        Assert.Equal((first.CustomerId, false), (second.CustomerId, second.Created));
        var profile = await _grpc.GetCustomerProfileAsync(new GetCustomerProfileRequest { CustomerId = first.CustomerId }, _service);
        Assert.Equal("Jane Doe", profile.DisplayName);
        Assert.Equal(("email", email.ToLowerInvariant()), (profile.ContactPoints[0].Kind, profile.ContactPoints[0].Value));
    }

    [Theory]
    [InlineData("phone", "+41 79 123 45 67", "+41791234567")]
    [InlineData("phone", "+1 (415) 555-0100", "+14155550100")]
    [InlineData("social_handle", "Instagram:@Ana", "instagram:ana")]
    [InlineData("chat_visitor_id", " visitor-8d1F ", "visitor-8d1F")]
    public async Task Contact_points_are_normalized_before_they_are_compared(string kind, string typed, string stored)
    {
        var tenant = $"norm-{Guid.NewGuid():N}"[..20];
        var service = CareGrpc.As(tenant, CxRoles.Service);
        var created = await _grpc.ResolveCustomerAsync(Request(kind, stored, create: true), service);

        var found = await _grpc.ResolveCustomerAsync(Request(kind, typed, create: false), service);

        Assert.Equal(created.CustomerId, found.CustomerId);
    }

    [Fact]
    public async Task An_unknown_contact_point_without_create_is_NOT_FOUND_and_creates_nothing()
    {
        var email = CustomerRequests.NewEmail();

        var failure = await CareGrpc.FailureOf(() => ResolveAsync("email", email, create: false));

        Assert.Equal(StatusCode.NotFound, failure.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "customer_contact_points", $"\"Value\" = '{email}'"));
    }

    [Theory]
    [InlineData("fax", "123", "contact_point.kind")]
    [InlineData("email", "jane-at-example.com", "contact_point.value")]
    [InlineData("phone", "0791234567", "contact_point.value")]
    [InlineData("email", "", "contact_point.value")]
    public async Task A_malformed_contact_point_is_INVALID_ARGUMENT_naming_the_field(string kind, string value, string field)
    {
        var failure = await CareGrpc.FailureOf(() => ResolveAsync(kind, value, create: true));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.StartsWith(field, failure.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_contact_point_is_INVALID_ARGUMENT()
    {
        var failure = await CareGrpc.FailureOf(() => _grpc.ResolveCustomerAsync(new ResolveCustomerRequest { CreateIfUnknown = true }, _service).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.StartsWith("contact_point", failure.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_resolves_of_one_new_contact_point_create_one_customer()
    {
        var email = CustomerRequests.NewEmail();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => ResolveAsync("email", email, create: true)));

        Assert.Single(results.Select(r => r.CustomerId).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "customer_contact_points", $"\"Value\" = '{email}'"));
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "customers", $"\"TenantId\" = '{Tenant}' AND \"FullName\" IS NULL AND \"Id\" = '{results[0].CustomerId}'"));
    }

    [Fact]
    public async Task GetCustomerProfile_of_an_unknown_customer_is_NOT_FOUND_and_of_a_malformed_id_INVALID_ARGUMENT()
    {
        var unknown = await CareGrpc.FailureOf(() => _grpc.GetCustomerProfileAsync(new GetCustomerProfileRequest { CustomerId = Guid.NewGuid().ToString() }, _service).ResponseAsync);
        var malformed = await CareGrpc.FailureOf(() => _grpc.GetCustomerProfileAsync(new GetCustomerProfileRequest { CustomerId = "42" }, _service).ResponseAsync);

        Assert.Equal((StatusCode.NotFound, StatusCode.InvalidArgument), (unknown.StatusCode, malformed.StatusCode));
        Assert.StartsWith("customer_id", malformed.Status.Detail, StringComparison.Ordinal);
    }

    private Task<ResolveCustomerResponse> ResolveAsync(string kind, string value, bool create, string displayName = "") =>
        _grpc.ResolveCustomerAsync(Request(kind, value, create, displayName), _service).ResponseAsync;

    private static ResolveCustomerRequest Request(string kind, string value, bool create, string displayName = "") => new()
    {
        ContactPoint = new ContactPoint { Kind = kind, Value = value },
        CreateIfUnknown = create,
        DisplayName = displayName,
    };
}
