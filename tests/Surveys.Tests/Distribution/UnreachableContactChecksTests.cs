using CxPlatform.Surveys.Domain;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>Ticketing and CareOutreach unreachable (a closed port): defer with backoff, then skip; never send blindly.</summary>
public sealed class UnreachableContactChecksTests(UnreachableContactsFactory factory) : IClassFixture<UnreachableContactsFactory>
{
    [Fact]
    public async Task An_unanswerable_contact_check_defers_with_backoff_then_skips_without_inviting()
    {
        var tenant = SurveysApiFactory.NewTenant("down");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));

        await factory.PublishAsync(Solved(tenant, Guid.NewGuid(), factory.Clock.GetUtcNow()));

        var first = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Decisions.Count > 0)));
        Assert.Equal((ContactRules.OpenTicketsUnavailable, "deferred"), (first.Decisions[0].Rule, first.Decisions[0].Outcome));
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(5), first.ScheduledFor);

        for (var attempt = 2; attempt <= 6; attempt++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(2));
            await PlannedWhenAsync(admin, surveyId, p => p[0].Decisions.Count >= attempt);
        }

        var skipped = Assert.Single(await PlannedAsync(admin, surveyId));
        Assert.Equal((PlannedInvitationStatuses.Skipped, ContactRules.OpenTicketsUnavailable), (skipped.Status, skipped.SkipRule));
        Assert.Equal(0, await Rows.InvitationsAsync(factory, tenant));
    }
}
