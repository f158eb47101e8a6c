using CxPlatform.Insights.Apis;
using CxPlatform.Insights.Extensions;
using CxPlatform.Insights.Grpc;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInsights();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapTouchpointsApi();
app.MapCustomersApi();
app.MapMetricsApi();
app.MapGrpcService<InsightsGrpcService>().RequireAuthorization(CxPolicies.ServiceOrAdmin);

return await app.RunServiceAsync(args);
