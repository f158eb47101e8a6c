using CxPlatform.Care.Apis;
using CxPlatform.Contracts.Grpc.Insights;
using Grpc.Core;
using InsightsClient = CxPlatform.Contracts.Grpc.Insights.Insights.InsightsClient;

namespace CxPlatform.Care.Customers;

/// <summary>
/// What Insights knows of a customer's journey, for the customer view. Insights is optional to a care agent: when it is
/// unreachable, slow or failing, the view answers without it (null) after a short deadline instead of failing.
/// </summary>
internal sealed partial class CustomerInsights(InsightsClient client, ILogger<CustomerInsights> logger)
{
    public const int RecentTouchpoints = 10;
    public const int RecentScores = 5;

    public async Task<CustomerInsightsResponse?> FindAsync(Guid customerId, CancellationToken cancellationToken)
    {
        try
        {
            var context = await client.GetCustomerContextAsync(
                new GetCustomerContextRequest { CustomerId = customerId.ToString("D"), MaxTouchpoints = RecentTouchpoints, MaxScores = RecentScores },
                cancellationToken: cancellationToken);
            return CustomerInsightsResponse.From(context);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogInsightsUnavailable(customerId, exception.StatusCode, exception.Status.Detail);
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Insights did not answer for customer {CustomerId} ({Status}: {Detail}); the customer view goes without it")]
    private partial void LogInsightsUnavailable(Guid customerId, StatusCode status, string detail);
}
