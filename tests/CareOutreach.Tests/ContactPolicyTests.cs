using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CxPlatform.Care.Tests;

/// <summary>GetContactPolicy through a real gRPC channel, on a business clock set to Monday 2 March 2026, 12:00 UTC.</summary>
public sealed class ContactPolicyTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>
{
    private const string Tenant = "policy-acme";
    private readonly HttpClient _care = factory.Client(Tenant, CxRoles.Care);
    private readonly CareOutreach.CareOutreachClient _grpc = CareGrpc.Client(factory);
    private readonly CallOptions _service = factory.As(Tenant, CxRoles.Service);

    [Fact]
    public async Task A_channel_never_asked_about_allows_service_messages_only()
    {
        var customer = await CustomerRequests.CreateAsync(_care);

        var service = await PolicyAsync(customer.Id, "email", "service");
        var survey = await PolicyAsync(customer.Id, "email", "survey");

        Assert.True(service.Allowed);
        Assert.Equal(("email", customer.ContactPoints[0].Value), (service.ContactPoint.Kind, service.ContactPoint.Value));
        Assert.Equal((false, DenialReason.NoConsent), (survey.Allowed, survey.DenialReason));
        Assert.Null(survey.NextAllowedAt);
    }

    [Fact]
    public async Task Consent_is_decided_per_channel_and_purpose_and_a_withdrawal_is_an_opt_out()
    {
        var customer = await CustomerRequests.CreateAsync(_care);
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "survey", "granted");
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "marketing", "withdrawn");
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "service", "withdrawn");

        var survey = await PolicyAsync(customer.Id, "email", "survey");
        var marketing = await PolicyAsync(customer.Id, "email", "marketing");
        var service = await PolicyAsync(customer.Id, "email", "service");

        Assert.True(survey.Allowed);
        Assert.Equal(ConsentStatus.Granted, survey.ConsentByChannel["email"]);
        Assert.Equal((false, DenialReason.OptedOut), (marketing.Allowed, marketing.DenialReason));
        Assert.Equal((false, DenialReason.OptedOut), (service.Allowed, service.DenialReason));
    }

    [Fact]
    public async Task A_channel_the_customer_has_no_address_for_is_NO_CONTACT_POINT()
    {
        var customer = await CustomerRequests.CreateAsync(_care);

        var sms = await PolicyAsync(customer.Id, "sms", "service");

        Assert.Equal((false, DenialReason.NoContactPoint), (sms.Allowed, sms.DenialReason));
    }

    [Fact]
    public async Task During_quiet_hours_in_the_customers_time_zone_care_waits_until_they_end_but_service_does_not()
    {
        // 12:00 UTC is 21:00 in Tokyo, inside 20:00–08:00; the window ends at 08:00 Tokyo = 23:00 UTC.
        var customer = await CustomerRequests.CreateAsync(_care, extra: new
        {
            timeZone = "Asia/Tokyo", preferredChannel = "email", quietHours = new { start = "20:00", end = "08:00" },
        });
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "care", "granted");

        var care = await PolicyAsync(customer.Id, "email", "care");
        var service = await PolicyAsync(customer.Id, "email", "service");

        Assert.Equal((false, DenialReason.QuietHours), (care.Allowed, care.DenialReason));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.Zero), care.NextAllowedAt.ToDateTimeOffset());
        Assert.Equal(("Asia/Tokyo", "20:00", "08:00", "email"), (care.TimeZone, care.QuietHours.Start, care.QuietHours.End, care.PreferredChannel));
        Assert.True(service.Allowed);
    }

    [Fact]
    public async Task The_same_quiet_hours_in_another_time_zone_do_not_hold_back_a_message()
    {
        // 12:00 UTC is 13:00 in Zurich, outside 20:00–08:00.
        var customer = await CustomerRequests.CreateAsync(_care, extra: new
        {
            timeZone = "Europe/Zurich", quietHours = new { start = "20:00", end = "08:00" },
        });
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "care", "granted");

        var care = await PolicyAsync(customer.Id, "email", "care");

        Assert.True(care.Allowed);
        Assert.Equal(DenialReason.Unspecified, care.DenialReason);
    }

    [Fact]
    public async Task Unknown_customers_are_NOT_FOUND_and_unknown_channels_or_purposes_INVALID_ARGUMENT()
    {
        var customer = await CustomerRequests.CreateAsync(_care);

        var unknown = await CareGrpc.FailureOf(() => PolicyAsync(Guid.NewGuid(), "email", "care"));
        var channel = await CareGrpc.FailureOf(() => PolicyAsync(customer.Id, "fax", "care"));
        var purpose = await CareGrpc.FailureOf(() => PolicyAsync(customer.Id, "email", "spam"));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (channel.StatusCode, purpose.StatusCode));
        Assert.StartsWith("channel", channel.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("purpose", purpose.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_reports_consent_per_channel_denied_when_any_purpose_was_withdrawn()
    {
        var customer = await CustomerRequests.CreateAsync(_care);
        await _care.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contact-points", new { kind = "phone", value = $"+4178{Random.Shared.Next(1_000_000, 9_999_999)}" });
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "email", "survey", "granted");
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "sms", "survey", "granted");
        await CustomerRequests.RecordConsentAsync(_care, customer.Id, "sms", "marketing", "withdrawn");

        var profile = await _grpc.GetCustomerProfileAsync(new GetCustomerProfileRequest { CustomerId = customer.Id.ToString() }, _service);

        Assert.Equal(
            [("email", ConsentStatus.Granted), ("sms", ConsentStatus.Denied)],
            profile.Consents.Select(c => (c.Channel, c.Status)).OrderBy(c => c.Channel));
        Assert.Equal(Timestamp.FromDateTimeOffset(FakeClockCareOutreachFactory.Start), profile.Consents[0].UpdatedAt);
    }

    private Task<ContactPolicy> PolicyAsync(Guid customerId, string channel, string purpose) =>
        _grpc.GetContactPolicyAsync(
            new GetContactPolicyRequest { CustomerId = customerId.ToString(), Channel = channel, Purpose = purpose }, _service).ResponseAsync;
}
