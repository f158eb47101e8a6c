using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;

namespace CxPlatform.Ticketing.Customers;

public static class CustomerIdentityExtensions
{
    /// <summary>Resolving requesters to CareOutreach customers: on ticket creation, and later by the reconciler.</summary>
    public static IHostApplicationBuilder AddCustomerIdentity(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CustomerResolutionOptions.SectionName);
        builder.Services.Configure<CustomerResolutionOptions>(section);
        var deadline = section.Get<CustomerResolutionOptions>()?.Deadline ?? new CustomerResolutionOptions().Deadline;

        builder.AddServiceGrpcClient<CareOutreachClient>(ResourceNames.CareOutreach, deadline);
        builder.Services.AddSingleton<CareOutreachAvailability>();
        builder.Services.AddScoped<CustomerResolver>();
        builder.Services.AddScoped<CustomerIdentification>();
        builder.Services.AddHostedService<CustomerReconciler>();
        return builder;
    }
}
