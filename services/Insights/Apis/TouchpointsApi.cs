using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Recording;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Apis;

/// <summary>
/// Ingestion of touchpoints from outside the platform (orders, deliveries, returns, reviews, visits, calls), one at a time or
/// in batches, idempotent on (source, external id); each new one publishes <c>TouchpointRecorded</c>.
/// </summary>
public static class TouchpointsApi
{
    public static IEndpointRouteBuilder MapTouchpointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/touchpoints").WithTags("Touchpoints");

        api.MapPost("/", RecordTouchpoint).WithName("RecordTouchpoint").RequireAuthorization(CxPolicies.ServiceOrAdmin).WithIdempotency()
            .WithSummary("Record one external touchpoint: 201 when new, 200 with the first one's id when (source, externalId) was seen before");
        api.MapPost("/batch", RecordBatch).WithName("RecordTouchpointBatch").RequireAuthorization(CxPolicies.ServiceOrAdmin).WithIdempotency()
            .WithSummary("Record up to 1000 external touchpoints; one receipt per item: created, duplicate or rejected");
        api.MapGet("/{id:guid}", GetTouchpoint).WithName("GetTouchpoint").RequireAuthorization(InsightsPolicies.Reader)
            .WithSummary("One touchpoint");
        return app;
    }

    public static async Task<Results<Created<TouchpointReceipt>, Ok<TouchpointReceipt>, ValidationProblem>> RecordTouchpoint(
        TouchpointRequest request, [AsParameters] TouchpointServices services, CancellationToken cancellationToken)
    {
        var errors = TouchpointValidation.Validate(request, services.Time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        await using var transaction = await services.Db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var result = await services.Recorder.RecordAsync(ExternalTouchpoints.Draft(request, Guid.CreateVersion7()), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result.Created
            ? TypedResults.Created($"/api/v1/touchpoints/{result.TouchpointId}", new TouchpointReceipt(0, TouchpointOutcomes.Created, result.TouchpointId))
            : TypedResults.Ok(new TouchpointReceipt(0, TouchpointOutcomes.Duplicate, result.TouchpointId));
    }

    /// <remarks>One transaction for the batch: the accepted items and their events commit together, or none does.</remarks>
    public static async Task<Ok<TouchpointBatchReceipt>> RecordBatch(
        TouchpointBatchRequest request, [AsParameters] TouchpointServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var receipts = new List<TouchpointReceipt>(request.Items!.Count);
        await using var transaction = await services.Db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        for (var index = 0; index < request.Items.Count; index++)
        {
            var item = request.Items[index];
            var errors = TouchpointValidation.Validate(item, now);
            if (errors.Count > 0)
            {
                receipts.Add(new TouchpointReceipt(index, TouchpointOutcomes.Rejected, null, errors));
                continue;
            }
            var result = await services.Recorder.RecordAsync(ExternalTouchpoints.Draft(item!, Guid.CreateVersion7()), cancellationToken);
            receipts.Add(new TouchpointReceipt(index, result.Created ? TouchpointOutcomes.Created : TouchpointOutcomes.Duplicate, result.TouchpointId));
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new TouchpointBatchReceipt(
            receipts.Count(r => r.Outcome == TouchpointOutcomes.Created),
            receipts.Count(r => r.Outcome == TouchpointOutcomes.Duplicate),
            receipts.Count(r => r.Outcome == TouchpointOutcomes.Rejected),
            receipts));
    }

    public static async Task<Results<Ok<TimelineEntry>, NotFound>> GetTouchpoint(
        Guid id, [AsParameters] TouchpointServices services, CancellationToken cancellationToken) =>
        await services.Db.Touchpoints.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } touchpoint
            ? TypedResults.Ok(TimelineEntry.From(touchpoint))
            : TypedResults.NotFound();
}
