using CxPlatform.AppHost.Hosting;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var ticketingDb = postgres.AddDatabase(ResourceNames.TicketingDb);
var careOutreachDb = postgres.AddDatabase(ResourceNames.CareOutreachDb);
var surveysDb = postgres.AddDatabase(ResourceNames.SurveysDb);
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

// Invitation links are signed with a key generated per run, like the development JWT key: links die with the run.
builder.AddProject(ResourceNames.Surveys, "../services/Surveys/Surveys.Api.csproj")
    .WithReference(surveysDb)
    .WithReference(messaging)
    .WithEnvironment("Surveys__InvitationSigningKey", DevelopmentTokens.NewSigningKey())
    .WaitFor(surveysDb)
    .WaitFor(messaging);

builder.Build().Run();
