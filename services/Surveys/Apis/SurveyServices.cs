using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Surveys.Apis;

/// <summary>The dependencies of the survey endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record SurveyServices(SurveysDbContext Db, ITenantContext Tenant, TimeProvider Time, HttpContext Http)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>
    /// The survey to change, tracked; with <c>If-Match</c> (the ETag of a GET) the save fails with 412 if anyone changed it since,
    /// even in a race. Null when there is no such survey.
    /// </summary>
    public async Task<Survey?> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(Http.Request, out var expectedVersion))
        {
            throw new InvalidRequestException("If-Match", "Send the ETag of the survey as returned by GET.");
        }
        var survey = await Db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is not null && expectedVersion is not null)
        {
            Db.Entry(survey).Property(s => s.Version).OriginalValue = expectedVersion.Value;
        }
        return survey;
    }

    /// <summary>Saves and answers with the survey and its new ETag.</summary>
    public async Task<SurveyDetails> SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        return Answer(survey);
    }

    public SurveyDetails Answer(Survey survey)
    {
        ETags.Set(Http.Response, survey.Version);
        return SurveyDetails.From(survey);
    }
}
