using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Domain;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>TicketSolved on the real broker → a planned invitation, issued when the fake clock passes the delay, unless a contact rule says no.</summary>
public sealed class TicketSolvedDistributionTests(DistributionFactory factory) : IClassFixture<DistributionFactory>
{
    [Fact]
    public async Task A_ticket_solved_twice_over_the_broker_plans_one_invitation_issued_after_the_delay()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 24));
        var customerId = Guid.NewGuid();
        var solved = Solved(tenant, customerId, factory.Clock.GetUtcNow());

        await factory.PublishAsync(solved);
        await factory.PublishAsync(solved);
        var planned = await PlannedWhenAsync(admin, surveyId, p => p.Count > 0);

        Assert.Equal(PlannedInvitationStatuses.Planned, Assert.Single(planned).Status);
        Assert.Equal(solved.OccurredAt.AddHours(24), planned[0].ScheduledFor);
        factory.Clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(1000); // give a wrongly early scheduler the chance to issue; the assertion below must still see "planned"
        Assert.Equal(PlannedInvitationStatuses.Planned, Assert.Single(await PlannedAsync(admin, surveyId)).Status);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        var issued = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.All(x => x.Status != PlannedInvitationStatuses.Planned)));
        Assert.Equal(PlannedInvitationStatuses.Issued, issued.Status);
        var invitation = await SurveyRequests.ReadAsync<Apis.InvitationDetails>(
            await factory.Client(tenant, CxRoles.Service).GetAsync($"/api/v1/surveys/{surveyId}/invitations/{issued.InvitationId}"), System.Net.HttpStatusCode.OK);
        // Handed to delivery in the issuing transaction (no SMTP server here: the delivery itself keeps retrying).
        Assert.Equal((customerId, solved.TicketId, InvitationStatuses.Sent), (invitation.CustomerId!.Value, invitation.RelatedTicketId!.Value, invitation.Status));
        Assert.Equal(1, await Rows.InvitationsAsync(factory, tenant));
    }

    [Fact]
    public async Task A_ticket_that_does_not_match_the_conditions_or_names_no_customer_plans_nothing()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(conditions: new { ticketTypes = new[] { "complaint" } }));
        var (_, otherSurvey) = await SurveyWithRuleAsync(factory, tenant, TicketRule(conditions: new { ticketTypes = new[] { "question" } }));

        await factory.PublishAsync(Solved(tenant, Guid.NewGuid(), factory.Clock.GetUtcNow(), type: "question"));
        await factory.PublishAsync(Solved(tenant, null, factory.Clock.GetUtcNow(), type: "complaint"));
        await factory.PublishAsync(Solved(tenant, Guid.NewGuid(), factory.Clock.GetUtcNow(), type: "complaint"));

        // Events are consumed concurrently, not in order: wait for each survey's match, then for stragglers to have had their turn.
        Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Count > 0));
        Assert.Single(await PlannedWhenAsync(admin, otherSurvey, p => p.Count > 0));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await PlannedAsync(admin, surveyId));
    }

    [Fact]
    public async Task A_customer_invited_within_the_throttle_window_is_skipped_as_throttled()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));
        var customerId = Guid.NewGuid();
        await SurveyRequests.InviteAsync(factory.Client(tenant, CxRoles.Service), surveyId, new { customerId });

        await factory.PublishAsync(Solved(tenant, customerId, factory.Clock.GetUtcNow()));

        var skipped = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Status == PlannedInvitationStatuses.Skipped)));
        Assert.Equal(ContactRules.Throttled, skipped.SkipRule);
        Assert.Equal((ContactRules.Throttled, "skipped"), (Assert.Single(skipped.Decisions).Rule, skipped.Decisions[0].Outcome));
        Assert.Single(await PlannedAsync(admin, surveyId, PlannedInvitationStatuses.Skipped));
        Assert.Equal(1, await Rows.InvitationsAsync(factory, tenant));
    }

    [Fact]
    public async Task A_customer_apologised_to_within_the_quiet_period_is_skipped_as_recent_apology()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));
        var customerId = Guid.NewGuid();
        await factory.PublishAsync(Apology(tenant, customerId, factory.Clock.GetUtcNow().AddDays(-2)));
        await Eventually.ReturnsAsync(() => Sql.CountAsync(factory.DatabaseConnectionString, "customer_apologies", $"\"TenantId\" = '{tenant}'"), n => n == 1);

        await factory.PublishAsync(Solved(tenant, customerId, factory.Clock.GetUtcNow()));

        var skipped = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Status == PlannedInvitationStatuses.Skipped)));
        Assert.Equal(ContactRules.RecentApology, skipped.SkipRule);
    }

    [Fact]
    public async Task A_customer_with_an_open_ticket_or_who_opted_out_is_skipped_with_that_rule()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));
        var (busy, optedOut) = (Guid.NewGuid(), Guid.NewGuid());
        factory.StandIns.OpenTickets[busy.ToString("d")] = 1;
        factory.StandIns.Policies[optedOut.ToString("d")] = new Contracts.Grpc.CareOutreach.ContactPolicy
        {
            Allowed = false, DenialReason = Contracts.Grpc.CareOutreach.DenialReason.OptedOut,
        };

        await factory.PublishAsync(Solved(tenant, busy, factory.Clock.GetUtcNow()));
        await factory.PublishAsync(Solved(tenant, optedOut, factory.Clock.GetUtcNow()));

        var skipped = await PlannedWhenAsync(admin, surveyId, p => p.Count(x => x.Status == PlannedInvitationStatuses.Skipped) == 2);
        Assert.Equal(ContactRules.OpenTicket, skipped.Single(p => p.CustomerId == busy).SkipRule);
        Assert.Equal(ContactRules.OptedOut, skipped.Single(p => p.CustomerId == optedOut).SkipRule);
        Assert.Equal(0, await Rows.InvitationsAsync(factory, tenant));
    }

    [Fact]
    public async Task Quiet_hours_defer_the_invitation_to_the_next_allowed_time_and_it_is_issued_then()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));
        var customerId = Guid.NewGuid();
        var nextAllowed = factory.Clock.GetUtcNow().AddHours(8);
        factory.StandIns.Policies[customerId.ToString("d")] = new Contracts.Grpc.CareOutreach.ContactPolicy
        {
            Allowed = false, DenialReason = Contracts.Grpc.CareOutreach.DenialReason.QuietHours,
            NextAllowedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(nextAllowed),
        };

        await factory.PublishAsync(Solved(tenant, customerId, factory.Clock.GetUtcNow()));

        var deferred = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Decisions.Count > 0)));
        Assert.Equal((PlannedInvitationStatuses.Planned, nextAllowed), (deferred.Status, deferred.ScheduledFor));
        Assert.Equal((ContactRules.QuietHours, "deferred", nextAllowed), (deferred.Decisions[0].Rule, deferred.Decisions[0].Outcome, deferred.Decisions[0].Until));

        factory.StandIns.Policies.TryRemove(customerId.ToString("d"), out _);
        factory.Clock.Advance(TimeSpan.FromHours(8));
        var issued = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.All(x => x.Status == PlannedInvitationStatuses.Issued)));
        Assert.NotNull(issued.InvitationId);
    }

    [Fact]
    public async Task An_issued_invitation_is_reminded_once_and_expires_at_its_instant()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0, reminderAfterDays: 3, expiryDays: 7));
        await factory.PublishAsync(Solved(tenant, Guid.NewGuid(), factory.Clock.GetUtcNow()));
        var issued = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Status == PlannedInvitationStatuses.Issued)));
        string State() => $"SELECT concat_ws('|', \"Status\", \"RemindedAt\" IS NOT NULL) FROM survey_invitations WHERE \"Id\" = '{issued.InvitationId}'";

        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal("sent|t", await Eventually.ReturnsAsync(() => Sql.ScalarAsync<string>(factory.DatabaseConnectionString, State()), s => s == "sent|t"));

        factory.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal("expired|t", await Eventually.ReturnsAsync(() => Sql.ScalarAsync<string>(factory.DatabaseConnectionString, State()), s => s == "expired|t"));
    }

    [Fact]
    public async Task Another_tenants_event_plans_nothing_for_this_tenants_rules()
    {
        var tenant = SurveysApiFactory.NewTenant("dist");
        var other = SurveysApiFactory.NewTenant("other");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule());
        var (otherAdmin, otherSurvey) = await SurveyWithRuleAsync(factory, other, TicketRule());

        await factory.PublishAsync(Solved(other, Guid.NewGuid(), factory.Clock.GetUtcNow()));

        Assert.Single(await PlannedWhenAsync(otherAdmin, otherSurvey, p => p.Count > 0));
        Assert.Empty(await PlannedAsync(admin, surveyId));
        Assert.Empty(await PlannedAsync(admin, otherSurvey));
    }
}
