using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// An invitation to answer one published version of a survey, reached through a signed link (see <c>InvitationTokens</c>). It is
/// created with status <see cref="InvitationStatuses.Created"/> and becomes <see cref="InvitationStatuses.Sent"/> when its message
/// is handed to the delivery queue (<c>Distribution/InvitationSender</c>), which raises <see cref="SurveyInvitationSent"/> once.
/// </summary>
public sealed class Invitation : AggregateRoot, ITenantScoped
{
    private Invitation()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public int SurveyVersion { get; private set; }
    public string SurveyKind { get; private set; } = "";
    public bool Anonymous { get; private set; }

    /// <summary>Who is invited (needed to deliver and, later, to throttle), even for an anonymous survey; its response never stores it.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>The language asked for; the survey falls back to the closest language it offers.</summary>
    public string? Language { get; private set; }

    public Guid? RelatedTicketId { get; private set; }
    public Guid? RelatedOutreachId { get; private set; }
    public string Status { get; private set; } = InvitationStatuses.Created;

    /// <summary>Whole seconds: the link's token carries it and must match it exactly.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When to remind an unanswered invitation (a distribution rule's reminder, once); null when there is none or it was made.</summary>
    public DateTimeOffset? ReminderDueAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>The distribution rule that issued it; null for an invitation by API call.</summary>
    public Guid? DistributionRuleId { get; private set; }

    /// <summary>While the first message waits to be sent (contact policy, then delivery): when to try. Null once sent or given up.</summary>
    public DateTimeOffset? SendDueAt { get; private set; }

    /// <summary>Consecutive attempts on which CareOutreach could not answer for a send or the reminder (backoff counts from it).</summary>
    public int SendUnavailableAttempts { get; private set; }

    /// <summary>One of <c>ContactChannels</c>: the channel the invitation went out on.</summary>
    public string? Channel { get; private set; }

    /// <summary>When the message was handed to delivery (the delivery id is the invitation id).</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The contact rule that kept the first message from being sent (<c>ContactRules</c>); the link still works.</summary>
    public string? NotSentRule { get; private set; }

    /// <summary>The reminder's delivery id, once it was handed to delivery.</summary>
    public Guid? ReminderDeliveryId { get; private set; }

    /// <summary>The contact rule (or <c>ContactRules.ReminderNotNeeded</c>…) that kept the reminder from being sent.</summary>
    public string? ReminderSkipRule { get; private set; }

    /// <summary>PostgreSQL's xmin: two concurrent answers to one invitation cannot both commit.</summary>
    public uint Version { get; private set; }

    public bool IsAnswered => Status == InvitationStatuses.Answered;

    public override string EventStreamKey => Id.ToString();

    /// <summary>An invitation to the survey's latest published version, which the respondent will answer even if a newer one follows.</summary>
    public static Invitation Create(string tenantId, Survey survey, InvitationRecipient recipient, DateTimeOffset expiresAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        SurveyId = survey.Id,
        SurveyVersion = survey.PublishedVersion > 0
            ? survey.PublishedVersion
            : throw new DomainRuleViolationException("survey.not_published", "Publish the survey before inviting anyone to it."),
        SurveyKind = survey.Kind,
        Anonymous = survey.Anonymous,
        CustomerId = recipient.CustomerId,
        Language = recipient.Language,
        RelatedTicketId = recipient.RelatedTicketId,
        RelatedOutreachId = recipient.RelatedOutreachId,
        ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()),
        CreatedAt = now,
    };

    /// <summary>An invitation a distribution rule planned and the contact rules let through, with the rule's reminder.</summary>
    public static Invitation Issue(string tenantId, Survey survey, PlannedInvitation planned, DateTimeOffset now)
    {
        var invitation = Create(tenantId, survey,
            new InvitationRecipient(planned.CustomerId, null, planned.RelatedTicketId, planned.RelatedOutreachId), now + planned.Expiry, now);
        invitation.ReminderDueAt = planned.ReminderAfter is { } after && now + after < invitation.ExpiresAt ? now + after : null;
        invitation.DistributionRuleId = planned.RuleId;
        return invitation;
    }

    /// <summary>An invitation by API call for a customer: Surveys sends it once CareOutreach's contact policy allows (from now).</summary>
    public void SendWhenAllowed(DateTimeOffset now) => SendDueAt = CustomerId is null ? null : now;

    /// <summary>Whether the reminder is still wanted: unanswered, unexpired, sent (not only linked), not made yet.</summary>
    public bool WantsReminderAt(DateTimeOffset now) => !IsAnswered && !IsExpiredAt(now) && SentAt is not null && RemindedAt is null;

    /// <summary>
    /// The message went to the delivery queue on <paramref name="channel"/>: status <c>sent</c> (unless the respondent already
    /// opened the link) and <see cref="SurveyInvitationSent"/>, raised once whatever happens later.
    /// </summary>
    public void MarkSent(string channel, DateTimeOffset now)
    {
        if (SentAt is not null || CustomerId is not { } customerId)
        {
            throw new InvalidOperationException($"Invitation {Id} was already sent or names no customer.");
        }
        (SentAt, Channel, SendDueAt, SendUnavailableAttempts, NotSentRule) = (now, channel, null, 0, null);
        if (Status == InvitationStatuses.Created)
        {
            Status = InvitationStatuses.Sent;
        }
        Raise(new SurveyInvitationSent(TenantId, Guid.CreateVersion7(now), now, Id, SurveyId, SurveyVersion, SurveyKind, customerId, channel,
            ExpiresAt, DistributionRuleId, RelatedTicketId, RelatedOutreachId));
    }

    /// <summary>A contact rule said no for good: nothing is sent (the link, if the caller has it, still works).</summary>
    public void NotSent(string rule) => (SendDueAt, SendUnavailableAttempts, NotSentRule) = (null, 0, rule);

    /// <summary>A contact rule said "not now": try again then.</summary>
    public void DeferSend(DateTimeOffset until) => SendDueAt = until;

    public int CountSendUnavailable() => ++SendUnavailableAttempts;

    public void ContactPolicyAnswered() => SendUnavailableAttempts = 0;

    /// <summary>The one reminder went to the delivery queue under its own delivery id.</summary>
    public void RecordReminded(Guid deliveryId, DateTimeOffset now) =>
        (RemindedAt, ReminderDeliveryId, ReminderDueAt, SendUnavailableAttempts) = (now, deliveryId, null, 0);

    /// <summary>No reminder after all (answered, expired, never sent, or a contact rule); <paramref name="rule"/> says why.</summary>
    public void SkipReminder(string rule) => (ReminderDueAt, ReminderSkipRule, SendUnavailableAttempts) = (null, rule, 0);

    /// <summary>The reminder waits for the contact policy; past the expiry it is not sent at all.</summary>
    public void DeferReminder(DateTimeOffset until) => ReminderDueAt = until;

    /// <summary>
    /// Stores <c>expired</c> once the instant has passed without any answer (reads report it before the sweep does too); a partial
    /// response keeps its status so results still count it.
    /// </summary>
    public void ExpireIfDue(DateTimeOffset now)
    {
        if (IsExpiredAt(now) && Status is InvitationStatuses.Created or InvitationStatuses.Sent or InvitationStatuses.Opened)
        {
            Status = InvitationStatuses.Expired;
            ReminderDueAt = null;
            SendDueAt = null;
        }
    }

    public bool IsExpiredAt(DateTimeOffset now) => !IsAnswered && now >= ExpiresAt;

    public string StatusAt(DateTimeOffset now) => IsExpiredAt(now) ? InvitationStatuses.Expired : Status;

    /// <summary>The respondent opened the link; only the first opening is recorded.</summary>
    public void Open(DateTimeOffset now)
    {
        OpenedAt ??= now;
        if (Status is InvitationStatuses.Created or InvitationStatuses.Sent)
        {
            Status = InvitationStatuses.Opened;
        }
    }

    public void RecordAnswers(bool completed, DateTimeOffset now)
    {
        Open(now);
        Status = completed ? InvitationStatuses.Answered : InvitationStatuses.PartiallyAnswered;
        AnsweredAt = completed ? now : null;
    }
}
