using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyExtensions
{
    public static IHostApplicationBuilder AddIdempotency(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IdempotencyOptions>(builder.Configuration.GetSection(IdempotencyOptions.SectionName));
        return builder;
    }

    /// <summary>After authentication, tenancy and authorization: only an authorized request of a known tenant claims a key.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    /// <summary>
    /// Honours <c>Idempotency-Key</c> on this (creating) endpoint: a retry with the same key and request replays the first
    /// response instead of running again. The endpoint must write through the service's <c>CxDbContext</c> and begin any
    /// transaction of its own with <c>BeginOrJoinTransactionAsync</c>, so that its effect commits together with the key.
    /// </summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentEndpoint.Instance).AddOpenApiOperationTransformer(IdempotencyOpenApi.DescribeAsync);
}
