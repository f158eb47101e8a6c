using Grpc.Core;

namespace CxPlatform.Care.Grpc;

/// <summary>INVALID_ARGUMENT statuses that name the offending field, as the contract asks.</summary>
internal static class GrpcArguments
{
    public static Guid Uuid(string value, string field) =>
        Guid.TryParseExact(value, "d", out var id) ? id : throw Invalid(field, "must be a UUID (\"d\" format).");

    public static string OneOf(string value, IReadOnlyList<string> allowed, string field) =>
        allowed.Contains(value) ? value : throw Invalid(field, $"must be one of: {string.Join(", ", allowed)}.");

    public static RpcException Invalid(string field, string problem) =>
        new(new Status(StatusCode.InvalidArgument, $"{field} {problem}"));

    public static RpcException CustomerNotFound() => new(new Status(StatusCode.NotFound, "No such customer."));
}
