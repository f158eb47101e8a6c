using CxPlatform.Care.Apis;
using CxPlatform.Care.Extensions;
using CxPlatform.Care.Grpc;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCareOutreach();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCustomersApi();
app.MapCareSettingsApi();
app.MapPlaybooksApi();
app.MapOutreachTasksApi();
app.MapCareGoalsApi();
app.MapGrpcService<CareOutreachGrpcService>().RequireAuthorization(CxPolicies.ServiceOrAdmin);

return await app.RunServiceAsync(args);
