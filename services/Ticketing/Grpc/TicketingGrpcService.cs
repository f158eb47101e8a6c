using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Ticketing;
using CxPlatform.Ticketing.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TicketingContract = CxPlatform.Contracts.Grpc.Ticketing.Ticketing;
using TicketMessage = CxPlatform.Contracts.Grpc.Ticketing.Ticket;

namespace CxPlatform.Ticketing.Grpc;

/// <summary>Read-only ticket questions from other services; the tenant is the caller's token's, so every query is tenant-filtered.</summary>
internal sealed class TicketingGrpcService(TicketingDbContext db) : TicketingContract.TicketingBase
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public override async Task<TicketMessage> GetTicket(GetTicketRequest request, ServerCallContext context)
    {
        var tickets = db.Tickets.AsNoTracking();
        var ticket = request.KeyCase switch
        {
            GetTicketRequest.KeyOneofCase.TicketId => await FindByIdAsync(GrpcArguments.Uuid(request.TicketId, "ticket_id")),
            GetTicketRequest.KeyOneofCase.Number => await tickets.SingleOrDefaultAsync(t => t.Number == request.Number, context.CancellationToken),
            _ => throw GrpcArguments.Invalid("key", "is missing: set ticket_id or number."),
        };
        return ticket is null
            ? throw new RpcException(new Status(StatusCode.NotFound, "No such ticket."))
            : TicketMessages.ToMessage(ticket);

        Task<Domain.Ticket?> FindByIdAsync(Guid id) => tickets.SingleOrDefaultAsync(t => t.Id == id, context.CancellationToken);
    }

    public override async Task<ListCustomerTicketsResponse> ListCustomerTickets(ListCustomerTicketsRequest request, ServerCallContext context)
    {
        var customerId = GrpcArguments.Uuid(request.CustomerId, "customer_id");
        var pageSize = request.PageSize switch
        {
            0 => DefaultPageSize,
            >= 1 and <= MaxPageSize => request.PageSize,
            _ => throw GrpcArguments.Invalid("page_size", $"must be between 1 and {MaxPageSize} (0 for {DefaultPageSize})."),
        };
        var statuses = request.Statuses.ToList();
        if (statuses.FirstOrDefault(status => !TicketStatuses.All.Contains(status)) is { } unknown)
        {
            throw GrpcArguments.Invalid("statuses", $"contains '{unknown}', which is not one of: {string.Join(", ", TicketStatuses.All)}.");
        }
        long? before = request.PageToken.Length == 0
            ? null
            : TicketPageToken.Read(request.PageToken, customerId) ?? throw GrpcArguments.Invalid("page_token", "is not one this API issued for this customer.");

        var query = db.Tickets.AsNoTracking().Where(t => t.Requester.CustomerId == customerId);
        if (statuses.Count > 0)
        {
            query = query.Where(t => statuses.Contains(t.Status));
        }
        if (before is not null)
        {
            query = query.Where(t => t.Number < before);
        }
        var tickets = await query.OrderByDescending(t => t.Number).Take(pageSize + 1).ToListAsync(context.CancellationToken);

        var response = new ListCustomerTicketsResponse
        {
            NextPageToken = tickets.Count > pageSize ? TicketPageToken.Write(customerId, tickets[pageSize - 1].Number) : "",
        };
        response.Tickets.AddRange(tickets.Take(pageSize).Select(TicketMessages.ToMessage));
        return response;
    }

    public override async Task<CountOpenTicketsResponse> CountOpenTickets(CountOpenTicketsRequest request, ServerCallContext context)
    {
        var customerId = GrpcArguments.Uuid(request.CustomerId, "customer_id");
        var open = await db.Tickets
            .Where(t => t.Requester.CustomerId == customerId && TicketStatuses.Unsolved.Contains(t.Status))
            .GroupBy(t => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(t => t.CreatedAt) })
            .SingleOrDefaultAsync(context.CancellationToken);

        return open is null
            ? new CountOpenTicketsResponse()
            : new CountOpenTicketsResponse { Count = open.Count, OldestCreatedAt = Timestamp.FromDateTimeOffset(open.Oldest) };
    }
}
