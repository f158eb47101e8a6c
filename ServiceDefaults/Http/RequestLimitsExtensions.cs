using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Http;

public static class RequestLimitsExtensions
{
    public const string MaxRequestBodyBytesKey = "Limits:MaxRequestBodyBytes";
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue(MaxRequestBodyBytesKey, DefaultMaxRequestBodyBytes);
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = limit);
        return builder;
    }

    /// <summary>Refuses a declared oversized body before anything reads it (Kestrel enforces the same limit on streamed bodies).</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IConfiguration>()
            .GetValue(MaxRequestBodyBytesKey, DefaultMaxRequestBodyBytes);
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException(
                    $"The request body is larger than the {limit} bytes this service accepts.", StatusCodes.Status413PayloadTooLarge);
            }
            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = limit;
            }
            await next(context);
        });
    }
}
