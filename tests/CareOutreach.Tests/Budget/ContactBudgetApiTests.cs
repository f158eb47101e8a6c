using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>The budget's configuration in the care settings, and who may read a customer's contact decisions.</summary>
public sealed class ContactBudgetApiTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>
{
    [Fact]
    public async Task Care_settings_default_to_one_contact_a_day_and_three_a_week_and_never_show_the_webhook_secret()
    {
        var admin = factory.Client("budget-settings", CxRoles.Admin);
        var defaults = await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings");
        Assert.Equal((1, 3, (string?)null), (defaults!.MaxContactsPerDay, defaults.MaxContactsPerWeek, defaults.MessageWebhookUrl));

        var response = await BudgetRequests.PutSettingsAsync(admin, new
        {
            maxContactsPerDay = 2, maxContactsPerWeek = 5, messageWebhook = new { url = "https://sms.acme.example/hooks/cx", secret = "a-webhook-secret-for-sms" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("a-webhook-secret-for-sms", text);
        var saved = await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings");
        Assert.Equal((2, 5, "https://sms.acme.example/hooks/cx"), (saved!.MaxContactsPerDay, saved.MaxContactsPerWeek, saved.MessageWebhookUrl));
    }

    [Theory]
    [InlineData("{\"maxContactsPerDay\": 0}", "MaxContactsPerDay")]
    [InlineData("{\"maxContactsPerWeek\": 351}", "MaxContactsPerWeek")]
    [InlineData("{\"maxContactsPerDay\": 4, \"maxContactsPerWeek\": 3}", "MaxContactsPerWeek")]
    [InlineData("{\"messageWebhook\": {\"url\": \"ftp://sms.acme.example\", \"secret\": \"a-webhook-secret-for-sms\"}}", "MessageWebhook.Url")]
    [InlineData("{\"messageWebhook\": {\"url\": \"https://sms.acme.example\", \"secret\": \"short\"}}", "MessageWebhook.Secret")]
    public async Task Invalid_budget_settings_are_a_400_naming_the_field_and_change_nothing(string extraJson, string field)
    {
        var admin = factory.Client("budget-invalid", CxRoles.Admin);
        var before = await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings");
        var extra = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(extraJson)!;
        var body = new Dictionary<string, object?>
        {
            ["defaultLanguage"] = "en", ["timeZone"] = "UTC", ["teams"] = new[] { "care" },
            ["workingHours"] = new[] { new { day = "monday", start = "09:00", end = "17:00" } },
        };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }

        var response = await PlaybookRequests.SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before!.UpdatedAt, (await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings"))!.UpdatedAt);
    }

    [Fact]
    public async Task A_customers_contact_decisions_are_the_tenants_own_and_for_care_roles_only()
    {
        var care = factory.Client("budget-owner", CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(care);

        Assert.Empty(await BudgetRequests.DecisionsAsync(care, customer.Id));
        Assert.Empty(await BudgetRequests.DecisionsAsync(factory.Client("budget-owner", CxRoles.Admin), customer.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client("budget-other", CxRoles.Care).GetAsync($"/api/v1/customers/{customer.Id}/contact-decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Client("budget-owner", CxRoles.Analyst).GetAsync($"/api/v1/customers/{customer.Id}/contact-decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/customers/{customer.Id}/contact-decisions")).StatusCode);
    }
}
