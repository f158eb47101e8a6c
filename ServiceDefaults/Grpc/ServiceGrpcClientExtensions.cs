using CxPlatform.ServiceDefaults.Auth;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace CxPlatform.ServiceDefaults.Grpc;

public static class ServiceGrpcClientExtensions
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A gRPC client for another CxPlatform service, resolved in a scope (transient): addressed by name through service
    /// discovery at the service's gRPC endpoint (<c>http://_grpc.{resourceName}</c>, i.e. <c>services__{resource}__grpc__0</c>), each call carrying a service token for the scope's tenant and a deadline
    /// (<paramref name="deadline"/> unless the call sets one), behind the standard resilience handler with retries short
    /// enough to fit inside a deadline.
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string resourceName, TimeSpan? deadline = null)
        where TClient : class
    {
        builder.AddServiceTokens();
        var callDeadline = deadline ?? DefaultDeadline;

        var client = builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_{ServiceEndpointConfiguration.GrpcEndpointName}.{resourceName}"))
            // Service discovery hands out http:// addresses inside the platform's network; an https address works unchanged.
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true)
            .AddCallCredentials(ServiceCallCredentials.AddServiceTokenAsync);

        builder.Services.Configure<GrpcClientFactoryOptions>(client.Name, options => options.CallOptionsActions.Add(context =>
        {
            if (context.CallOptions.Deadline is null)
            {
                // A gRPC deadline is wall-clock time on the wire, so it comes from the real clock.
                context.CallOptions = context.CallOptions.WithDeadline(DateTime.UtcNow + callDeadline);
            }
        }));

        // AddServiceDefaults gives every HttpClient (gRPC ones too) the standard resilience handler, whose pipeline options
        // are named "{client}-standard"; its default retry waits 2 s, longer than most deadlines.
        builder.Services.Configure<HttpStandardResilienceOptions>($"{client.Name}-standard", options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(100);
            options.Retry.MaxRetryAttempts = 2;
        });
        return client;
    }
}
