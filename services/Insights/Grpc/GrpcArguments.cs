using Grpc.Core;

namespace CxPlatform.Insights.Grpc;

/// <summary>INVALID_ARGUMENT statuses that name the offending field, as the contract asks.</summary>
internal static class GrpcArguments
{
    public static Guid Uuid(string value, string field) =>
        Guid.TryParseExact(value, "d", out var id) ? id : throw Invalid(field, "must be a UUID (\"d\" format).");

    /// <summary>0 means the default; otherwise 1..<paramref name="max"/>.</summary>
    public static int Count(int value, int defaultValue, int max, string field) => value switch
    {
        0 => defaultValue,
        < 0 => throw Invalid(field, "must not be negative."),
        _ when value > max => throw Invalid(field, $"must be at most {max}."),
        _ => value,
    };

    public static RpcException Invalid(string field, string problem) =>
        new(new Status(StatusCode.InvalidArgument, $"{field} {problem}"));
}
