using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Auth;

public static class ServiceTokenExtensions
{
    /// <summary>Registers <see cref="IServiceTokenSource"/>: development tokens when a signing key (and no authority) is configured.</summary>
    public static IHostApplicationBuilder AddServiceTokens(this IHostApplicationBuilder builder)
    {
        var applicationName = builder.Environment.ApplicationName;
        builder.Services.TryAddSingleton<IServiceTokenSource>(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(CxAuthOptions.SectionName).Get<CxAuthOptions>() ?? new CxAuthOptions();
            if (!string.IsNullOrWhiteSpace(options.Authority) || string.IsNullOrWhiteSpace(options.SigningKey))
            {
                return new UnsupportedServiceTokenSource();
            }
            return new DevelopmentServiceTokenSource(options.SigningKey, configuration["OTEL_SERVICE_NAME"] ?? applicationName);
        });
        return builder;
    }
}
