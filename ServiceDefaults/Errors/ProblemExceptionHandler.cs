using System.Text.Json;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CxPlatform.ServiceDefaults.Errors;

/// <summary>Turns every exception into an RFC 9457 problem; only unexpected ones are 500s, and they never leak their message.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const string RetryAfterSeconds = "1";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "The database failed transiently on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            if (TransientFailures.IsBrokenConnection(exception))
            {
                // The server restarted or the network dropped: the idle connections beside this one would fail the next requests.
                NpgsqlConnection.ClearAllPools();
            }
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

#pragma warning disable CA1859 // one return type for every kind of problem reads better
    private static ProblemDetails ToProblem(Exception exception) => exception switch
#pragma warning restore CA1859
    {
        BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
            new() { Status = bad.StatusCode, Title = "The request body is too large.", Detail = bad.Message },
        BadHttpRequestException bad => new() { Status = bad.StatusCode, Title = "The request is invalid.", Detail = bad.Message },
        InvalidRequestException invalid => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The resource already exists.",
            Detail = "Another resource already uses this name or key.",
        },
        DomainRuleViolationException rule => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with a business rule.",
            Detail = rule.Message,
            Extensions = { ["rule"] = rule.Rule },
        },
        DbUpdateConcurrencyException => new()
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The resource was changed by someone else.",
            Detail = "Reload the resource and apply the change again.",
        },
        _ when TransientFailures.IsTransient(exception) => new()
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is briefly unavailable.",
            Detail = "Its database did not answer. Send the request again after Retry-After; with the same Idempotency-Key a create is never made twice.",
        },
        _ => new() { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
    };

    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [json.Path is null ? "The body is not well-formed JSON." : $"The value at '{json.Path}' is missing, malformed or of the wrong type."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid.",
        };
    }
}
