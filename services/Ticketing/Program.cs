using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Hosting;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Apis.Sla;
using CxPlatform.Ticketing.Extensions;
using CxPlatform.Ticketing.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTicketing();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapTicketsApi();
app.MapTicketChangesApi();
app.MapConversationApi();
app.MapGroupsApi();
app.MapMacrosApi();
app.MapCustomFieldsApi();
app.MapTicketSettingsApi();
app.MapViewsApi();
app.MapGrpcService<TicketingGrpcService>().RequireAuthorization(CxPolicies.ServiceOrAdmin);
app.MapSlaApi();

return await app.RunServiceAsync(args);
