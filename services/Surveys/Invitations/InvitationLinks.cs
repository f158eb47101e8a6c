using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Invitations;

/// <summary>The public link a respondent opens: <c>{PublicBaseUrl}/s/{token}</c>.</summary>
public sealed class InvitationLinks(IOptions<SurveysOptions> options, InvitationTokens tokens)
{
    public string For(HttpRequest request, string token)
    {
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{baseUrl}/s/{Uri.EscapeDataString(token)}";
    }

    /// <summary>The link to send (outside any request): null when <c>Surveys:PublicBaseUrl</c> is not configured.</summary>
    public string? ToSend(Domain.Invitation invitation) =>
        options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? $"{configured.TrimEnd('/')}/s/{Uri.EscapeDataString(tokens.Sign(new InvitationToken(invitation.TenantId, invitation.Id, invitation.ExpiresAt)))}"
            : null;
}
