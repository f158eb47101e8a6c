using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Invitations;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Responding;

/// <summary>
/// Opens an invitation from its public link: verifies the signature, the expiry and the single use before anything is read for
/// writing, and acts for the tenant the signature vouches for. Refusals write nothing.
/// </summary>
public sealed class InvitationAccess(InvitationTokens tokens, TenantContext tenant, SurveysDbContext db, TimeProvider time)
{
    public async Task<InvitationAccessResult> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!tokens.TryVerify(token, out var verified) || (tenant.TenantId is { } caller && caller != verified!.TenantId))
        {
            return InvitationAccessResult.Refused(InvitationProblems.Invalid());
        }
        if (time.GetUtcNow() >= verified!.ExpiresAt)
        {
            return InvitationAccessResult.Refused(InvitationProblems.Expired());
        }
        tenant.Use(verified.TenantId);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == verified.InvitationId, cancellationToken);
        if (invitation is null || invitation.ExpiresAt != verified.ExpiresAt)
        {
            return InvitationAccessResult.Refused(InvitationProblems.Invalid());
        }
        if (invitation.IsAnswered)
        {
            return InvitationAccessResult.Refused(InvitationProblems.AlreadyAnswered());
        }
        var version = await db.SurveyVersions.AsNoTracking()
            .SingleAsync(v => v.SurveyId == invitation.SurveyId && v.Number == invitation.SurveyVersion, cancellationToken);
        return new InvitationAccessResult(invitation, version.Definition, null);
    }
}
