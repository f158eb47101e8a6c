using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.Surveys.Distribution;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Invitations;
using CxPlatform.Surveys.Messaging;
using CxPlatform.Surveys.Responding;
using CxPlatform.Surveys.Results;

using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;
using TicketingClient = CxPlatform.Contracts.Grpc.Ticketing.Ticketing.TicketingClient;

namespace CxPlatform.Surveys.Extensions;

public static class SurveysExtensions
{
    public static IHostApplicationBuilder AddSurveys(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<SurveysDbContext>(ResourceNames.SurveysDb);
        // Invitation e-mails and webhooks: section Delivery (Delivery__Smtp__Host, …), see docs/delivery.md.
        builder.AddDelivery<SurveysDbContext>();
        builder.AddMessaging(ResourceNames.Surveys, bus =>
        {
            bus.AddConsumer<TicketSolvedConsumer>();
            bus.AddConsumer<OutreachCompletedConsumer>();
        });

        builder.Services.AddOptions<SurveysOptions>()
            .Bind(builder.Configuration.GetSection(SurveysOptions.SectionName))
            .Validate(options => InvitationTokens.IsUsableKey(options.InvitationSigningKey),
                $"Configure '{SurveysOptions.SectionName}:InvitationSigningKey' (Surveys__InvitationSigningKey): base64 of at least 32 random bytes.")
            .Validate(options => options.DefaultInvitationLifetime > TimeSpan.Zero && options.DefaultInvitationLifetime <= options.MaxInvitationLifetime,
                "The default invitation lifetime must be positive and within the maximum.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InvitationTokens>();
        builder.Services.AddSingleton<InvitationLinks>();
        builder.Services.AddScoped<InvitationAccess>();
        builder.Services.AddScoped<SurveyResultsQuery>();
        builder.AddDistribution();
        return builder;
    }

    /// <summary>Distribution rules: the planner the consumers call, the contact checks and the scheduler that issues, reminds and expires.</summary>
    private static void AddDistribution(this IHostApplicationBuilder builder)
    {
        var deadline = builder.Configuration.GetValue<TimeSpan?>($"{DistributionOptions.SectionName}:CallDeadline") ?? TimeSpan.FromSeconds(3);
        builder.AddServiceGrpcClient<TicketingClient>(ResourceNames.Ticketing, deadline);
        builder.AddServiceGrpcClient<CareOutreachClient>(ResourceNames.CareOutreach, deadline);
        builder.Services.Configure<DistributionOptions>(builder.Configuration.GetSection(DistributionOptions.SectionName));
        builder.Services.AddScoped<InvitationPlanner>();
        builder.Services.AddScoped<ContactChecks>();
        builder.Services.AddScoped<InvitationIssuer>();
        builder.Services.AddScoped<InvitationSender>();
        builder.Services.AddScoped<InvitationSweeper>();
        builder.Services.AddScoped<ScheduledRuns>();
        builder.Services.AddSingleton<DistributionStore>();
        builder.Services.AddHostedService<DistributionScheduler>();
    }
}
