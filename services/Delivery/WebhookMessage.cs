using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Delivery;

/// <summary>
/// A JSON body POSTed to a receiver's URL and signed with the receiver's secret (see <see cref="WebhookSignature"/>). A class,
/// not a record, so that the secret never shows in a generated <c>ToString</c>.
/// </summary>
public sealed class WebhookMessage
{
    public const int MinimumSecretLength = 16;

    /// <summary>An absolute http or https URL.</summary>
    public required string Url { get; init; }

    /// <summary>The receiver's signing secret: kept with the delivery only until it is delivered or failed.</summary>
    public required string Secret { get; init; }

    /// <summary>Serialized as JSON (web defaults: camelCase).</summary>
    public required object Body { get; init; }

    /// <summary>Whether <paramref name="url"/> is a URL a webhook can be sent to; for validating a receiver when it is registered.</summary>
    public static bool IsValidUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    internal void Validate()
    {
        if (!IsValidUrl(Url))
        {
            throw new InvalidRequestException("url", "A webhook needs an absolute http or https URL without credentials.");
        }
        if (string.IsNullOrEmpty(Secret) || Secret.Length < MinimumSecretLength)
        {
            throw new InvalidRequestException("secret", $"A webhook's signing secret needs at least {MinimumSecretLength} characters.");
        }
        if (Body is null)
        {
            throw new InvalidRequestException("body", "A webhook needs a body.");
        }
    }
}
