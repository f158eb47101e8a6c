using System.Net;
using System.Net.Http.Headers;

namespace CxPlatform.Delivery.Channels;

/// <summary>
/// 2xx is delivered. 408, 429 and 5xx are temporary (the receiver's Retry-After is honoured); any other answer, redirects
/// included, says this request will never be accepted as it is.
/// </summary>
internal static class WebhookResponses
{
    public static DeliveryOutcome Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var error = $"HTTP {status} ({response.StatusCode})";
        return status switch
        {
            >= 200 and < 300 => DeliveryOutcome.Delivered(),
            (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500 and < 600 =>
                DeliveryOutcome.Transient(error, RetryAfter(response.Headers.RetryAfter, now)),
            _ => DeliveryOutcome.Permanent(error),
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
