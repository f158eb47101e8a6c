using CxPlatform.AppHost.Hosting;
using CxPlatform.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var ticketingDb = postgres.AddDatabase(ResourceNames.TicketingDb);
var careOutreachDb = postgres.AddDatabase(ResourceNames.CareOutreachDb);
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);

builder.AddProject(ResourceNames.Ticketing, "../services/Ticketing/Ticketing.Api.csproj")
    .WithReference(ticketingDb)
    .WithReference(messaging)
    .WaitFor(ticketingDb)
    .WaitFor(messaging);

// Ticketing does not wait for CareOutreach: it has a degraded path (tickets stay pending until the reconciler links them).
builder.AddProject(ResourceNames.CareOutreach, "../services/CareOutreach/CareOutreach.Api.csproj")
    .WithReference(careOutreachDb)
    .WithReference(messaging)
    .WaitFor(careOutreachDb)
    .WaitFor(messaging);

builder.Build().Run();
