using System.Globalization;
using System.Threading.RateLimiting;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Http;

public static class RateLimitingExtensions
{
    public const string SectionName = "RateLimiting";

    /// <summary>A token bucket per tenant (per client address for anonymous callers): one noisy tenant cannot starve the others.</summary>
    public static IHostApplicationBuilder AddDefaultRateLimiting(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();

        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.BurstLimit,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.",
                    detail: $"This tenant's request rate is over its limit; retry after {seconds} s.").ExecuteAsync(rejected.HttpContext);
            };
        });
        return builder;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(CxClaimTypes.Tenant)?.Value is { } tenant
            ? $"tenant:{tenant}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
