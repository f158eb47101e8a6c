using CxPlatform.ServiceDefaults;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Apis.Sla;
using CxPlatform.Ticketing.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTicketing();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapTicketsApi();
app.MapSlaApi();

app.Run();
