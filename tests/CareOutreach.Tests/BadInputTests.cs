using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

public sealed class BadInputTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    private const string Tenant = "bad-input";
    private readonly HttpClient _care = factory.CreateClient(Tenant, CxRoles.Care);

    public static TheoryData<string, string> InvalidCreates => new()
    {
        { """{"contactPoints":[]}""", "ContactPoints" },
        { """{"contactPoints":[{"kind":"fax","value":"123"}]}""", "ContactPoints[0].Kind" },
        { """{"contactPoints":[{"kind":"email","value":"not-an-address"}]}""", "ContactPoints[0].Value" },
        { """{"contactPoints":[{"kind":"phone","value":"079 123 45 67"}]}""", "ContactPoints[0].Value" },
        { """{"contactPoints":[{"kind":"social_handle","value":"ana"}]}""", "ContactPoints[0].Value" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"timeZone":"W. Europe Standard Time"}""", "TimeZone" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"timeZone":"Mars/Olympus"}""", "TimeZone" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"language":"german"}""", "Language" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"preferredChannel":"pigeon"}""", "PreferredChannel" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"quietHours":{"start":"25:00","end":"07:00"}}""", "QuietHours.Start" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"quietHours":{"start":"22:00"}}""", "QuietHours.End" },
        { """{"contactPoints":[{"kind":"email","value":"a@b.ch"}],"interests":[""]}""", "Interests" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task An_invalid_profile_is_a_400_naming_the_field_and_creates_nothing(string body, string field)
    {
        var tenant = $"bad-{Guid.NewGuid():N}"[..20];
        var response = await factory.CreateClient(tenant, CxRoles.Care).PostAsync("/api/v1/customers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}, got {errors}");
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "customers", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task Invalid_consent_contact_point_merge_and_search_requests_are_400s_naming_the_field()
    {
        var customer = await CustomerRequests.CreateAsync(_care);

        var consent = await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "spam", "maybe");
        var contactPoint = await CustomerRequests.AddContactPointAsync(_care, customer.Id, "email", "nobody");
        var merge = await CustomerRequests.MergeAsync(_care, customer.Id, Guid.NewGuid());
        var search = await _care.GetAsync("/api/v1/customers/by-contact-point?kind=phone&value=12");
        var cursor = await _care.GetAsync("/api/v1/customers?cursor=garbage");

        Assert.Equal(["Decision", "Purpose"], (await ErrorsOf(consent)).Order());
        Assert.Equal(["Value"], await ErrorsOf(contactPoint));
        Assert.Equal(["duplicateId"], await ErrorsOf(merge));
        Assert.Equal(["value"], await ErrorsOf(search));
        Assert.Equal(["cursor"], await ErrorsOf(cursor));
    }

    [Fact]
    public async Task A_malformed_If_Match_is_a_400()
    {
        var customer = await CustomerRequests.CreateAsync(_care);

        var response = await CustomerRequests.PatchAsync(_care, customer.Id, new { preferredName = "X" }, "W/\"1\"");

        Assert.Equal(["If-Match"], await ErrorsOf(response));
    }

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().Select(e => e.Name).ToList();
    }
}
