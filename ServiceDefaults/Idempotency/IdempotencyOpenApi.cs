using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>Documents the <c>Idempotency-Key</c> header and the 422 of a reused key on every idempotent operation.</summary>
internal static class IdempotencyOpenApi
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyHeaders.Key,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A unique value per operation (e.g. a UUID). Retrying with the same key and the same request replays the "
                + $"first response, marked `{IdempotencyHeaders.Replayed}: true`, instead of creating again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength, Pattern = "^[\\x21-\\x7E]+$" },
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd(
            StatusCodes.Status422UnprocessableEntity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new OpenApiResponse { Description = "The Idempotency-Key was already used for a different request." });
        return Task.CompletedTask;
    }
}
