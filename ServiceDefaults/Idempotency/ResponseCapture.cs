using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CxPlatform.ServiceDefaults.Idempotency;

internal static class ResponseCapture
{
    /// <summary>
    /// Runs the rest of the pipeline with the response body held back: nothing reaches the client (headers included) until
    /// the caller has committed the outcome, so a failed commit can still become a problem response.
    /// </summary>
    public static async Task<CapturedResponse> RunAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }
        return CapturedResponse.From(context.Response, buffer.ToArray());
    }
}
