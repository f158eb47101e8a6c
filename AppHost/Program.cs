using CxPlatform.AppHost.Hosting;
using CxPlatform.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var ticketingDb = postgres.AddDatabase(ResourceNames.TicketingDb);
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);

builder.AddProject(ResourceNames.Ticketing, "../services/Ticketing/Ticketing.Api.csproj")
    .WithReference(ticketingDb)
    .WithReference(messaging)
    .WaitFor(ticketingDb)
    .WaitFor(messaging);

builder.Build().Run();
