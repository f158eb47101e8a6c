using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Invitations;

/// <summary>The public link a respondent opens: <c>{PublicBaseUrl}/s/{token}</c>.</summary>
public sealed class InvitationLinks(IOptions<SurveysOptions> options)
{
    public string For(HttpRequest request, string token)
    {
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{baseUrl}/s/{Uri.EscapeDataString(token)}";
    }
}
