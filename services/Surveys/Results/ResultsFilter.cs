using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Results;

/// <summary>
/// Which invitations results cover: those of one survey created in [<see cref="From"/>, <see cref="To"/>) (either end open), of one
/// version or all. Responses belong to the period of their invitation, so the response rate is a true share of what was sent.
/// </summary>
public sealed record ResultsFilter(Guid SurveyId, DateTimeOffset? From, DateTimeOffset? To, int? Version)
{
    public IQueryable<Invitation> Apply(IQueryable<Invitation> invitations) =>
        invitations.Where(i => i.SurveyId == SurveyId
            && (From == null || i.CreatedAt >= From) && (To == null || i.CreatedAt < To) && (Version == null || i.SurveyVersion == Version));

    public IQueryable<SurveyResponse> Apply(IQueryable<SurveyResponse> responses) =>
        responses.Where(r => r.SurveyId == SurveyId
            && (From == null || r.InvitedAt >= From) && (To == null || r.InvitedAt < To) && (Version == null || r.SurveyVersion == Version));
}
