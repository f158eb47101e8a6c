using Microsoft.AspNetCore.Http;

namespace CxPlatform.ServiceDefaults.Idempotency;

internal static class IdempotencyProblems
{
    public static IResult MalformedKey() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [IdempotencyHeaders.Key] = [$"Send one {IdempotencyHeaders.Key} of 1 to {IdempotencyKey.MaxLength} visible ASCII characters, e.g. a UUID."],
        },
        title: "The Idempotency-Key header is malformed.");

    public static IResult KeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The Idempotency-Key was already used for a different request.",
        detail: "A retry must repeat the original request exactly (same path and body); use a new key for a new request.");
}
