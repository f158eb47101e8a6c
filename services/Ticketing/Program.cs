using CxPlatform.ServiceDefaults;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Extensions;

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

app.Run();
