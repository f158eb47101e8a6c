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
/// CareOutreach (consent, opt-out, contact point, quiet hours, frequency cap, preferred channel). The first rule that says no decides.
/// </summary>
public sealed class ContactChecks(SurveysDbContext db, TicketingClient ticketing, CareOutreachClient care)
{
    /// <summary>Channels other than e-mail an invitation can go out on, through the tenant's message webhook (a link can be texted, not phoned).</summary>
    public static readonly IReadOnlyList<string> WebhookChannels = [ContactChannels.Sms, ContactChannels.Whatsapp, ContactChannels.SocialDm];

    /// <summary>All rules, for an invitation a distribution rule planned.</summary>
    public async Task<ContactVerdict> EvaluateAsync(PlannedInvitation planned, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customerId = planned.CustomerId;
        if (settings.ThrottleDays > 0)
        {
            var throttleSince = now.AddDays(-settings.ThrottleDays);
            if (await db.Invitations.AnyAsync(i => i.CustomerId == customerId && i.CreatedAt > throttleSince, cancellationToken))
            {
                return ContactVerdict.Skip(ContactRules.Throttled);
            }
        }
        if (settings.ApologyQuietDays > 0)
        {
            var apologySince = now.AddDays(-settings.ApologyQuietDays);
            if (await db.CustomerApologies.AnyAsync(a => a.CustomerId == customerId && a.ApologizedAt > apologySince && a.ApologizedAt <= now, cancellationToken))
            {
                return ContactVerdict.Skip(ContactRules.RecentApology);
            }
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
        return await PolicyAsync(customerId, settings, now, cancellationToken);
    }

    /// <summary>
    /// CareOutreach's contact policy for a survey message (the shared budget), and the channel to use: asked for e-mail first, whose
    /// answer names the customer's preferred channel; a preferred SMS / WhatsApp / social DM is asked for in turn and used when it
    /// is allowed and the tenant has a message webhook. Otherwise e-mail, if allowed. An invitation by API call and the reminder go
    /// through this alone.
    /// </summary>
    public async Task<ContactVerdict> PolicyAsync(Guid customerId, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var email = await AskAsync(customerId, ContactChannels.Email, cancellationToken);
            var preferred = email.PreferredChannel;
            if (preferred != ContactChannels.Email && WebhookChannels.Contains(preferred) && settings.HasMessageWebhook)
            {
                var other = await AskAsync(customerId, preferred, cancellationToken);
                if (other.Allowed && other.ContactPoint is { Value.Length: > 0 } point)
                {
                    return ContactVerdict.Allow(preferred, point.Value);
                }
            }
            if (email.Allowed)
            {
                return email.ContactPoint is { Value.Length: > 0 } address
                    ? ContactVerdict.Allow(ContactChannels.Email, address.Value)
                    : ContactVerdict.Skip(ContactRules.NoContactPoint);
            }
            if (email.DenialReason == DenialReason.NoContactPoint && preferred.Length > 0 && preferred != ContactChannels.Email)
            {
                // Prefers a channel Surveys cannot use here (no webhook, or phone / postal mail), and no e-mail to fall back to.
                return ContactVerdict.Skip(ContactRules.NoUsableChannel);
            }
            return FromDenial(email, now);
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

    private async Task<ContactPolicy> AskAsync(Guid customerId, string channel, CancellationToken cancellationToken) =>
        await care.GetContactPolicyAsync(new GetContactPolicyRequest
        {
            CustomerId = customerId.ToString("d"),
            Channel = channel,
            Purpose = ContactPurposes.Survey,
        }, cancellationToken: cancellationToken);

    private static ContactVerdict FromDenial(ContactPolicy policy, DateTimeOffset now)
    {
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
