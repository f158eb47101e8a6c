using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// An invitation to answer one published version of a survey, reached through a signed link (see <c>InvitationTokens</c>). It is
/// created with status <see cref="InvitationStatuses.Created"/>: the work a delivery step picks up and marks sent.
/// </summary>
public sealed class Invitation : ITenantScoped
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

    /// <summary>PostgreSQL's xmin: two concurrent answers to one invitation cannot both commit.</summary>
    public uint Version { get; private set; }

    public bool IsAnswered => Status == InvitationStatuses.Answered;

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
        return invitation;
    }

    /// <summary>The one reminder is due: record it (the delivery step sends it) unless the respondent answered or it expired.</summary>
    public void Remind(DateTimeOffset now)
    {
        if (!IsAnswered && !IsExpiredAt(now) && RemindedAt is null)
        {
            RemindedAt = now;
        }
        ReminderDueAt = null;
    }

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
