using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Hosting;
using CxPlatform.Surveys.Apis;
using CxPlatform.Surveys.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSurveys();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSurveysApi();
app.MapInvitationsApi();
app.MapDistributionRulesApi();
app.MapSurveySettingsApi();
app.MapResultsApi();
app.MapPublicSurveyApi();

return await app.RunServiceAsync(args);
