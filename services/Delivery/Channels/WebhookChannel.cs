using System.Globalization;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace CxPlatform.Delivery.Channels;

/// <summary>POSTs a webhook's JSON body, signed (<see cref="WebhookSignature"/>), through its own <see cref="HttpClient"/>.</summary>
internal sealed class WebhookChannel(IHttpClientFactory httpClients, TimeProvider time, IOptions<DeliveryOptions> options) : IDeliveryChannel
{
    public const string HttpClientName = "cxp-delivery-webhooks";

    public string Name => DeliveryChannelNames.Webhook;

    public async Task<DeliveryOutcome> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Secret is null)
        {
            return DeliveryOutcome.Permanent("The webhook has no signing secret.");
        }
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Recipient)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new(MediaTypeNames.Application.Json) { CharSet = "utf-8" } } },
        };
        request.Headers.Add(DeliveryHeaders.DeliveryId, delivery.Id.ToString());
        request.Headers.Add(DeliveryHeaders.Timestamp, timestamp);
        request.Headers.Add(DeliveryHeaders.Signature, WebhookSignature.Sign(delivery.Secret, timestamp, body));

        var timeout = options.Value.Webhook.Timeout;
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            return WebhookResponses.Classify(response, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Transient($"The receiver did not answer within {timeout.TotalSeconds:0.###} s.");
        }
        // Only the kind of error: the URL (which may hold a receiver's token) stays out of what is recorded.
        catch (HttpRequestException exception)
        {
            return DeliveryOutcome.Transient($"Cannot reach the receiver ({exception.HttpRequestError}).");
        }
    }
}
