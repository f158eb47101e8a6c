using CxPlatform.AppHost.Hosting;
using CxPlatform.AppHost.Seeding;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;

const string SeedSwitch = "--seed";
var builder = DistributedApplication.CreateBuilder([.. args.Where(argument => argument != SeedSwitch)]);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var ticketingDb = postgres.AddDatabase(ResourceNames.TicketingDb);
var careOutreachDb = postgres.AddDatabase(ResourceNames.CareOutreachDb);
var surveysDb = postgres.AddDatabase(ResourceNames.SurveysDb);
var insightsDb = postgres.AddDatabase(ResourceNames.InsightsDb);
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);
var mail = builder.AddDevelopmentMailServer("mail");

builder.AddProject(ResourceNames.Ticketing, "../services/Ticketing/Ticketing.Api.csproj")
    .WithReference(ticketingDb)
    .WithReference(messaging)
    .WaitFor(ticketingDb)
    .WaitFor(messaging);

// Ticketing does not wait for CareOutreach, nor CareOutreach for Insights: each has a degraded path (tickets stay pending
// until the reconciler links them; the customer view answers without Insights' context).
builder.AddProject(ResourceNames.CareOutreach, "../services/CareOutreach/CareOutreach.Api.csproj")
    .WithReference(careOutreachDb)
    .WithReference(messaging)
    .WithMailServer(mail, "care@cxplatform.localhost")
    .WaitFor(careOutreachDb)
    .WaitFor(messaging);

// Invitation links are signed with a key generated per run, like the development JWT key: links die with the run.
var surveys = builder.AddProject(ResourceNames.Surveys, "../services/Surveys/Surveys.Api.csproj")
    .WithReference(surveysDb)
    .WithReference(messaging)
    .WithMailServer(mail, "surveys@cxplatform.localhost")
    .WithEnvironment("Surveys__InvitationSigningKey", DevelopmentTokens.NewSigningKey())
    .WaitFor(surveysDb)
    .WaitFor(messaging);
// Respondents open invitation links on Surveys' own public endpoint.
surveys.WithEnvironment("Surveys__PublicBaseUrl", surveys.Resource.HttpUrl);

builder.AddProject(ResourceNames.Insights, "../services/Insights/Insights.Api.csproj")
    .WithReference(insightsDb)
    .WithReference(messaging)
    .WaitFor(insightsDb)
    .WaitFor(messaging);

// --seed: once everything is healthy, the demo tenant is loaded through the services' APIs.
if (args.Contains(SeedSwitch))
{
    builder.WhenAllResourcesHealthy(DemoTenantSeeder.SeedAsync);
}

builder.Build().Run();
