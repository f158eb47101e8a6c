using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.Contracts.Grpc.Ticketing;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;
using TicketingClient = CxPlatform.Contracts.Grpc.Ticketing.Ticketing.TicketingClient;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// The contact rules, cheapest first: the local ones (throttle, recent apology) before the calls to Ticketing (open tickets) and
/// CareOutreach (consent, opt-out, contact point, quiet hours, frequency cap). The first rule that says no decides.
/// </summary>
public sealed class ContactChecks(SurveysDbContext db, TicketingClient ticketing, CareOutreachClient care)
{
    public async Task<ContactVerdict> EvaluateAsync(PlannedInvitation planned, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customerId = planned.CustomerId;
        var throttleSince = now.AddDays(-settings.ThrottleDays);
        if (await db.Invitations.AnyAsync(i => i.CustomerId == customerId && i.CreatedAt > throttleSince, cancellationToken))
        {
            return ContactVerdict.Skip(ContactRules.Throttled);
        }
        var apologySince = now.AddDays(-settings.ApologyQuietDays);
        if (await db.CustomerApologies.AnyAsync(a => a.CustomerId == customerId && a.ApologizedAt > apologySince && a.ApologizedAt <= now, cancellationToken))
        {
            return ContactVerdict.Skip(ContactRules.RecentApology);
        }
        try
        {
            var open = await ticketing.CountOpenTicketsAsync(new CountOpenTicketsRequest { CustomerId = customerId.ToString("d") }, cancellationToken: cancellationToken);
            if (open.Count > 0)
            {
                return ContactVerdict.Skip(ContactRules.OpenTicket);
            }
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            return ContactVerdict.Unavailable(ContactRules.OpenTicketsUnavailable);
        }
        try
        {
            var policy = await care.GetContactPolicyAsync(new GetContactPolicyRequest
            {
                CustomerId = customerId.ToString("d"),
                Channel = ContactChannels.Email,
                Purpose = ContactPurposes.Survey,
            }, cancellationToken: cancellationToken);
            return FromPolicy(policy, now);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return ContactVerdict.Skip(ContactRules.NoContactPoint);
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            return ContactVerdict.Unavailable(ContactRules.ContactPolicyUnavailable);
        }
    }

    private static ContactVerdict FromPolicy(ContactPolicy policy, DateTimeOffset now)
    {
        if (policy.Allowed)
        {
            return ContactVerdict.Allowed;
        }
        var retryAt = policy.NextAllowedAt?.ToDateTimeOffset() ?? now.AddHours(1);
        return policy.DenialReason switch
        {
            DenialReason.QuietHours => ContactVerdict.Defer(ContactRules.QuietHours, retryAt),
            DenialReason.FrequencyCap => ContactVerdict.Defer(ContactRules.FrequencyCap, retryAt),
            DenialReason.OptedOut => ContactVerdict.Skip(ContactRules.OptedOut),
            DenialReason.NoContactPoint => ContactVerdict.Skip(ContactRules.NoContactPoint),
            _ => ContactVerdict.Skip(ContactRules.NoConsent),
        };
    }
}
