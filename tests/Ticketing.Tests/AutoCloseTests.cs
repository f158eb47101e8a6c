using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.AutoClose;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CxPlatform.Ticketing.Tests;

public sealed class AutoCloseTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    [Fact]
    public async Task A_solved_ticket_closes_once_its_tenants_delay_has_passed_and_not_before()
    {
        await using var probe = await BrokerProbe<TicketStatusChanged>.StartAsync(factory.MessagingConnectionString);
        var tenant = TenantClients.NewTenant("autoclose");
        var admin = factory.CreateClient(tenant, CxRoles.Admin);
        (await admin.PutAsJsonAsync("/api/v1/settings", new { autoCloseAfterDays = 2 })).EnsureSuccessStatusCode();
        var old = await SolvedTicketAsync(admin, solvedDaysAgo: 3);
        var recent = await SolvedTicketAsync(admin, solvedDaysAgo: 1);

        await factory.Services.GetRequiredService<AutoCloser>().CloseDueAsync(100, TestContext.Current.CancellationToken);

        Assert.Equal(TicketStatuses.Closed, (await TicketRequests.GetAsync(admin, old))!.Status);
        Assert.Equal(TicketStatuses.Solved, (await TicketRequests.GetAsync(admin, recent))!.Status);
        await probe.WaitForAsync(m => m.TicketId == old && m.To == TicketStatuses.Closed, 1);
    }

    [Fact]
    public async Task A_tenant_that_turned_auto_close_off_keeps_solved_tickets_open_to_replies()
    {
        var tenant = TenantClients.NewTenant("noclose");
        var admin = factory.CreateClient(tenant, CxRoles.Admin);
        (await admin.PutAsJsonAsync("/api/v1/settings", new { autoCloseAfterDays = (int?)null })).EnsureSuccessStatusCode();
        var ticket = await SolvedTicketAsync(admin, solvedDaysAgo: 400);

        await factory.Services.GetRequiredService<AutoCloser>().CloseDueAsync(100, TestContext.Current.CancellationToken);

        Assert.Equal(TicketStatuses.Solved, (await TicketRequests.GetAsync(admin, ticket))!.Status);
    }

    private async Task<Guid> SolvedTicketAsync(HttpClient client, int solvedDaysAgo)
    {
        var ticket = await TicketRequests.CreateAsync(client);
        (await TicketRequests.ChangeStatusAsync(client, ticket.Id, TicketStatuses.Solved)).EnsureSuccessStatusCode();
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var backdate = new NpgsqlCommand($"UPDATE tickets SET \"SolvedAt\" = now() - interval '{solvedDaysAgo} days' WHERE \"Id\" = @id", connection);
        backdate.Parameters.AddWithValue("id", ticket.Id);
        await backdate.ExecuteNonQueryAsync();
        return ticket.Id;
    }
}
