using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// For endpoints marked <c>WithIdempotency()</c> and requests carrying <c>Idempotency-Key</c>: owns the request's database
/// transaction, claims the key first, lets the endpoint run inside that transaction (it joins with
/// <c>BeginOrJoinTransactionAsync</c>) and commits its response with its effect. A request with a key already used replays
/// the stored response, or waits for the request holding the key and then replays it.
/// </summary>
internal sealed partial class IdempotencyMiddleware(
    RequestDelegate next, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<IdempotencyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint
            || endpoint.Metadata.GetMetadata<IdempotentEndpoint>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyHeaders.Key, out var header))
        {
            await next(context);
            return;
        }
        if (!IdempotencyKey.TryRead(header, out var key))
        {
            await IdempotencyProblems.MalformedKey().ExecuteAsync(context);
            return;
        }

        var cancellationToken = context.RequestAborted;
        var scope = $"{context.Request.Method} {endpoint.RoutePattern.RawText}";
        var tenant = context.RequestServices.GetRequiredService<ITenantContext>().TenantId
            ?? throw new InvalidOperationException($"{scope} takes an {IdempotencyHeaders.Key} but lets callers without a tenant in.");
        var fingerprint = await RequestFingerprint.ComputeAsync(context.Request, cancellationToken);
        var db = context.RequestServices.GetRequiredService<CxDbContext>();
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await IdempotencyStore.TryClaimAsync(db, tenant, scope, key, fingerprint, now, now + options.Value.Retention, cancellationToken))
        {
            await AnswerRepeatAsync(context, db, scope, key, fingerprint);
            return;
        }

        var response = await ResponseCapture.RunAsync(context, next);
        if (response.IsRemembered)
        {
            await IdempotencyStore.SaveResponseAsync(db, scope, key, response, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // Otherwise disposing the transaction rolls back the key together with anything the request wrote.
        await response.WriteBodyAsync(context.Response, cancellationToken);
    }

    private async Task AnswerRepeatAsync(HttpContext context, CxDbContext db, string scope, string key, RequestFingerprint fingerprint)
    {
        var record = await IdempotencyStore.FindAsync(db, scope, key, context.RequestAborted);
        if (!fingerprint.Matches(record))
        {
            LogKeyReused(key, scope);
            await IdempotencyProblems.KeyReused().ExecuteAsync(context);
            return;
        }
        LogReplayed(key, scope);
        await CapturedResponse.From(record).ReplayAsync(context.Response, context.RequestAborted);
    }

    [LoggerMessage(LogLevel.Information, "Replayed the stored response for Idempotency-Key {IdempotencyKey} on {Endpoint}")]
    private partial void LogReplayed(string idempotencyKey, string endpoint);

    [LoggerMessage(LogLevel.Information, "Idempotency-Key {IdempotencyKey} on {Endpoint} was reused for a different request")]
    private partial void LogKeyReused(string idempotencyKey, string endpoint);
}
