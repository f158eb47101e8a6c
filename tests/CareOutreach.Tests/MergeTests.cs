using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

public sealed class MergeTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    private const string Tenant = "merge-acme";
    private readonly HttpClient _care = factory.CreateClient(Tenant, CxRoles.Care);

    [Fact]
    public async Task Merging_moves_contact_points_consent_history_and_missing_details_to_the_survivor()
    {
        var survivor = await CustomerRequests.CreateAsync(_care, fullName: "Jane Doe", extra: new { interests = new[] { "hiking" } });
        var duplicateEmail = CustomerRequests.NewEmail();
        var duplicate = await CustomerRequests.CreateAsync(_care, duplicateEmail, fullName: null, extra: new
        {
            preferredName = "Janie", timeZone = "Europe/Zurich", quietHours = new { start = "22:00", end = "07:00" }, interests = new[] { "coffee" },
        });
        await CustomerRequests.RecordConsentAsync(_care, duplicate.Id, "email", "survey", "granted", "signup form");

        var response = await CustomerRequests.MergeAsync(_care, survivor.Id, duplicate.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = (await response.Content.ReadFromJsonAsync<CustomerResponse>())!;
        Assert.Equal(survivor.Id, merged.Id);
        Assert.Equal([survivor.ContactPoints[0].Value, duplicateEmail], merged.ContactPoints.Select(p => p.Value));
        Assert.Equal(("Jane Doe", "Janie", "Europe/Zurich"), (merged.FullName, merged.PreferredName, merged.TimeZone));
        Assert.Equal(new QuietHoursResponse("22:00", "07:00"), merged.QuietHours);
        Assert.Equal(["hiking", "coffee"], merged.Interests);
        var history = await _care.GetFromJsonAsync<List<ConsentChangeResponse>>($"/api/v1/customers/{survivor.Id}/consents/history");
        var moved = Assert.Single(history!);
        Assert.Equal(("survey", "granted", "signup form"), (moved.Purpose, moved.Decision, moved.Source));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "customer_contact_points", $"\"CustomerId\" = '{duplicate.Id}'"));
    }

    [Fact]
    public async Task The_merged_away_id_answers_with_the_survivor_through_REST_and_gRPC()
    {
        var survivor = await CustomerRequests.CreateAsync(_care);
        var duplicateEmail = CustomerRequests.NewEmail();
        var duplicate = await CustomerRequests.CreateAsync(_care, duplicateEmail);
        await CustomerRequests.MergeAsync(_care, survivor.Id, duplicate.Id);
        var grpc = CareGrpc.Client(factory);
        var service = CareGrpc.As(Tenant, CxRoles.Service);

        var viaRest = await CustomerRequests.GetAsync(_care, duplicate.Id);
        var profile = await grpc.GetCustomerProfileAsync(new GetCustomerProfileRequest { CustomerId = duplicate.Id.ToString() }, service);
        var resolved = await grpc.ResolveCustomerAsync(
            new ResolveCustomerRequest { ContactPoint = new ContactPoint { Kind = "email", Value = duplicateEmail } }, service);
        var policy = await grpc.GetContactPolicyAsync(
            new GetContactPolicyRequest { CustomerId = duplicate.Id.ToString(), Channel = "email", Purpose = "service" }, service);

        Assert.Equal(survivor.Id, viaRest.Id);
        Assert.Equal(survivor.Id.ToString(), profile.CustomerId);
        Assert.Contains(profile.ContactPoints, p => p.Value == duplicateEmail);
        Assert.Equal((survivor.Id.ToString(), false), (resolved.CustomerId, resolved.Created));
        Assert.True(policy.Allowed);
        Assert.DoesNotContain((await _care.GetFromJsonAsync<CustomerPage>("/api/v1/customers?limit=100"))!.Items, c => c.Id == duplicate.Id);
    }

    [Fact]
    public async Task A_merge_publishes_one_CustomerProfileChanged_for_each_profile()
    {
        var survivor = await CustomerRequests.CreateAsync(_care);
        var duplicate = await CustomerRequests.CreateAsync(_care);
        await using var probe = await BrokerProbe<CustomerProfileChanged>.StartAsync(factory.MessagingConnectionString);

        await CustomerRequests.MergeAsync(_care, survivor.Id, duplicate.Id);

        var gone = await probe.WaitForAsync(m => m.CustomerId == duplicate.Id, 1, settle: TimeSpan.FromSeconds(1));
        var kept = await probe.WaitForAsync(m => m.CustomerId == survivor.Id, 1, settle: TimeSpan.Zero);
        var tombstone = Assert.Single(gone).Message;
        Assert.Equal(survivor.Id, tombstone.MergedIntoCustomerId);
        Assert.Equal([CustomerProfileFields.MergedInto], tombstone.ChangedFields);
        var surviving = Assert.Single(kept).Message;
        Assert.Null(surviving.MergedIntoCustomerId);
        Assert.Contains(CustomerProfileFields.ContactPoints, surviving.ChangedFields);
    }

    [Fact]
    public async Task Merging_again_points_earlier_tombstones_at_the_new_survivor()
    {
        var first = await CustomerRequests.CreateAsync(_care);
        var second = await CustomerRequests.CreateAsync(_care);
        var third = await CustomerRequests.CreateAsync(_care);

        await CustomerRequests.MergeAsync(_care, second.Id, first.Id);
        await CustomerRequests.MergeAsync(_care, third.Id, second.Id);

        Assert.Equal(third.Id, (await CustomerRequests.GetAsync(_care, first.Id)).Id);
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "customers", $"\"Id\" = '{first.Id}' AND \"MergedIntoId\" = '{third.Id}'"));
        Assert.Equal(3, (await CustomerRequests.GetAsync(_care, third.Id)).ContactPoints.Count);
    }

    [Fact]
    public async Task Merging_a_customer_into_itself_or_its_own_tombstone_is_a_409()
    {
        var survivor = await CustomerRequests.CreateAsync(_care);
        var duplicate = await CustomerRequests.CreateAsync(_care);
        await CustomerRequests.MergeAsync(_care, survivor.Id, duplicate.Id);

        var itself = await CustomerRequests.MergeAsync(_care, survivor.Id, survivor.Id);
        var again = await CustomerRequests.MergeAsync(_care, survivor.Id, duplicate.Id);

        foreach (var response in new[] { itself, again })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("customer.merge_into_itself", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        }
    }
}
