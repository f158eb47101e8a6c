using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Ticketing;
using CxPlatform.ServiceDefaults.Auth;
using Grpc.Core;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Ticketing's gRPC API through a real gRPC channel: GetTicket, ListCustomerTickets, CountOpenTickets.</summary>
public sealed class TicketingGrpcTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private const string Tenant = "grpc-acme";
    private readonly HttpClient _agent = factory.CreateClient(Tenant, CxRoles.Agent);
    private readonly Contracts.Grpc.Ticketing.Ticketing.TicketingClient _grpc = TicketingGrpc.Client(factory);
    private readonly CallOptions _service = TicketingGrpc.As(Tenant, CxRoles.Service);

    [Fact]
    public async Task GetTicket_finds_a_ticket_by_id_and_by_number()
    {
        var customerId = Guid.NewGuid();
        var created = await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId, "Find me");

        var byId = await _grpc.GetTicketAsync(new GetTicketRequest { TicketId = created.Id.ToString() }, _service);
        var byNumber = await _grpc.GetTicketAsync(new GetTicketRequest { Number = created.Number }, _service);

        Assert.Equal(byId, byNumber);
        Assert.Equal((created.Id.ToString(), created.Number, customerId.ToString(), "Find me"), (byId.TicketId, byId.Number, byId.CustomerId, byId.Subject));
        Assert.Equal((TicketChannels.WebForm, TicketTypes.Question, TicketPriorities.Normal, TicketStatuses.New), (byId.Channel, byId.Type, byId.Priority, byId.Status));
        var stored = await _agent.GetFromJsonAsync<Apis.TicketResponse>($"/api/v1/tickets/{created.Id}");
        Assert.Equal(stored!.CreatedAt, byId.CreatedAt.ToDateTimeOffset());
        Assert.Null(byId.SolvedAt);
    }

    [Fact]
    public async Task GetTicket_of_an_unknown_ticket_is_NOT_FOUND_and_a_malformed_or_missing_key_INVALID_ARGUMENT()
    {
        var unknown = await CallAsync(() => _grpc.GetTicketAsync(new GetTicketRequest { TicketId = Guid.NewGuid().ToString() }, _service));
        var unknownNumber = await CallAsync(() => _grpc.GetTicketAsync(new GetTicketRequest { Number = 999_999 }, _service));
        var malformed = await CallAsync(() => _grpc.GetTicketAsync(new GetTicketRequest { TicketId = "not-a-uuid" }, _service));
        var missing = await CallAsync(() => _grpc.GetTicketAsync(new GetTicketRequest(), _service));

        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (unknown.StatusCode, unknownNumber.StatusCode));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        Assert.Contains("ticket_id", malformed.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
    }

    [Fact]
    public async Task ListCustomerTickets_pages_newest_first_with_page_tokens_and_filters_by_status()
    {
        var customerId = Guid.NewGuid();
        var created = new List<Apis.TicketResponse>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId, $"ticket {i}"));
        }
        await CustomerTicketRequests.CreateForCustomerAsync(_agent, Guid.NewGuid(), "another customer's");
        await TicketRequests.ChangeStatusAsync(_agent, created[1].Id, TicketStatuses.Solved);

        var first = await ListAsync(customerId, 2, "");
        var second = await ListAsync(customerId, 2, first.NextPageToken);
        var last = await ListAsync(customerId, 2, second.NextPageToken);
        var solved = await _grpc.ListCustomerTicketsAsync(
            new ListCustomerTicketsRequest { CustomerId = customerId.ToString(), Statuses = { TicketStatuses.Solved } }, _service);
        var all = await ListAsync(customerId, 0, "");

        long[] numbers = [.. created.Select(t => t.Number).Reverse()];
        Assert.Equal(numbers[..2], first.Tickets.Select(t => t.Number));
        Assert.Equal(numbers[2..4], second.Tickets.Select(t => t.Number));
        Assert.Equal(numbers[4..], last.Tickets.Select(t => t.Number));
        Assert.NotEmpty(first.NextPageToken);
        Assert.Empty(last.NextPageToken);
        Assert.Equal([created[1].Id.ToString()], solved.Tickets.Select(t => t.TicketId));
        Assert.Equal(numbers, all.Tickets.Select(t => t.Number));
    }

    [Fact]
    public async Task ListCustomerTickets_refuses_a_bad_customer_id_page_size_page_token_or_status()
    {
        var customerId = Guid.NewGuid().ToString();
        var otherCustomersToken = (await ListAfterOneAsync(Guid.NewGuid())).NextPageToken;

        var refused = new[]
        {
            await ListRefusalAsync(new() { CustomerId = "42" }),
            await ListRefusalAsync(new() { CustomerId = customerId, PageSize = 101 }),
            await ListRefusalAsync(new() { CustomerId = customerId, PageSize = -1 }),
            await ListRefusalAsync(new() { CustomerId = customerId, PageToken = "not-ours" }),
            await ListRefusalAsync(new() { CustomerId = customerId, PageToken = otherCustomersToken }),
            await ListRefusalAsync(new() { CustomerId = customerId, Statuses = { "resolved" } }),
        };

        Assert.All(refused, status => Assert.Equal(StatusCode.InvalidArgument, status.StatusCode));
        Assert.Equal(["customer_id", "page_size", "page_size", "page_token", "page_token", "statuses"], refused.Select(s => s.Detail.Split(' ')[0]));
    }

    [Fact]
    public async Task CountOpenTickets_counts_only_unsolved_tickets_and_names_the_oldest()
    {
        var customerId = Guid.NewGuid();
        var oldest = await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        var pending = await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        var solved = await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        await TicketRequests.ChangeStatusAsync(_agent, oldest.Id, TicketStatuses.Solved);
        await TicketRequests.ChangeStatusAsync(_agent, solved.Id, TicketStatuses.Solved);
        await TicketRequests.ChangeStatusAsync(_agent, solved.Id, TicketStatuses.Closed);
        await TicketRequests.ChangeStatusAsync(_agent, pending.Id, TicketStatuses.Pending);
        await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);

        var count = await _grpc.CountOpenTicketsAsync(new CountOpenTicketsRequest { CustomerId = customerId.ToString() }, _service);
        var none = await _grpc.CountOpenTicketsAsync(new CountOpenTicketsRequest { CustomerId = Guid.NewGuid().ToString() }, _service);

        Assert.Equal(2, count.Count);
        var stored = await _agent.GetFromJsonAsync<Apis.TicketResponse>($"/api/v1/tickets/{pending.Id}");
        Assert.Equal(stored!.CreatedAt, count.OldestCreatedAt.ToDateTimeOffset());
        Assert.Equal(0, none.Count);
        Assert.Null(none.OldestCreatedAt);
    }

    [Fact]
    public async Task Another_tenants_token_sees_none_of_the_tickets()
    {
        var customerId = Guid.NewGuid();
        var ticket = await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        var otherTenant = TicketingGrpc.As("grpc-other", CxRoles.Service);

        var get = await CallAsync(() => _grpc.GetTicketAsync(new GetTicketRequest { TicketId = ticket.Id.ToString() }, otherTenant));
        var list = await _grpc.ListCustomerTicketsAsync(new ListCustomerTicketsRequest { CustomerId = customerId.ToString() }, otherTenant);
        var count = await _grpc.CountOpenTicketsAsync(new CountOpenTicketsRequest { CustomerId = customerId.ToString() }, otherTenant);

        Assert.Equal(StatusCode.NotFound, get.StatusCode);
        Assert.Empty(list.Tickets);
        Assert.Equal(0, count.Count);
    }

    [Fact]
    public async Task Services_and_admins_may_call_while_an_agent_is_PERMISSION_DENIED_and_no_token_UNAUTHENTICATED()
    {
        var ticket = await CustomerTicketRequests.CreateForCustomerAsync(_agent, Guid.NewGuid());
        var request = new GetTicketRequest { TicketId = ticket.Id.ToString() };

        var asAdmin = await _grpc.GetTicketAsync(request, TicketingGrpc.As(Tenant, CxRoles.Admin));
        var asAgent = await CallAsync(() => _grpc.GetTicketAsync(request, TicketingGrpc.As(Tenant, CxRoles.Agent)));
        var anonymous = await CallAsync(() => _grpc.GetTicketAsync(request));

        Assert.Equal(ticket.Id.ToString(), asAdmin.TicketId);
        Assert.Equal(StatusCode.PermissionDenied, asAgent.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    private Task<ListCustomerTicketsResponse> ListAsync(Guid customerId, int pageSize, string pageToken) =>
        _grpc.ListCustomerTicketsAsync(
            new ListCustomerTicketsRequest { CustomerId = customerId.ToString(), PageSize = pageSize, PageToken = pageToken }, _service).ResponseAsync;

    private async Task<ListCustomerTicketsResponse> ListAfterOneAsync(Guid customerId)
    {
        await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        await CustomerTicketRequests.CreateForCustomerAsync(_agent, customerId);
        return await ListAsync(customerId, 1, "");
    }

    private async Task<Status> ListRefusalAsync(ListCustomerTicketsRequest request) =>
        (await CallAsync(() => _grpc.ListCustomerTicketsAsync(request, _service))).Status;

    private static async Task<RpcException> CallAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        await Assert.ThrowsAsync<RpcException>(async () => await call());
}
