using CxPlatform.Care.Customers;
using CxPlatform.Care.Goals;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Messaging;
using CxPlatform.Care.Outreach;
using CxPlatform.Care.Playbooks;
using CxPlatform.Care.TimeTriggers;
using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Messaging;
using InsightsClient = CxPlatform.Contracts.Grpc.Insights.Insights.InsightsClient;

namespace CxPlatform.Care.Extensions;

public static class CareOutreachExtensions
{
    /// <summary>How long the customer view waits for Insights before answering without it.</summary>
    public const string InsightsDeadlineKey = "Insights:Deadline";

    public static IHostApplicationBuilder AddCareOutreach(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<CareDbContext>(ResourceNames.CareOutreachDb);
        builder.AddDelivery<CareDbContext>();
        builder.AddMessaging(ResourceNames.CareOutreach, bus =>
        {
            bus.AddConsumer<SlaBreachedConsumer>();
            bus.AddConsumer<TicketSolvedConsumer>();
            bus.AddConsumer<SurveyRespondedConsumer>();
            bus.AddConsumer<CustomerAtRiskConsumer>();
            bus.AddConsumer<TouchpointRecordedConsumer>();
        });
        builder.Services.AddScoped<CustomerDirectory>();
        builder.Services.AddScoped<CustomerMerger>();
        builder.AddServiceGrpcClient<InsightsClient>(ResourceNames.Insights, builder.Configuration.GetValue(InsightsDeadlineKey, TimeSpan.FromSeconds(1)));
        builder.Services.AddScoped<CustomerInsights>();
        builder.Services.AddGrpc();
        builder.AddPlaybooks();
        builder.AddCareGoals();
        return builder;
    }

    /// <summary>
    /// Playbooks that turn events into outreach tasks, the scheduler that makes scheduled tasks due, and the sweep that plans
    /// the inactivity and date playbooks.
    /// </summary>
    private static void AddPlaybooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlaybookInstaller>();
        builder.Services.AddScoped<FirstPurchases>();
        builder.Services.AddScoped<OutreachPlanner>();
        builder.Services.Configure<OutreachOptions>(builder.Configuration.GetSection(OutreachOptions.SectionName));
        builder.Services.AddSingleton<OutreachScheduleSignal>();
        builder.Services.AddSingleton<OutreachDueStore>();
        builder.Services.AddScoped<OutreachDuePromoter>();
        builder.Services.AddScoped<ContactPolicyService>();
        builder.Services.AddScoped<AutomatedMessageSender>();
        builder.Services.AddHostedService<OutreachDueScheduler>();
        builder.Services.AddScoped<CustomerActivityRecorder>();
        builder.Services.Configure<TimeTriggerOptions>(builder.Configuration.GetSection(TimeTriggerOptions.SectionName));
        builder.Services.AddSingleton<TimeTriggerStore>();
        builder.Services.AddSingleton<TimeTriggerSweep>();
        builder.Services.AddScoped<TimeTriggerPlanner>();
        builder.Services.AddHostedService<TimeTriggerScheduler>();
    }

    /// <summary>Care goals: default goals, the links from playbooks, attainment and the scheduler that records misses.</summary>
    private static void AddCareGoals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CareGoalInstaller>();
        builder.Services.AddScoped<CareGoalLinks>();
        builder.Services.AddScoped<CareGoalAttainments>();
        builder.Services.AddSingleton<CareGoalDeadlineSignal>();
        builder.Services.AddSingleton<CareGoalMissStore>();
        builder.Services.AddScoped<CareGoalMissRecorder>();
        builder.Services.AddHostedService<CareGoalMissScheduler>();
    }
}
