using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

public sealed class CustomerProfileTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    private readonly HttpClient _care = factory.CreateClient("acme", CxRoles.Care);

    [Fact]
    public async Task Creating_a_profile_stores_normalized_contact_points_and_every_detail()
    {
        var email = $"Jane.{Guid.NewGuid():N}@Example.COM";
        var created = await CustomerRequests.CreateAsync(_care, email, extra: new
        {
            preferredName = "Jane",
            language = "DE-ch",
            timeZone = "Europe/Zurich",
            preferredChannel = ContactChannels.Sms,
            quietHours = new { start = "22:00", end = "07:30" },
            interests = new[] { "hiking", "Hiking", "coffee" },
            likes = new[] { "quick answers" },
            dislikes = new[] { "phone calls" },
        });

        var fetched = await CustomerRequests.GetAsync(_care, created.Id);

        var contactPoint = Assert.Single(fetched.ContactPoints);
        Assert.Equal((ContactPointKinds.Email, email.ToLowerInvariant(), false), (contactPoint.Kind, contactPoint.Value, contactPoint.Verified));
        Assert.Equal(("Jane Doe", "Jane", "de-CH", "Europe/Zurich", "sms"),
            (fetched.FullName, fetched.PreferredName, fetched.Language, fetched.TimeZone, fetched.PreferredChannel));
        Assert.Equal(new QuietHoursResponse("22:00", "07:30"), fetched.QuietHours);
        Assert.Equal(["hiking", "coffee"], fetched.Interests);
        Assert.Equal(["quick answers"], fetched.Likes);
        Assert.Equal(["phone calls"], fetched.Dislikes);
    }

    [Fact]
    public async Task Get_answers_with_an_ETag_and_a_change_with_a_stale_one_is_412_and_changes_nothing()
    {
        var created = await CustomerRequests.CreateAsync(_care);
        var etag = (await _care.GetAsync($"/api/v1/customers/{created.Id}")).Headers.ETag!.ToString();

        var first = await CustomerRequests.PatchAsync(_care, created.Id, new { preferredName = "Janie" }, etag);
        var stale = await CustomerRequests.PatchAsync(_care, created.Id, new { preferredName = "J." }, etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Janie", (await CustomerRequests.GetAsync(_care, created.Id)).PreferredName);
    }

    [Fact]
    public async Task A_patch_leaves_absent_fields_alone_and_clears_empty_ones()
    {
        var created = await CustomerRequests.CreateAsync(_care, extra: new
        {
            language = "fr", timeZone = "Europe/Paris", quietHours = new { start = "21:00", end = "08:00" }, interests = new[] { "wine" },
        });

        var response = await CustomerRequests.PatchAsync(_care, created.Id, new { language = "", quietHours = new { } });

        var changed = (await response.Content.ReadFromJsonAsync<CustomerResponse>())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Jane Doe", null, "Europe/Paris", null), (changed.FullName, changed.Language, changed.TimeZone, changed.QuietHours));
        Assert.Equal(["wine"], changed.Interests);
    }

    [Fact]
    public async Task Quiet_hours_without_a_time_zone_are_a_409_naming_the_rule()
    {
        var created = await CustomerRequests.CreateAsync(_care);

        var response = await CustomerRequests.PatchAsync(_care, created.Id, new { quietHours = new { start = "22:00", end = "07:00" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("customer.quiet_hours_need_time_zone", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_contact_point_of_another_customer_is_a_409_on_create_and_on_add()
    {
        var email = CustomerRequests.NewEmail();
        var owner = await CustomerRequests.CreateAsync(_care, email);
        var other = await CustomerRequests.CreateAsync(_care);

        var create = await _care.PostAsJsonAsync("/api/v1/customers", CustomerRequests.Body(email.ToUpperInvariant()));
        var add = await CustomerRequests.AddContactPointAsync(_care, other.Id, "email", $" {email} ");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (create.StatusCode, add.StatusCode));
        Assert.Equal("customer.contact_point_taken", (await add.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "customer_contact_points", $"\"Value\" = '{email}'"));
        Assert.Single((await CustomerRequests.GetAsync(_care, owner.Id)).ContactPoints);
    }

    [Fact]
    public async Task Contact_points_are_added_verified_and_removed()
    {
        var created = await CustomerRequests.CreateAsync(_care);
        var phone = $"+4179{Random.Shared.Next(1_000_000, 9_999_999)}";

        var added = await (await CustomerRequests.AddContactPointAsync(_care, created.Id, "phone", $"{phone[..3]} {phone[3..5]} {phone[5..]}"))
            .Content.ReadFromJsonAsync<CustomerResponse>();
        var point = Assert.Single(added!.ContactPoints, p => p.Kind == ContactPointKinds.Phone);
        var verified = await _care.PostAsync($"/api/v1/customers/{created.Id}/contact-points/{point.Id}/verify", null);
        var afterVerify = await CustomerRequests.GetAsync(_care, created.Id);
        var removed = await _care.DeleteAsync($"/api/v1/customers/{created.Id}/contact-points/{point.Id}");
        var removedAgain = await _care.DeleteAsync($"/api/v1/customers/{created.Id}/contact-points/{point.Id}");

        Assert.Equal(phone, point.Value);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.True(Assert.Single(afterVerify.ContactPoints, p => p.Id == point.Id).Verified);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (removed.StatusCode, removedAgain.StatusCode));
        Assert.DoesNotContain((await CustomerRequests.GetAsync(_care, created.Id)).ContactPoints, p => p.Id == point.Id);
    }

    [Fact]
    public async Task Consent_decisions_are_kept_as_history_and_the_latest_one_counts()
    {
        var created = await CustomerRequests.CreateAsync(_care);

        await CustomerRequests.RecordConsentAsync(_care, created.Id, "email", "survey", "granted", "signup form");
        await CustomerRequests.RecordConsentAsync(_care, created.Id, "email", "marketing", "granted", "signup form");
        var last = await CustomerRequests.RecordConsentAsync(_care, created.Id, "email", "survey", "withdrawn", "unsubscribe link");

        var customer = (await last.Content.ReadFromJsonAsync<CustomerResponse>())!;
        Assert.Equal(
            [("email", "marketing", "granted"), ("email", "survey", "withdrawn")],
            customer.Consents.Select(c => (c.Channel, c.Purpose, c.Decision)));
        var history = await _care.GetFromJsonAsync<List<ConsentChangeResponse>>($"/api/v1/customers/{created.Id}/consents/history");
        Assert.Equal(
            [("survey", "granted", "signup form"), ("marketing", "granted", "signup form"), ("survey", "withdrawn", "unsubscribe link")],
            history!.Select(h => (h.Purpose, h.Decision, h.Source)));
        Assert.All(history!, h => Assert.Equal("acme-user", h.ChangedBy));
    }

    [Fact]
    public async Task Notes_keep_their_author_and_time()
    {
        var created = await CustomerRequests.CreateAsync(_care);

        var response = await _care.PostAsJsonAsync($"/api/v1/customers/{created.Id}/notes", new { text = "Prefers to be called after 6 pm." });

        var note = Assert.Single((await response.Content.ReadFromJsonAsync<CustomerResponse>())!.Notes);
        Assert.Equal(("Prefers to be called after 6 pm.", "acme-user"), (note.Text, note.Author));
    }

    [Fact]
    public async Task Search_by_contact_point_finds_the_owner_in_any_spelling()
    {
        var email = CustomerRequests.NewEmail();
        var created = await CustomerRequests.CreateAsync(_care, email);

        var found = await _care.GetFromJsonAsync<CustomerResponse>($"/api/v1/customers/by-contact-point?kind=email&value={Uri.EscapeDataString(email.ToUpperInvariant())}");
        var unknown = await _care.GetAsync($"/api/v1/customers/by-contact-point?kind=email&value={CustomerRequests.NewEmail()}");

        Assert.Equal(created.Id, found!.Id);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_oldest_first_with_a_cursor()
    {
        var client = factory.CreateClient($"list-{Guid.NewGuid():N}"[..20], CxRoles.Care);
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await CustomerRequests.CreateAsync(client)).Id);
        }

        var first = await client.GetFromJsonAsync<CustomerPage>("/api/v1/customers?limit=2");
        var second = await client.GetFromJsonAsync<CustomerPage>($"/api/v1/customers?limit=2&cursor={first!.NextCursor}");
        var third = await client.GetFromJsonAsync<CustomerPage>($"/api/v1/customers?limit=2&cursor={second!.NextCursor}");

        Assert.Equal(created, first.Items.Concat(second.Items).Concat(third!.Items).Select(c => c.Id));
        Assert.Null(third.NextCursor);
    }

    [Fact]
    public async Task Creating_publishes_CustomerProfileChanged_and_a_change_publishes_one_naming_the_changed_fields()
    {
        await using var probe = await BrokerProbe<CustomerProfileChanged>.StartAsync(factory.MessagingConnectionString);
        var created = await CustomerRequests.CreateAsync(_care);

        await CustomerRequests.PatchAsync(_care, created.Id, new { language = "it", timeZone = "Europe/Rome", fullName = "Jane Doe" });

        var received = await probe.WaitForAsync(m => m.CustomerId == created.Id, 2, settle: TimeSpan.FromSeconds(1));
        Assert.Equal(2, received.Count);
        Assert.Equal([CustomerProfileFields.Name, CustomerProfileFields.ContactPoints], received.First().Message.ChangedFields);
        var changed = received.Last().Message;
        Assert.Equal(("acme", null), (changed.TenantId, changed.MergedIntoCustomerId));
        Assert.Equal([CustomerProfileFields.Language, CustomerProfileFields.TimeZone], changed.ChangedFields);
    }
}
