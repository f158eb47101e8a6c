using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.Ticketing.Assignment;
using CxPlatform.Ticketing.AutoClose;
using CxPlatform.Ticketing.CustomFields;
using CxPlatform.Ticketing.Customers;
using CxPlatform.Ticketing.Infrastructure;
using CxPlatform.Ticketing.Queues;

namespace CxPlatform.Ticketing.Extensions;

public static class TicketingExtensions
{
    public static IHostApplicationBuilder AddTicketing(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<TicketingDbContext>(ResourceNames.TicketingDb);
        builder.AddMessaging(ResourceNames.Ticketing);
        builder.Services.AddScoped<TicketNumbers>();
        builder.Services.AddScoped<CustomFieldValues>();
        builder.Services.AddScoped<TicketRouter>();
        builder.Services.AddScoped<TicketQueue>();

        builder.Services.Configure<AutoCloseOptions>(builder.Configuration.GetSection(AutoCloseOptions.SectionName));
        builder.Services.AddSingleton<AutoCloser>();
        builder.Services.AddHostedService<AutoCloseService>();
        builder.Services.AddGrpc();
        builder.AddCustomerIdentity();
        return builder;
    }
}
