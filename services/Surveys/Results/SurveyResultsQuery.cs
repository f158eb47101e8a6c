using CxPlatform.Contracts;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Results;

/// <summary>Counts and groups in PostgreSQL, then scores the distribution with the pure formulas of <c>Scoring</c>.</summary>
public sealed class SurveyResultsQuery(SurveysDbContext db)
{
    public const int LatestComments = 20;

    public async Task<SurveyResults> RunAsync(Survey survey, ResultsFilter filter, CancellationToken cancellationToken)
    {
        var sent = await filter.Apply(db.Invitations.AsNoTracking()).CountAsync(cancellationToken);
        var responses = filter.Apply(db.Responses.AsNoTracking());
        var completed = responses.Where(r => r.CompletedAt != null);
        var answered = await completed.CountAsync(cancellationToken);
        var partial = await responses.CountAsync(r => r.CompletedAt == null, cancellationToken);
        var counts = await completed.Where(r => r.Score != null)
            .GroupBy(r => r.Score!.Value)
            .Select(g => new ScoreCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var comments = await completed.Where(r => r.Comment != null)
            .OrderByDescending(r => r.CompletedAt)
            .Take(LatestComments)
            .Select(r => new ResultComment(r.Id, r.SurveyVersion, r.CompletedAt!.Value, r.Score, r.Category, r.Comment!))
            .ToListAsync(cancellationToken);

        var distribution = KindScales.For(survey.Kind) is { } scale
            ? ScoreDistribution.Over(scale.Min, scale.Max, counts)
            : new ScoreDistribution([]);
        return new SurveyResults(
            survey.Id,
            survey.Kind,
            filter.Version,
            filter.From,
            filter.To,
            sent,
            answered,
            partial,
            sent == 0 ? null : (double)answered / sent,
            survey.Kind == SurveyKinds.Nps ? NpsScoring.Score(distribution) : null,
            survey.Kind == SurveyKinds.Csat ? CsatScoring.Score(distribution) : null,
            survey.Kind == SurveyKinds.Ces ? CesScoring.Score(distribution) : null,
            distribution.Counts,
            comments);
    }
}
