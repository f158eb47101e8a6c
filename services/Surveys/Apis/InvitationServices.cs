using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Invitations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Surveys.Apis;

/// <summary>The dependencies of the invitation endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record InvitationServices(
    SurveysDbContext Db,
    ITenantContext Tenant,
    TimeProvider Time,
    InvitationTokens Tokens,
    InvitationLinks Links,
    IOptions<SurveysOptions> Options,
    HttpContext Http)
{
    public InvitationDetails Answer(Invitation invitation)
    {
        var token = Tokens.Sign(new InvitationToken(invitation.TenantId, invitation.Id, invitation.ExpiresAt));
        return InvitationDetails.From(invitation, Time.GetUtcNow(), token, Links.For(Http.Request, token));
    }
}
