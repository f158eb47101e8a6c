using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Scoring;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// The one response to an invitation: answers kept as they arrive (partial answers included) until the respondent completes it,
/// which fixes its score and raises <see cref="SurveyResponded"/>. A response to an anonymous survey stores no customer id.
/// </summary>
public sealed class SurveyResponse : AggregateRoot, ITenantScoped
{
    private SurveyResponse()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public int SurveyVersion { get; private set; }
    public string SurveyKind { get; private set; } = "";
    public Guid InvitationId { get; private set; }

    /// <summary>When the invitation was created: results group responses by it.</summary>
    public DateTimeOffset InvitedAt { get; private set; }

    public Guid? CustomerId { get; private set; }
    public Guid? RelatedTicketId { get; private set; }
    public Guid? RelatedOutreachId { get; private set; }

    /// <summary>The language the questions were shown in.</summary>
    public string Language { get; private set; } = "";

    public Dictionary<string, Answer> Answers { get; private set; } = [];
    public int? Score { get; private set; }
    public string? Category { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>The formula that categorised <see cref="Score"/> (e.g. <c>nps-v1</c>); null for a custom survey.</summary>
    public string? FormulaVersion { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public override string EventStreamKey => Id.ToString();

    public static SurveyResponse Start(Invitation invitation, string language, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = invitation.TenantId,
        SurveyId = invitation.SurveyId,
        SurveyVersion = invitation.SurveyVersion,
        SurveyKind = invitation.SurveyKind,
        InvitationId = invitation.Id,
        InvitedAt = invitation.CreatedAt,
        CustomerId = invitation.Anonymous ? null : invitation.CustomerId,
        RelatedTicketId = invitation.RelatedTicketId,
        RelatedOutreachId = invitation.RelatedOutreachId,
        Language = language,
        StartedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Adds or replaces answers; a null answer withdraws one.</summary>
    public void Record(IReadOnlyDictionary<string, Answer?> answers, DateTimeOffset now)
    {
        EnsureOpen();
        foreach (var (questionId, answer) in answers)
        {
            if (answer is null)
            {
                Answers.Remove(questionId);
            }
            else
            {
                Answers[questionId] = answer;
            }
        }
        UpdatedAt = now;
    }

    public void Complete(SurveyDefinition definition, DateTimeOffset now)
    {
        EnsureOpen();
        var missing = definition.Questions.Where(q => q.Required && !Answers.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleViolationException(
                "response.required_unanswered", $"Answer the required question(s) {string.Join(", ", missing)} before completing.");
        }
        Score = SurveyKind == SurveyKinds.Custom ? null : Answers.GetValueOrDefault(SurveyDefinition.ScoreQuestionId)?.Rating;
        Category = SurveyKind == SurveyKinds.Nps && Score is { } nps ? NpsCategories.FromScore(nps) : null;
        FormulaVersion = ScoreFormulas.For(SurveyKind);
        Comment = CommentFrom(definition);
        CompletedAt = now;
        UpdatedAt = now;
        Raise(new SurveyResponded(
            TenantId, Guid.CreateVersion7(now), now, Id, SurveyId, SurveyVersion, SurveyKind, CustomerId, Score, Category, Comment,
            InvitationId, RelatedTicketId, RelatedOutreachId));
    }

    /// <summary>The "why" answer; for a custom survey the first free-text answer.</summary>
    private string? CommentFrom(SurveyDefinition definition) =>
        SurveyKind != SurveyKinds.Custom
            ? Answers.GetValueOrDefault(SurveyDefinition.WhyQuestionId)?.Text
            : definition.Questions.Where(q => q.Type == QuestionTypes.FreeText)
                .Select(q => Answers.GetValueOrDefault(q.Id)?.Text)
                .FirstOrDefault(text => text is not null);

    private void EnsureOpen()
    {
        if (IsCompleted)
        {
            throw new DomainRuleViolationException("response.already_completed", "This survey was already answered; a response is final once completed.");
        }
    }
}
