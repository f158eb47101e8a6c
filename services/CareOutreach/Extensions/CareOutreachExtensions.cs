using CxPlatform.Care.Customers;
using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;

namespace CxPlatform.Care.Extensions;

public static class CareOutreachExtensions
{
    public static IHostApplicationBuilder AddCareOutreach(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<CareDbContext>(ResourceNames.CareOutreachDb);
        builder.AddMessaging(ResourceNames.CareOutreach);
        builder.Services.AddScoped<CustomerDirectory>();
        builder.Services.AddScoped<CustomerMerger>();
        builder.Services.AddGrpc();
        return builder;
    }
}
