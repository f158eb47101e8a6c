using CxPlatform.Contracts.Grpc.Ticketing;
using Grpc.Core;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>No customer of the benchmark has an open ticket.</summary>
public sealed class StandInTicketing : Ticketing.TicketingBase
{
    private static readonly Task<CountOpenTicketsResponse> None = Task.FromResult(new CountOpenTicketsResponse { Count = 0 });

    public override Task<CountOpenTicketsResponse> CountOpenTickets(CountOpenTicketsRequest request, ServerCallContext context) => None;
}
