using CxPlatform.Insights.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPlatform.Insights.Apis;

/// <summary>The customer 360: a summary with the journey stage, and the timeline across every touchpoint.</summary>
public static class CustomersApi
{
    private const int RecentCount = 5;

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/customers/{customerId:guid}").WithTags("Customers").RequireAuthorization(InsightsPolicies.Reader);

        api.MapGet("/", GetCustomer).WithName("GetCustomerSummary")
            .WithSummary("Journey stage, health score, counts, the latest touchpoints and survey answers; 404 until Insights has seen the customer");
        api.MapGet("/timeline", GetTimeline).WithName("GetCustomerTimeline")
            .WithSummary("Every touchpoint of the customer, newest first, cursor-paged; filter with kinds");
        return app;
    }

    public static async Task<Results<Ok<CustomerSummary>, NotFound>> GetCustomer(
        Guid customerId, CustomerTimeline timeline, CancellationToken cancellationToken)
    {
        if (await timeline.SnapshotAsync(customerId, cancellationToken) is not { } snapshot)
        {
            return TypedResults.NotFound();
        }
        var recent = await timeline.PageAsync(customerId, null, null, RecentCount, cancellationToken);
        var scores = await timeline.RecentResponsesAsync(customerId, RecentCount, cancellationToken);
        var state = snapshot.State;
        return TypedResults.Ok(new CustomerSummary(customerId, snapshot.Journey.Stage, snapshot.Journey.RiskReasons, state.HealthScore, snapshot.AtRisk,
            state.HealthReasons, state.FirstSeenAt, state.LastActivityAt,
            state.TouchpointCount, state.OrderCount, state.LastOrderAt, snapshot.OpenTickets, state.LastNpsScore, state.LastCsatScore, state.LastReviewRating,
            await timeline.CountsByKindAsync(customerId, cancellationToken),
            recent.Items.Select(TimelineEntry.From).ToList(), scores.Select(SurveyScoreEntry.From).ToList()));
    }

    public static async Task<Ok<TimelinePage>> GetTimeline(
        Guid customerId, [AsParameters] TimelineQuery query, CustomerTimeline timeline, CancellationToken cancellationToken)
    {
        var after = query.EnsureValid();
        var (items, next) = await timeline.PageAsync(customerId, query.Kinds, after, query.Limit ?? TimelineQuery.DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new TimelinePage(items.Select(TimelineEntry.From).ToList(), next?.Encode()));
    }
}
