using CxPlatform.Insights.Apis;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Domain.Health;
using CxPlatform.Insights.Infrastructure;
using CxPlatform.Insights.Messaging;
using CxPlatform.Insights.Metrics;
using CxPlatform.Insights.Recording;
using CxPlatform.Insights.Timeline;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CxPlatform.Insights.Extensions;

public static class InsightsExtensions
{
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<InsightsDbContext>(ResourceNames.InsightsDb);
        // Every integration event but Insights' own (TouchpointRecorded, CustomerAtRisk): Insights writes those rows itself,
        // and consuming them would only loop them back.
        builder.AddMessaging(ResourceNames.Insights, bus =>
        {
            bus.AddConsumer<TicketCreatedConsumer>();
            bus.AddConsumer<TicketAssignedConsumer>();
            bus.AddConsumer<TicketRepliedConsumer>();
            bus.AddConsumer<TicketStatusChangedConsumer>();
            bus.AddConsumer<TicketSolvedConsumer>();
            bus.AddConsumer<TicketReopenedConsumer>();
            bus.AddConsumer<SlaBreachedConsumer>();
            bus.AddConsumer<CustomerProfileChangedConsumer>();
            bus.AddConsumer<OutreachScheduledConsumer>();
            bus.AddConsumer<OutreachCompletedConsumer>();
            bus.AddConsumer<CareGoalMissedConsumer>();
            bus.AddConsumer<SurveyInvitationSentConsumer>();
            bus.AddConsumer<SurveyRespondedConsumer>();
        });
        builder.Services.AddGrpc();
        builder.Services.AddAuthorizationBuilder().AddPolicy(InsightsPolicies.Reader, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CxClaimTypes.Tenant)
            .RequireRole(CxRoles.Agent, CxRoles.Care, CxRoles.Analyst, CxRoles.Admin, CxRoles.Service));

        builder.Services.Configure<JourneyOptions>(builder.Configuration.GetSection(JourneyOptions.SectionName));
        builder.Services.Configure<PartitionOptions>(builder.Configuration.GetSection(PartitionOptions.SectionName));
        builder.Services.Configure<HealthOptions>(builder.Configuration.GetSection(HealthOptions.SectionName));
        builder.Services.AddScoped<CustomerHealth>();
        builder.Services.AddScoped<TouchpointRecorder>();
        builder.Services.AddScoped<CustomerTimeline>();
        builder.Services.AddScoped<MetricsReader>();
        builder.Services.AddScoped<MetricRebuilder>();
        builder.Services.AddHostedService<TouchpointPartitionMaintainer>();
        return builder;
    }
}
