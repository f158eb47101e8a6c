using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.Ticketing.Assignment;
using CxPlatform.Ticketing.AutoClose;
using CxPlatform.Ticketing.CustomFields;
using CxPlatform.Ticketing.Customers;
using CxPlatform.Ticketing.Infrastructure;
using CxPlatform.Ticketing.Queues;
using CxPlatform.Ticketing.Sla;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Extensions;

public static class TicketingExtensions
{
    public static IHostApplicationBuilder AddTicketing(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<TicketingDbContext>(ResourceNames.TicketingDb);
        builder.AddMessaging(ResourceNames.Ticketing);
        builder.Services.AddSingleton(services => TicketNumbers.For(services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.TicketingDb)!));
        builder.Services.AddScoped<CustomFieldValues>();
        builder.Services.AddScoped<TicketRouter>();
        builder.Services.AddScoped<TicketQueue>();

        builder.Services.Configure<AutoCloseOptions>(builder.Configuration.GetSection(AutoCloseOptions.SectionName));
        builder.Services.AddSingleton<AutoCloser>();
        builder.Services.AddHostedService<AutoCloseService>();
        builder.Services.AddGrpc();
        builder.AddCustomerIdentity();
        builder.AddSlaEngine();
        return builder;
    }

    /// <summary>SLA policies for ticket changes, and the scheduler that detects breaches at their due instant.</summary>
    private static void AddSlaEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SlaOptions>(builder.Configuration.GetSection(SlaOptions.SectionName));
        builder.Services.AddScoped<SlaPolicyStore>();
        builder.Services.AddSingleton<SlaDeadlineSignal>();
        builder.Services.AddSingleton<SlaDeadlineInterceptor>();
        builder.Services.ConfigureDbContext<TicketingDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<SlaDeadlineInterceptor>()));
        builder.Services.AddSingleton<SlaDeadlineStore>();
        builder.Services.AddScoped<SlaBreachRecorder>();
        builder.Services.AddHostedService<SlaBreachScheduler>();
    }
}
